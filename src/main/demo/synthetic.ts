/**
 * Seeded synthetic people for the demo vault, screenshots and benchmarks: the same seed gives
 * the same chapter every time, and no record is a real person.
 */
const FIRST_NAMES = [
  'Ana', 'José', 'María', 'Luis', 'Fatima', 'Wei', 'Nguyen', 'Olga', 'Kwame', 'Aisha', 'Dmitri', 'Priya',
  'Sam', 'Jordan', 'Rosa', 'Tomás', 'Mei', 'Hassan', 'Grace', 'Chinedu', 'Lucía', 'Yusuf', 'Hana', 'Marcus',
  'Beatriz', 'Andre', 'Sofía', 'Kenji', 'Amara', 'Elena', 'Omar', 'Zoe', 'Ravi', 'Ines', 'Tariq', 'Lena',
];
const LAST_NAMES = [
  'Reyes', 'García', 'Nguyen', 'Okafor', 'Kowalski', 'Chen', 'Haddad', 'Smith', 'Johnson', 'Müller', 'Rossi',
  'Mensah', 'Patel', 'Kim', 'Silva', 'Hernández', 'Ivanova', 'Tanaka', 'Osei', 'Novak', 'Brown', 'Díaz',
  'Fernández', 'Jones', 'Ali', 'Khan', 'López', 'Martin', 'Owusu', 'Park', 'Santos', 'Walker', 'Yilmaz',
];
const STREETS = ['Maple Ave', 'River St', 'Union Blvd', 'Harbor Rd', 'Elm St', 'Cedar Ln', 'Mill St', 'Grand Ave'];
const BUILDINGS = ['Riverside Towers', 'Maple Court', 'The Harbor', 'Cedar Gardens', 'Union Flats', 'Mill Lofts'];
const LANGUAGES = ['English', 'Spanish', 'Vietnamese', 'Mandarin', 'Arabic', 'Polish', 'Twi', 'Hindi'];

/** mulberry32: tiny, fast, and good enough for fake data (never for keys). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticPerson {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  street: string;
  unit: string;
  building: string;
  language: string;
  assessment: number;
  joinDate: string;
}

export function* syntheticPeople(count: number, seed = 1): Generator<SyntheticPerson> {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const start = Date.UTC(2015, 0, 1);
  const span = Date.UTC(2026, 0, 1) - start;
  for (let index = 0; index < count; index++) {
    const firstName = pick(FIRST_NAMES);
    const lastName = pick(LAST_NAMES);
    const local = `${firstName}.${lastName}${index}`.normalize('NFD').replace(/[^A-Za-z0-9.]/g, '').toLowerCase();
    yield {
      firstName,
      lastName,
      email: `${local}@example.org`,
      // 555-0100 to 555-0199 are reserved for fiction in the North American numbering plan.
      phone: `(${201 + (Math.floor(index / 100) % 700)}) 555-01${String(index % 100).padStart(2, '0')}`,
      street: `${1 + Math.floor(random() * 2000)} ${pick(STREETS)}`,
      unit: `${1 + Math.floor(random() * 20)}${pick(['A', 'B', 'C', 'D'])}`,
      building: pick(BUILDINGS),
      language: pick(LANGUAGES),
      assessment: 1 + Math.floor(random() * 5),
      joinDate: new Date(start + Math.floor(random() * span)).toISOString().slice(0, 10),
    };
  }
}
