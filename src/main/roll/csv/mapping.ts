/**
 * Guessing which member field each CSV column holds, from its header, so that an officer importing
 * a spreadsheet mostly just confirms. Headers are compared ignoring case, accents, spacing and
 * punctuation ("E-mail", "email", "EMAIL ADDRESS", "Correo electrónico"), in English and Spanish,
 * including what common tools export (Excel/Google contacts, Mailchimp, Action Network,
 * NationBuilder, VAN/EveryAction). A wrong guess costs a click; a missed one costs a click too,
 * so the lists lean towards headers people really write.
 */
import { CANONICAL_MEMBER_FIELDS, type CanonicalMemberField } from '../fields';

import { FULL_NAME_KEY } from '../../../shared/full-name';

export { FULL_NAME_KEY };

type SuggestedField = CanonicalMemberField | typeof FULL_NAME_KEY;

/** Header wordings per field, written as people write them; compared through {@link comparableHeader}. */
const HEADER_WORDINGS: Record<SuggestedField, readonly string[]> = {
  first_name: ['First name', 'First', 'Given name', 'Forename', 'First names', 'Nombre', 'Nombre(s)', 'Primer nombre', 'Nombre de pila'],
  last_name: ['Last name', 'Last', 'Surname', 'Surnames', 'Family name', 'Apellido', 'Apellidos', 'Apellido(s)', 'Primer apellido', 'Apellido paterno'],
  full_name: ['Full name', 'Name', 'Display name', 'Nombre completo', 'Nombre y apellido', 'Nombre y apellidos', 'Nombres y apellidos'],
  preferred_name: ['Preferred name', 'Nickname', 'Nick name', 'Goes by', 'Known as', 'Chosen name', 'Preferred first name', 'Apodo', 'Sobrenombre', 'Nombre preferido'],
  pronouns: ['Pronouns', 'Pronoun', 'Preferred pronouns', 'Pronombres', 'Pronombre'],
  email: ['Email', 'E-mail', 'Emails', 'Email address', 'E-mail address', 'Correo', 'Correo electrónico', 'Correo-e', 'Dirección de correo', 'Dirección de correo electrónico', 'Email 1 - Value'],
  phone: ['Phone', 'Phone number', 'Phone numbers', 'Mobile', 'Mobile phone', 'Mobile number', 'Cell', 'Cell phone', 'Cell number', 'Home phone', 'Telephone', 'Tel', 'WhatsApp', 'Teléfono', 'Número de teléfono', 'Celular', 'Número de celular', 'Teléfono celular', 'Móvil', 'Teléfono móvil'],
  street: ['Address', 'Street', 'Street address', 'Address 1', 'Address line 1', 'Street 1', 'Address 1 - Street', 'Dirección', 'Calle', 'Domicilio', 'Calle y número'],
  unit: ['Unit', 'Apt', 'Apt #', 'Apartment', 'Apartment number', 'Apt number', 'Unit number', 'Apt/Unit', 'Suite', 'Address 2', 'Address line 2', 'Street 2', 'Address 1 - Extended Address', 'Apto', 'Apartamento', 'Depto', 'Unidad', 'Número interior', 'Interior'],
  city: ['City', 'Town', 'City/Town', 'Locality', 'Address 1 - City', 'Ciudad', 'Municipio', 'Localidad', 'Población'],
  region: ['State', 'Province', 'Region', 'State/Province', 'State abbreviated', 'State code', 'Address 1 - Region', 'Estado', 'Provincia', 'Región'],
  postal_code: ['Postal code', 'Zip', 'Zip code', 'Zip5', 'Postcode', 'Post code', 'Postal', 'Zip/Postal code', 'Address 1 - Postal Code', 'Código postal', 'CP', 'C.P.'],
  workplace: ['Workplace', 'Work place', 'Employer', 'Employer name', 'Shop', 'Company', 'Company name', 'Organization', 'Organization 1 - Name', 'Worksite', 'Work site', 'Job site', 'Store', 'Empresa', 'Lugar de trabajo', 'Centro de trabajo', 'Empleador'],
  department: ['Department', 'Dept', 'Division', 'Organization 1 - Department', 'Departamento', 'Área', 'Sección', 'División'],
  shift: ['Shift', 'Work shift', 'Shift time', 'Turno', 'Horario'],
  building: ['Building', 'Building name', 'Property', 'Property name', 'Complex', 'Edificio', 'Propiedad', 'Inmueble'],
  status: ['Status', 'Membership status', 'Member status', 'Membership', 'Estatus', 'Estado de membresía', 'Estatus de membresía', 'Estado de miembro', 'Membresía'],
  join_date: ['Join date', 'Date joined', 'Joined', 'Joined on', 'Member since', 'Date of joining', 'Fecha de ingreso', 'Fecha de afiliación', 'Fecha de alta', 'Fecha de inscripción', 'Miembro desde'],
  dues_paid_through: ['Dues paid through', 'Dues paid thru', 'Paid through', 'Paid thru', 'Dues through', 'Dues thru', 'Dues paid until', 'Paid until', 'Dues paid to', 'Cuotas pagadas hasta', 'Cuota pagada hasta', 'Cuotas hasta', 'Pagado hasta'],
  assessment: ['Assessment', 'Rating', '1-5', 'Support level', 'Support score', 'Organizing assessment', 'Evaluación', 'Calificación', 'Puntuación', 'Nivel de apoyo'],
  tags: ['Tags', 'Tag', 'Tag list', 'Groups', 'Group', 'Group membership', 'Categories', 'Labels', 'Etiquetas', 'Grupos', 'Categorías'],
  languages: ['Languages', 'Language', 'Languages spoken', 'Preferred language', 'Idioma', 'Idiomas', 'Idioma(s)', 'Lengua', 'Lenguas', 'Lenguaje', 'Lenguajes'],
  notes: ['Notes', 'Note', 'Comments', 'Comment', 'Remarks', 'Notas', 'Nota', 'Comentarios', 'Comentario', 'Observaciones'],
  organizer: ['Organizer', 'Organiser', 'OC member', 'Assigned organizer', 'Assigned to', 'Organizador', 'Organizadora', 'Responsable'],
  organizing_committee: ['Organizing committee', 'Organising committee', 'On OC', 'OC', 'Comité organizador', 'Comité'],
  floor: ['Floor', 'Floor number', 'Level', 'Storey', 'Story', 'Piso', 'Planta', 'Nivel'],
};

