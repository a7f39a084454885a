/**
 * Issues: a tenant issue in a building (a unit, or the whole building) or a grievance in a
 * workplace, with the members affected. Status changes and grievance steps are events, each
 * dated and its own record, so the history survives merges and the current status is the latest.
 */
import type { z } from 'zod';
import {
  UNRESOLVED_STATUSES,
  type CategoryCount,
  type GrievanceStep,
  type Issue,
  type IssueEvent,
  IssueInput,
  type IssueStatus,
  type Place,
  type TimelineEntry,
} from '../../../shared/places';
import { all, sql, type SqlQuery } from '../../db/sql';
import { UserError } from '../../errors';
import { memberName } from '../../minutes/attendance';
import type { VaultContext } from '../../core/context';
import { matchCategory } from './categories';
import { isCalendarDate, isPastDeadline, localDay } from './dates';
import { groupBy, unitKey } from './fold';
import { issueEventKind, issueKind } from './kinds';
import { addUnit, getPlace, knownUnits, matchUnit, placeMembers } from './places';
import { createSynced, readSynced, updateSynced } from '../../core/synced-records';
import { placeLinks, targetsOn } from './targets';

/** An issue logged on a unit the building does not have on record; the UI and the CLI offer to add it. */
export class UnknownUnitError extends UserError {
  constructor(
    readonly place: string,
    readonly unit: string,
  ) {
    super('INVALID_INPUT', `${place} has no unit "${unit}" on record: add the unit to the building, or log the issue for the whole building.`);
  }
}

interface IssueRow {
  id: string;
  place_id: string;
  place_name: string | null;
  kind: string;
  category: string;
  unit: string;
  reported: string;
  members: string;
  notes: string;
  article: string;
  deadlines: string;
  outcome: string;
}

interface EventRow {
  id: string;
  issue_id: string;
  kind: string;
  value: string;
  date: string;
  note: string;
  /** The clock stamp it was created with. */
  created_at: string;
}

const today = (context: VaultContext) => localDay(context.now());

function readIssues(context: VaultContext, where: SqlQuery): Issue[] {
  const rows = all<IssueRow>(
    context.db,
    sql`SELECT i.*, p.name AS place_name FROM issues i LEFT JOIN places p ON p.id = i.place_id
        WHERE i.deleted_at = '' AND ${where} ORDER BY i.reported, i.created_at, i.id`,
  );
  if (rows.length === 0) return [];
  const ids = JSON.stringify(rows.map((row) => row.id));
  const events = groupBy(
    all<EventRow>(
      context.db,
      // An event's creation stamp orders events of one day: it grows with every write, even
      // within one millisecond, and stays with the event in other officers' vaults.
      sql`SELECT id, issue_id, kind, value, date, note, coalesce(json_extract(clocks, '$.""'), json_extract(clocks, '$.value'), created_at) AS created_at FROM issue_events
          WHERE deleted_at = '' AND issue_id IN (SELECT value FROM json_each(${ids})) ORDER BY date, 7, id`,
    ),
    (event) => event.issue_id,
  );
  const memberIds = [...new Set(rows.flatMap((row) => JSON.parse(row.members || '[]') as string[]))];
  const names = new Map(
    all<{ id: string; first_name: string; last_name: string; preferred_name: string }>(
      context.db,
      sql`SELECT id, first_name, last_name, preferred_name FROM members WHERE deleted_at = '' AND id IN (SELECT value FROM json_each(${JSON.stringify(memberIds)}))`,
    ).map((row) => [row.id, memberName(row)]),
  );
  const linksByPlace = new Map<string, ReturnType<typeof placeLinks>>();
  const now = context.now();
  return rows.map((row) => {
    const history: IssueEvent[] = (events.get(row.id) ?? []).map(({ id, kind, value, date, note, created_at }) => ({ id, kind: kind === 'step' ? 'step' : 'status', value, date, note, at: created_at }));
    const status = (history.filter((event) => event.kind === 'status').at(-1)?.value ?? 'open') as IssueStatus;
    const step = row.kind === 'grievance' ? (history.filter((event) => event.kind === 'step').at(-1)?.value ?? 'informal') : '';
    const deadlines = JSON.parse(row.deadlines || '{}') as Record<string, string>;
    const deadline = step ? (deadlines[step] ?? '') : '';
    if (!linksByPlace.has(row.place_id)) linksByPlace.set(row.place_id, placeLinks(context, row.place_id));
    return {
      id: row.id,
      placeId: row.place_id,
      placeName: row.place_name ?? '',
      kind: row.kind === 'grievance' ? 'grievance' : 'tenant',
      category: row.category,
      unit: row.unit,
      reported: row.reported,
      members: (JSON.parse(row.members || '[]') as string[]).filter((id) => names.has(id)).map((id) => ({ id, name: names.get(id)! })),
      status,
      notes: row.notes,
      article: row.article,
      step,
      deadline,
      deadlines,
      overdue: UNRESOLVED_STATUSES.includes(status) && isPastDeadline(deadline, now),
      outcome: row.outcome,
      targetsThen: targetsOn(linksByPlace.get(row.place_id)!, row.reported).map((link) => link.targetName),
      history,
    };
  });
}

