/** Fields a chapter adds to its roll: text, number, date or a choice from a list. */
import { CustomField } from '../../shared/roll';
import { FULL_NAME_KEYS } from '../../shared/full-name';
import type { Db } from '../db/connection';
import { all, get, run, sql } from '../db/sql';
import { UserError } from '../errors';
import { recordAudit } from '../core/audit';
import type { VaultContext } from '../core/context';
import { isCanonicalMemberField } from './fields';

export function listCustomFields(db: Db): CustomField[] {
  return all<{ key: string; label: string; type: CustomField['type']; choices: string }>(
    db,
    sql`SELECT key, label, type, choices FROM custom_fields ORDER BY position, key`,
  ).map((row) => ({ ...row, choices: JSON.parse(row.choices) as string[] }));
}

export function defineCustomField(context: VaultContext, field: CustomField): CustomField[] {
  if (isCanonicalMemberField(field.key) || FULL_NAME_KEYS.includes(field.key)) {
    throw new UserError('INVALID_INPUT', `"${field.key}" is already a member field; choose another name.`);
  }
  if (field.type === 'choice' && field.choices.length === 0) {
    throw new UserError('INVALID_INPUT', 'A choice field needs at least one choice.');
  }
  const exists = get(context.db, sql`SELECT 1 FROM custom_fields WHERE key = ${field.key}`);
  const position = get<{ n: number }>(context.db, sql`SELECT count(*) AS n FROM custom_fields`)!.n;
  context.db.transaction(() => {
    run(
      context.db,
      sql`INSERT INTO custom_fields (key, label, type, choices, position)
          VALUES (${field.key}, ${field.label}, ${field.type}, ${JSON.stringify(field.type === 'choice' ? field.choices : [])}, ${position})
          ON CONFLICT (key) DO UPDATE SET label = excluded.label, type = excluded.type, choices = excluded.choices`,
    );
    recordAudit(context, { entity: 'custom_field', entityId: field.key, action: exists ? 'update' : 'create', after: field });
  })();
  return listCustomFields(context.db);
}
