import { describe, expect, it } from 'vitest';
import { CANONICAL_MEMBER_FIELDS } from '../../src/main/roll/fields';
import { comparableHeader, FULL_NAME_KEY, suggestMapping } from '../../src/main/roll/csv/mapping';

/** The field suggested for one header on its own. */
const fieldFor = (header: string): string | null => suggestMapping([header])[0] ?? null;

function expectFields(cases: Record<string, string | null>): void {
  const actual = Object.fromEntries(Object.keys(cases).map((header) => [header, fieldFor(header)]));
  expect(actual).toEqual(cases);
}

describe('suggestMapping', () => {
  it('maps every canonical key to itself', () => {
    expect(suggestMapping([...CANONICAL_MEMBER_FIELDS])).toEqual([...CANONICAL_MEMBER_FIELDS]);
  });

  it('recognizes English headers', () => {
    expectFields({
      'First Name': 'first_name',
      first: 'first_name',
      'Given name': 'first_name',
      'Last Name': 'last_name',
      Surname: 'last_name',
      'Full name': FULL_NAME_KEY,
      Name: FULL_NAME_KEY,
      'Preferred name': 'preferred_name',
      Nickname: 'preferred_name',
      'Goes by': 'preferred_name',
      Pronouns: 'pronouns',
      'E-mail': 'email',
      'Email Address': 'email',
      Phone: 'phone',
      Mobile: 'phone',
      Cell: 'phone',
      'Phone number': 'phone',
      Address: 'street',
      Street: 'street',
      'Address 1': 'street',
      Apt: 'unit',
      Unit: 'unit',
      Apartment: 'unit',
      'Address 2': 'unit',
      City: 'city',
      Town: 'city',
      State: 'region',
      Province: 'region',
      Region: 'region',
      Zip: 'postal_code',
      'Zip code': 'postal_code',
      'Postal code': 'postal_code',
      Employer: 'workplace',
      Workplace: 'workplace',
      Shop: 'workplace',
      Company: 'workplace',
      Department: 'department',
      Dept: 'department',
      Shift: 'shift',
      Building: 'building',
      Property: 'building',
      Status: 'status',
      'Membership status': 'status',
      'Join date': 'join_date',
      'Date joined': 'join_date',
      'Member since': 'join_date',
      'Dues paid through': 'dues_paid_through',
      'Paid thru': 'dues_paid_through',
      Assessment: 'assessment',
      Rating: 'assessment',
      '1-5': 'assessment',
      Tags: 'tags',
      Groups: 'tags',
      Languages: 'languages',
      Language: 'languages',
      Notes: 'notes',
      Comments: 'notes',
    });
  });

  it('recognizes Spanish headers', () => {
    expectFields({
      Nombre: 'first_name',
      'Nombre(s)': 'first_name',
      Apellido: 'last_name',
      Apellidos: 'last_name',
      'Nombre completo': FULL_NAME_KEY,
      Apodo: 'preferred_name',
      Pronombres: 'pronouns',
      Correo: 'email',
      'Correo electrónico': 'email',
      Teléfono: 'phone',
      Celular: 'phone',
      Móvil: 'phone',
      Dirección: 'street',
      Calle: 'street',
      Apto: 'unit',
      Depto: 'unit',
      Unidad: 'unit',
      Ciudad: 'city',
      Estado: 'region',
      Provincia: 'region',
      'Código postal': 'postal_code',
      CP: 'postal_code',
      Empresa: 'workplace',
      'Lugar de trabajo': 'workplace',
      Departamento: 'department',
      Turno: 'shift',
      Edificio: 'building',
      'Estado de membresía': 'status',
      Estatus: 'status',
      'Fecha de ingreso': 'join_date',
      'Cuotas pagadas hasta': 'dues_paid_through',
      Evaluación: 'assessment',
      Etiquetas: 'tags',
      Idioma: 'languages',
      'Idioma(s)': 'languages',
      Notas: 'notes',
      Comentarios: 'notes',
    });
  });

  it('ignores case, accents, spacing and punctuation', () => {
    expectFields({
      'FIRST NAME': 'first_name',
      first_name: 'first_name',
      FirstName: 'first_name',
      '  e-mail  ': 'email',
      'EMAIL_ADDRESS': 'email',
      'CORREO ELECTRONICO': 'email',
      'correo-electrónico': 'email',
      telefono: 'phone',
      'Zip-Code:': 'postal_code',
      'C.P.': 'postal_code',
      'Estado de Membresia': 'status',
      'EVALUACION': 'assessment',
    });
  });

  it("recognizes organizing tools' and address books' exports", () => {
    expectFields({
      can2_phone: 'phone', // Action Network
      can2_user_address: 'street',
      can2_state_abbreviated: 'region',
      zip_code: 'postal_code',
      primary_address2: 'unit', // NationBuilder
      tag_list: 'tags',
      HomePhone: 'phone', // VAN / EveryAction
      Zip5: 'postal_code',
      'E-mail 1 - Value': 'email', // Google Contacts
      'Organization 1 - Name': 'workplace',
      'Mobile Phone': 'phone', // Outlook
      'Home Street': 'street',
      Categories: 'tags',
      'Assessment (1-5)': 'assessment',
    });
  });

  it('leaves unknown headers unmapped', () => {
    expect(suggestMapping(['VANID', 'Member ID', 'Favorite color', '', 'Segundo nombre'])).toEqual([null, null, null, null, null]);
  });

  it('maps a field once: the leftmost column wins', () => {
    expect(suggestMapping(['Email', 'E-mail', 'Phone', 'Mobile', 'Correo', 'Cell'])).toEqual(['email', null, 'phone', null, null, null]);
  });

  it('leaves a full-name column out when first or last names have their own', () => {
    expect(suggestMapping(['Name', 'Email'])).toEqual([FULL_NAME_KEY, 'email']);
    expect(suggestMapping(['Name', 'First name', 'Last name'])).toEqual([null, 'first_name', 'last_name']);
    expect(suggestMapping(['Nombre completo', 'Apellido'])).toEqual([null, 'last_name']);
  });

  it("maps a chapter's custom fields by key or label, before the built-in wordings", () => {
    const extra = [
      { key: 'steward', label: 'Shop steward' },
      { key: 'shop_floor', label: 'Shop' },
      { key: 'tshirt', label: 'T-shirt size' },
    ];
    expect(suggestMapping(['Shop Steward', 'shop', 'T-Shirt Size', 'tshirt', 'Employer'], extra)).toEqual([
      'steward',
      'shop_floor',
      'tshirt',
      null,
      'workplace',
    ]);
  });

  it('compares headers in a form where only letters and digits count', () => {
    expect(comparableHeader('Correo Electrónico (personal)')).toBe('correoelectronicopersonal');
    expect(comparableHeader('ZipCode')).toBe('zipcode');
  });
});
