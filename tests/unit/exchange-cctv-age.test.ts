import { inflateSync } from 'node:zlib';
import * as testkit from 'cctv-age';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, sql } from '../../src/main/db/sql';
import { importMessages } from '../../src/main/exchange/bundle';
import { previewImport } from '../../src/main/exchange/exchange';
import { selfIdentity } from '../../src/main/exchange/officers';
import type { VaultContext } from '../../src/main/core/context';
import { UserError } from '../../src/main/errors';
import type { OpenVault } from '../../src/main/vault/vault';
import { snapshot } from '../helpers/files';
import { makeRollContext } from '../helpers/roll';
import { makeTempDir } from '../helpers/temp';

/** One vector of the age test kit: its header lines, then the age file (zlib-compressed for some). */
function vector(bytes: Uint8Array) {
  const buffer = Buffer.from(bytes);
  const split = buffer.indexOf('\n\n');
  const header = buffer.subarray(0, split).toString('utf8').split('\n');
  const values = (key: string) => header.filter((line) => line.startsWith(`${key}: `)).map((line) => line.slice(key.length + 2));
  const body = buffer.subarray(split + 2);
  return {
    expect: values('expect')[0]!,
    identities: values('identity'),
    passphrase: values('passphrase')[0],
    file: new Uint8Array(values('compressed')[0] === 'zlib' ? inflateSync(body) : body),
  };
}

const names = Object.keys(testkit).sort();
const knownMessages = new Set(Object.values(importMessages));

let temp: ReturnType<typeof makeTempDir>;
let vault: OpenVault;
let context: VaultContext;
let dir: string;
beforeAll(async () => {
  temp = makeTempDir();
  ({ vault, context, dir } = await makeRollContext(temp.path));
});
afterAll(() => {
  vault.close();
  temp.cleanup();
});

describe('the age test kit (cctv-age) through the import preview', () => {
  it(`has vectors to run (${names.length})`, () => {
    expect(names.length).toBeGreaterThan(100);
  });

  const outcomes = new Map<string, string>();

  it.each(names)('%s: decrypts and is refused as not an export, or is refused with one clear message; the vault unchanged', async (name) => {
    const { expect: expected, identities, passphrase, file } = vector((testkit as Record<string, Uint8Array>)[name]!);
    const officerId = selfIdentity(context.db).officerId;
    // The kit's identity stands in for this officer's own key (test setup, not something the app does).
    if (identities[0]) run(context.db, sql`UPDATE identity SET age_identity = ${identities[0]} WHERE officer_id = ${officerId}`);
    const before = snapshot(dir);
    let failure: unknown;
    try {
      await previewImport(context, file, passphrase);
    } catch (error) {
      failure = error;
    }
    expect(failure, 'nothing in the kit is a Chapterhouse export').toBeInstanceOf(UserError);
    const message = (failure as UserError).message;
    expect(knownMessages.has(message), message).toBe(true);
    outcomes.set(name, message);
    if (expected === 'success') expect(message).toBe(importMessages.notBundle);
    else expect(message).not.toBe(importMessages.notBundle);
    expect(snapshot(dir)).toEqual(before);
  }, 30_000);
});
