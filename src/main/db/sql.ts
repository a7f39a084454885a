/**
 * A sql`` tag that never pastes values into SQL text: every interpolation becomes a `?`
 * parameter, so a member named `'); DROP TABLE members; --` is only ever data.
 */
import type { Db } from './connection';

export type SqlValue = string | number | bigint | Buffer | Uint8Array | null;

export interface SqlQuery {
  readonly text: string;
  readonly params: readonly SqlValue[];
}

/** A trusted SQL fragment (identifiers from code, never from input) that is pasted verbatim. */
export class RawSql {
  constructor(readonly text: string) {}
}
export const raw = (text: string): RawSql => new RawSql(text);

export function sql(strings: TemplateStringsArray, ...values: (SqlValue | RawSql | SqlQuery)[]): SqlQuery {
  let text = strings[0] ?? '';
  const params: SqlValue[] = [];
  values.forEach((value, index) => {
    if (value instanceof RawSql) {
      text += value.text;
    } else if (isQuery(value)) {
      text += value.text;
      params.push(...value.params);
    } else {
      text += '?';
      params.push(value);
    }
    text += strings[index + 1] ?? '';
  });
  return { text, params };
}

function isQuery(value: unknown): value is SqlQuery {
  return typeof value === 'object' && value !== null && 'text' in value && 'params' in value;
}

export function all<Row>(db: Db, query: SqlQuery): Row[] {
  return db.prepare(query.text).all(...query.params) as Row[];
}

export function get<Row>(db: Db, query: SqlQuery): Row | undefined {
  return db.prepare(query.text).get(...query.params) as Row | undefined;
}

export function run(db: Db, query: SqlQuery): { changes: number } {
  const result = db.prepare(query.text).run(...query.params);
  return { changes: result.changes };
}