/**
 * Words that tools put around a field name without changing its meaning ("Home Phone",
 * "primary_city", "can2_user_address", "E-mail 1 - Value", "Member name"). Only tried when the
 * whole header matched nothing, so "Member since" still means the join date.
 */
const FILLER_WORDS = new Set(['primary', 'home', 'personal', 'mailing', 'main', 'current', 'member', 'contact', 'your', 'can2', 'user', 'value', '1']);

/** Words of a header: camelCase split, accents and case dropped, "(s)" plurals joined, punctuation as spaces. */
function headerWords(header: string): string[] {
  return header
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2') // "FirstName" → "First Name"
    .normalize('NFKD')
    .replace(/\p{M}/gu, '') // accents: "Teléfono" → "Telefono"
    .toLowerCase()
    .replace(/\(s\)/g, 's') // "Nombre(s)" → "nombres"
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The form in which headers are compared: "E-mail Address" and "email_address" are both "emailaddress". */
export function comparableHeader(header: string): string {
  return headerWords(header).join('');
}

const FIELD_BY_WORDING = new Map<string, SuggestedField>();
for (const field of [...CANONICAL_MEMBER_FIELDS, FULL_NAME_KEY] as const) {
  for (const wording of [field, ...HEADER_WORDINGS[field]]) {
    const key = comparableHeader(wording);
    const existing = FIELD_BY_WORDING.get(key);
    if (existing && existing !== field) throw new Error(`Header wording "${wording}" is listed for both ${existing} and ${field}.`);
    FIELD_BY_WORDING.set(key, field);
  }
}

function fieldForHeader(header: string, extraFieldByName: Map<string, string>): string | null {
  const words = headerWords(header);
  const whole = words.join('');
  if (!whole) return null;
  // A chapter's own field named like the header is the most specific match there is.
  const extra = extraFieldByName.get(whole);
  if (extra !== undefined) return extra;
  const field = FIELD_BY_WORDING.get(whole);
  if (field !== undefined) return field;
  // "(1-5)" and similar asides, then filler words: "Assessment (1-5)", "Home Phone".
  const withoutAsides = headerWords(header.replace(/\([^)]*\)/g, ' ')).filter((word) => !FILLER_WORDS.has(word));
  return FIELD_BY_WORDING.get(withoutAsides.join('')) ?? null;
}

/**
 * For each header, the field its column most likely holds: a canonical member field key,
 * {@link FULL_NAME_KEY}, one of `extraFields` (a chapter's custom fields, matched by key or label),
 * or null. No field is suggested twice: the leftmost column wins. A full-name column is left out
 * when first or last name have their own columns, since the importer would fill those twice.
 */
export function suggestMapping(headers: string[], extraFields: { key: string; label: string }[] = []): (string | null)[] {
  const extraFieldByName = new Map<string, string>();
  for (const field of extraFields) {
    for (const name of [field.key, field.label]) {
      const key = comparableHeader(name);
      if (key && !extraFieldByName.has(key)) extraFieldByName.set(key, field.key);
    }
  }

  const taken = new Set<string>();
  const mapping = headers.map((header) => {
    const field = fieldForHeader(header, extraFieldByName);
    if (field === null || taken.has(field)) return null;
    taken.add(field);
    return field;
  });

  if (taken.has('first_name') || taken.has('last_name')) {
    return mapping.map((field) => (field === FULL_NAME_KEY ? null : field));
  }
  return mapping;
}