export function getIssue(context: VaultContext, id: string): Issue {
  const issue = readIssues(context, sql`i.id = ${id}`)[0];
  if (!issue) throw new UserError('NOT_FOUND', `There is no issue with the id "${id}".`);
  return issue;
}

export function listIssues(context: VaultContext, filter: { placeId?: string; status?: IssueStatus } = {}): Issue[] {
  const issues = readIssues(context, filter.placeId ? sql`i.place_id = ${filter.placeId}` : sql`1 = 1`);
  return filter.status ? issues.filter((issue) => issue.status === filter.status) : issues;
}

function checkMembers(context: VaultContext, ids: readonly string[]): string[] {
  const unique = [...new Set(ids)];
  const found = new Set(
    all<{ id: string }>(context.db, sql`SELECT id FROM members WHERE deleted_at = '' AND id IN (SELECT value FROM json_each(${JSON.stringify(unique)}))`).map((row) => row.id),
  );
  const missing = unique.find((id) => !found.has(id));
  if (missing) throw new UserError('NOT_FOUND', `There is no member with the id "${missing}".`);
  return unique;
}

function checkDay(day: string, what: string): void {
  if (!isCalendarDate(day)) throw new UserError('INVALID_INPUT', `The ${what} "${day}" is not a date (use YYYY-MM-DD).`);
}

function checkDeadline(deadline: string, reported: string): void {
  checkDay(deadline, 'deadline');
  if (deadline < reported) throw new UserError('INVALID_INPUT', `The step's deadline (${deadline}) is before the grievance was reported (${reported}).`);
}

function addEvent(context: VaultContext, issueId: string, kind: 'status' | 'step', value: string, date: string, note = ''): void {
  createSynced(context, issueEventKind, { issue_id: issueId, kind, value, date, note });
}

export function addIssue(context: VaultContext, input: z.output<typeof IssueInput>): Issue {
  let place: Place = getPlace(context, input.placeId);
  const kind = place.kind === 'building' ? 'tenant' : 'grievance';
  const category = matchCategory(context.db, kind, input.category);
  const reported = input.reported ?? today(context);
  checkDay(reported, 'reported date');
  if (reported > today(context)) throw new UserError('INVALID_INPUT', `The reported date (${reported}) is in the future.`);
  const members = checkMembers(context, input.members);
  let unit = input.unit.trim().replace(/\s+/g, ' ');
  let newUnit = false;
  if (unit && kind === 'tenant') {
    const units = knownUnits(place, placeMembers(context, place));
    const matched = matchUnit(units, unit);
    if (matched) unit = matched;
    else if (units.length > 0 && !input.addUnit) throw new UnknownUnitError(place.name, unit);
    else newUnit = true;
  }
  if (kind === 'tenant' && (input.step || input.deadline || input.article)) {
    throw new UserError('INVALID_INPUT', 'Steps, deadlines and contract articles are for workplace grievances; this is a building.');
  }
  const step: GrievanceStep | undefined = kind === 'grievance' ? (input.step ?? 'informal') : undefined;
  if (input.deadline) checkDeadline(input.deadline, reported);
  const id = context.db.transaction(() => {
    if (newUnit) place = addUnit(context, place, unit);
    const issueId = createSynced(context, issueKind, {
      place_id: place.id,
      kind,
      category,
      unit,
      reported,
      members: JSON.stringify(members),
      notes: input.notes,
      article: input.article,
      deadlines: JSON.stringify(step && input.deadline ? { [step]: input.deadline } : {}),
      outcome: '',
    });
    addEvent(context, issueId, 'status', 'open', reported);
    if (step) addEvent(context, issueId, 'step', step, reported);
    return issueId;
  })();
  return getIssue(context, id);
}

