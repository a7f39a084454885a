/**
 * A sql`` tag that never pastes values into SQL text: every interpolation becomes a `?`
 * parameter, so a member named `'); DROP TABLE members; --` is only ever data.
 */
import type { Statement } from 'better-sqlite3-multiple-ciphers';
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

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The one way a table, column, index or trigger name gets into SQL text: checked to be a plain
 * identifier (it comes from code or the schema, never from input), and quoted.
 */
export function identifier(name: string): RawSql {
  if (!IDENTIFIER.test(name)) throw new Error(`Not an SQL identifier: ${JSON.stringify(name)}`);
  return new RawSql(`"${name}"`);
}

/** `"a", "b", "c"`, or `t."a", t."b"` with a table alias. */
export function identifiers(names: readonly string[], alias?: string): RawSql {
  const prefix = alias === undefined ? '' : `${identifier(alias).text}.`;
  return new RawSql(names.map((name) => prefix + identifier(name).text).join(', '));
}

/** `"a" = ?, "b" = ?`: the SET list of an UPDATE whose values are bound in the same order. */
export function assignments(names: readonly string[]): RawSql {
  return new RawSql(names.map((name) => `${identifier(name).text} = ?`).join(', '));
}

/** `?, ?, ?`: one parameter per value of a row bound in order. */
export function placeholders(count: number): RawSql {
  return new RawSql(Array.from({ length: count }, () => '?').join(', '));
}

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

/** Prepared statements by SQL text, per connection: preparing costs more than running a small query. */
const statements = new WeakMap<Db, Map<string, Statement>>();
const MAX_CACHED = 500;

export function prepare(db: Db, text: string): Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let statement = cache.get(text);
  if (!statement) {
    if (cache.size >= MAX_CACHED) cache.clear();
    statement = db.prepare(text);
    cache.set(text, statement);
  }
  return statement;
}

export function all<Row>(db: Db, query: SqlQuery): Row[] {
  return prepare(db, query.text).all(...query.params) as Row[];
}

export function get<Row>(db: Db, query: SqlQuery): Row | undefined {
  return prepare(db, query.text).get(...query.params) as Row | undefined;
}

export function run(db: Db, query: SqlQuery): { changes: number } {
  const result = prepare(db, query.text).run(...query.params);
  return { changes: result.changes };
}

/** Fragments joined into one, e.g. a column list: joinSql([sql`a`, sql`b = ${1}`]) → `a, b = ?`. */
export function joinSql(parts: readonly SqlQuery[], separator = ', '): SqlQuery {
  return { text: parts.map((part) => part.text).join(separator), params: parts.flatMap((part) => part.params) };
}
