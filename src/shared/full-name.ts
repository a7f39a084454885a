/**
 * Splitting a full name into the given and family names the roll stores. Pure, so the import's
 * preview (renderer) and the import itself (main) split every name the same way.
 *
 * Compound given names stay together ("Ana María Reyes" → "Ana María" + "Reyes"), and so do
 * family names that begin with a particle ("María José de la Cruz" → "María José" + "de la
 * Cruz", "Ahmed bin Rashid" → "Ahmed" + "bin Rashid"). "Reyes, Ana" is family name, given name.
 * A column written family name first ("Nguyen Thi Lan") is split with `familyFirst`.
 */

/** Mapping targets (not member fields): a column of whole names, given name first or family name first. */
export const FULL_NAME_KEY = 'full_name';
export const FULL_NAME_FAMILY_FIRST_KEY = 'full_name_family_first';
export const FULL_NAME_KEYS: readonly string[] = [FULL_NAME_KEY, FULL_NAME_FAMILY_FIRST_KEY];

/** Words that begin a family name ("de la Cruz", "van der Berg", "dos Santos", "bin Rashid"). */
const PARTICLES = new Set([
  'de', 'del', 'della', 'der', 'den', 'di', 'da', 'das', 'do', 'dos', 'du', 'la', 'le', 'lo', 'van', 'von', 'ter', 'ten',
  'bin', 'binti', 'ibn', 'bint', 'ben', 'al', 'el', 'abu', 'ap', 'zu', 'af', 'av', 'st.', 'saint',
]);

/** "al-Amin", "el-Sayed", "d'Angelo": a prefix joined to the name begins the family name too. */
const JOINED_PARTICLE = /^(al|el|ad|as|ash|at|az|ar|an|ud|ul)-\p{L}|^d['’]\p{L}/iu;

const isParticle = (word: string): boolean => PARTICLES.has(word.toLowerCase()) || JOINED_PARTICLE.test(word);

export interface SplitName {
  first_name: string;
  last_name: string;
}

export function splitFullName(full: string, options: { familyFirst?: boolean } = {}): SplitName {
  const trimmed = full.trim().replace(/\s+/g, ' ');
  const comma = trimmed.indexOf(',');
  if (comma > 0) return { first_name: trimmed.slice(comma + 1).trim(), last_name: trimmed.slice(0, comma).trim() };
  const words = trimmed.split(' ').filter(Boolean);
  if (words.length <= 1) return options.familyFirst ? { first_name: '', last_name: trimmed } : { first_name: trimmed, last_name: '' };
  if (options.familyFirst) return { first_name: words.slice(1).join(' '), last_name: words[0]! };
  // The family name starts at the first particle after the first word, else it is the last word.
  const particle = words.findIndex((word, index) => index > 0 && index < words.length - 1 && isParticle(word));
  const lastJoined = JOINED_PARTICLE.test(words.at(-1)!) ? words.length - 1 : -1;
  const start = particle > 0 ? particle : lastJoined > 0 ? lastJoined : words.length - 1;
  return { first_name: words.slice(0, start).join(' '), last_name: words.slice(start).join(' ') };
}