/** Moves the issue on: a dated event, so the history keeps every step. */
export function setStatus(context: VaultContext, id: string, status: IssueStatus, date?: string, note = ''): Issue {
  const issue = getIssue(context, id);
  const day = date ?? today(context);
  checkDay(day, 'date');
  if (day < issue.reported) throw new UserError('INVALID_INPUT', `The date (${day}) is before the issue was reported (${issue.reported}).`);
  if (status === issue.status && !note) return issue;
  context.db.transaction(() => addEvent(context, id, 'status', status, day, note))();
  return getIssue(context, id);
}

export function setStep(context: VaultContext, id: string, step: GrievanceStep, deadline?: string, date?: string): Issue {
  const issue = getIssue(context, id);
  if (issue.kind !== 'grievance') throw new UserError('INVALID_INPUT', 'Only a workplace grievance has steps; this is a tenant issue.');
  const day = date ?? today(context);
  checkDay(day, 'date');
  if (day < issue.reported) throw new UserError('INVALID_INPUT', `The date (${day}) is before the grievance was reported (${issue.reported}).`);
  if (deadline) checkDeadline(deadline, issue.reported);
  context.db.transaction(() => {
    if (step !== issue.step) addEvent(context, id, 'step', step, day);
    if (deadline !== undefined) updateSynced(context, issueKind, id, { deadlines: JSON.stringify({ ...issue.deadlines, [step]: deadline }) });
  })();
  return getIssue(context, id);
}

export function updateIssue(context: VaultContext, id: string, changes: { notes?: string; outcome?: string; article?: string; members?: string[] }): Issue {
  getIssue(context, id);
  const fields: Record<string, string> = {};
  if (changes.notes !== undefined) fields.notes = changes.notes;
  if (changes.outcome !== undefined) fields.outcome = changes.outcome;
  if (changes.article !== undefined) fields.article = changes.article;
  if (changes.members !== undefined) fields.members = JSON.stringify(checkMembers(context, changes.members));
  if (!readSynced(context, issueKind, id)) throw new UserError('NOT_FOUND', `There is no issue with the id "${id}".`);
  context.db.transaction(() => updateSynced(context, issueKind, id, fields))();
  return getIssue(context, id);
}

/**
 * Grievances past their current step's deadline, oldest deadline first: for the app's home and
 * for the committee's follow-up queue (committee/ calls this).
 */
export function overdueGrievances(context: VaultContext): Issue[] {
  return readIssues(context, sql`i.kind = 'grievance'`)
    .filter((issue) => issue.overdue)
    .sort((a, b) => a.deadline.localeCompare(b.deadline));
}

/** Per category: "heat: 14 of 40 units, 9 still open". A whole-building issue counts every unit. */
export function categoryCounts(issues: readonly Issue[], totalUnits: number): CategoryCount[] {
  const byCategory = groupBy(issues, (issue) => issue.category);
  return [...byCategory.entries()]
    .map(([category, list]) => {
      const wholeBuilding = list.some((issue) => !issue.unit);
      const openWhole = list.some((issue) => !issue.unit && UNRESOLVED_STATUSES.includes(issue.status));
      const units = new Set(list.filter((issue) => issue.unit).map((issue) => unitKey(issue.unit)));
      const open = new Set(list.filter((issue) => issue.unit && UNRESOLVED_STATUSES.includes(issue.status)).map((issue) => unitKey(issue.unit)));
      const byStatus: Record<string, number> = {};
      for (const issue of list) byStatus[issue.status] = (byStatus[issue.status] ?? 0) + 1;
      return {
        category,
        issues: list.length,
        units: wholeBuilding ? Math.max(totalUnits, units.size) : units.size,
        unitsOpen: openWhole ? Math.max(totalUnits, open.size) : open.size,
        byStatus,
      };
    })
    .sort((a, b) => b.units - a.units || a.category.localeCompare(b.category));
}

/** Every dated event of the place's issues, oldest first. */
export function timeline(issues: readonly Issue[]): TimelineEntry[] {
  return issues
    .flatMap((issue) =>
      issue.history.map((event) => ({
        date: event.date,
        issueId: issue.id,
        category: issue.category,
        unit: issue.unit,
        what: event.kind === 'step' ? `step:${event.value}` : event.value,
        at: event.at,
      })),
    )
    .sort((a, b) => a.date.localeCompare(b.date) || a.at.localeCompare(b.at))
    .map(({ at: _at, ...entry }) => entry);
}
