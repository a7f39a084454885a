/**
 * The synced kinds of places/: how each table travels in exports and merges (the convention of
 * core/synced-records.ts). Registered once in organizing/kinds.ts as `placeKinds`.
 */
import { z } from 'zod';
import { GRIEVANCE_STEPS, ISSUE_STATUSES, PLACE_KINDS, TARGET_ROLES } from '../../../shared/places';
import { scopedPlaceRecords } from './scope';
import type { SyncedKind } from '../../core/synced-records';

const text = (max: number) => z.string().max(max);
const date = z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/);
const idsJson = z.string().max(1_000_000).refine((value) => {
  if (value === '') return true;
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) && parsed.every((item) => typeof item === 'string' && item.length <= 100);
  } catch {
    return false;
  }
}, 'a list of ids');
const deadlinesJson = z.string().max(10_000).refine((value) => {
  if (value === '') return true;
  try {
    const parsed: unknown = JSON.parse(value);
    return (
      typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) &&
      Object.entries(parsed).every(([step, day]) => (GRIEVANCE_STEPS as readonly string[]).includes(step) && typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day))
    );
  } catch {
    return false;
  }
}, 'step deadlines');
/** '' is what a tombstone holds. */
const oneOf = (values: readonly string[]) => z.string().refine((value) => value === '' || values.includes(value));

// No `check` that another record exists: a file may carry the place with its issues, and a
// record pointing at one this vault lacks is shown without it (reads join, never assume).

export const placeKind: SyncedKind = {
  name: 'place',
  table: 'places',
  fields: {
    kind: oneOf(PLACE_KINDS),
    name: text(200),
    address: text(500),
    unit_count: z.number().int().min(0).max(100_000).nullable(),
    units: text(50_000),
    vacant: text(50_000),
    departments: text(50_000),
    shifts: text(50_000),
    notes: text(20_000),
  },
  scope: (db, members) => scopedPlaceRecords(db, members).places,
  describe: (fields) => `${fields.kind === 'workplace' ? 'Workplace' : 'Building'} ${String(fields.name ?? '')}`,
};

export const targetKind: SyncedKind = {
  name: 'target',
  table: 'targets',
  fields: {
    name: text(200),
    role: oneOf(TARGET_ROLES),
    organization: text(200),
    phone: text(100),
    email: text(200),
    address: text(500),
    notes: text(20_000),
  },
  scope: (db, members) => scopedPlaceRecords(db, members).targets,
  describe: (fields) => `Target ${String(fields.name ?? '')}`,
};

export const placeTargetKind: SyncedKind = {
  name: 'place_target',
  table: 'place_targets',
  fields: { place_id: text(100), target_id: text(100), since: date, until: date, notes: text(2000) },
  scope: (db, members) => scopedPlaceRecords(db, members).links,
  describe: (fields) => `Owner or manager since ${String(fields.since ?? '')}`,
};

export const issueKind: SyncedKind = {
  name: 'issue',
  table: 'issues',
  fields: {
    place_id: text(100),
    kind: oneOf(['tenant', 'grievance']),
    category: text(60),
    unit: text(50),
    reported: date,
    members: idsJson,
    notes: text(20_000),
    article: text(300),
    deadlines: deadlinesJson,
    outcome: text(20_000),
  },
  scope: (db, members) => scopedPlaceRecords(db, members).issues,
  describe: (fields) => `Issue: ${String(fields.category ?? '')}${fields.unit ? `, unit ${String(fields.unit)}` : ''}`,
};

export const issueEventKind: SyncedKind = {
  name: 'issue_event',
  table: 'issue_events',
  fields: {
    issue_id: text(100),
    kind: oneOf(['status', 'step']),
    value: oneOf([...ISSUE_STATUSES, ...GRIEVANCE_STEPS]),
    date,
    note: text(2000),
  },
  scope: (db, members) => scopedPlaceRecords(db, members).events,
  describe: (fields) => `Issue ${String(fields.kind ?? '')}: ${String(fields.value ?? '')} on ${String(fields.date ?? '')}`,
};

export const demandKind: SyncedKind = {
  name: 'demand',
  table: 'demands',
  fields: {
    place_id: text(100),
    target_id: text(100),
    title: text(300),
    body: text(50_000),
    issue_ids: idsJson,
    named_members: idsJson,
  },
  scope: (db, members) => scopedPlaceRecords(db, members).demands,
  describe: (fields) => `Demand ${String(fields.title ?? '')}`,
};

export const demandCopyKind: SyncedKind = {
  name: 'demand_copy',
  table: 'demand_copies',
  fields: { demand_id: text(100), sent_on: date, letter: text(50_000) },
  scope: (db, members) => scopedPlaceRecords(db, members).copies,
  describe: (fields) => `Demand letter sent ${String(fields.sent_on ?? '')}`,
};

/** In dependency order: a link, an issue or a demand comes after what it points at. */
export const placeKinds: SyncedKind[] = [placeKind, targetKind, placeTargetKind, issueKind, issueEventKind, demandKind, demandCopyKind];
