/**
 * The campaigns migration on a vault made by the version before it: the members already there
 * are the universe of the first campaign, and its responses are stored and counted.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEncrypted, type Db } from '../../../src/main/db/connection';
import { migrate, schemaVersion } from '../../../src/main/db/migrate';
import { migrations } from '../../../src/main/db/migrations';
import { createCampaign } from '../../../src/main/organizing/campaigns/campaigns';
import { campaignProgress } from '../../../src/main/organizing/campaigns/progress';
import { recordResponse } from '../../../src/main/organizing/campaigns/responses';
import { ORGANIZING_KINDS } from '../../../src/main/organizing/kinds';
import type { VaultContext } from '../../../src/main/core/context';
import { DEFAULT_SETTINGS } from '../../../src/main/vault/settings';
import { makeTempDir } from '../../helpers/temp';

// Found by name: the lead renumbers migrations at merge when engineers' numbers meet.
const CAMPAIGNS_VERSION = migrations.find((migration) => migration.name === 'campaigns and their responses')!.version;
let temp: ReturnType<typeof makeTempDir>;
let db: Db;
beforeEach(() => {
  temp = makeTempDir();
  db = openEncrypted(join(temp.path, 'test.db'), randomBytes(32), { create: true });
  migrate(db, migrations.filter((migration) => migration.version < CAMPAIGNS_VERSION));
});
afterEach(() => {
  db.close();
  temp.cleanup();
});

describe('the campaigns migration', () => {
  it('opens a vault made before it: its members become a campaign universe and responses count', () => {
    const at = '2026-01-01T00:00:00.000Z';
    for (const [id, unit, status] of [['m1', '4B', 'member'], ['m2', '4C', 'prospect'], ['m3', '5A', 'former']] as const) {
      db.prepare(`INSERT INTO members (id, first_name, building, unit, floor_key, status, created_at, updated_at) VALUES (?, ?, 'Elm', ?, ?, ?, ?, ?)`).run(id, `Person ${id}`, unit, unit[0], status, at, at);
    }
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'campaigns'").get()).toBeUndefined();
    migrate(db);
    expect(schemaVersion(db)).toBe(migrations.at(-1)!.version);
    const context: VaultContext = { db, officerId: 'officer-1', now: () => new Date('2026-06-15T12:00:00Z'), settings: DEFAULT_SETTINGS, kinds: ORGANIZING_KINDS };
    const campaign = createCampaign(context, { name: 'Cards', kind: 'card' });
    recordResponse(context, { campaignId: campaign.id, memberId: 'm1', response: 'yes' });
    expect(campaignProgress(context, campaign.id, ['building', 'floor']).groups).toEqual([
      expect.objectContaining({ path: ['Elm', '4'], universe: 2, yes: 1, percent: 50, met: true }),
    ]);
  });
});
