/**
 * Demands: chosen issues, a letter in Markdown addressed to a target, printed with the chapter's
 * name, the date, the units and issues affected and how many members back it. A member is named
 * only when the officer ticked them one by one: the default letter names no tenant, because
 * retaliation is real. Each letter sent is kept, frozen, with the day it went out.
 */
import type { z } from 'zod';
import { DemandInput, UNRESOLVED_STATUSES, type Demand, type Issue } from '../../../shared/places';
import { all, sql } from '../../db/sql';
import { UserError } from '../../errors';
import { chapterName, inline } from '../../minutes/markdown';
import { notes } from '../../minutes/print';
import { longDate, PdfWriter } from '../../print/pdf';
import type { VaultContext } from '../../core/context';
import { localDay } from './dates';
import { groupBy, unitKey } from './fold';
import { listIssues } from './issues';
import { demandCopyKind, demandKind } from './kinds';
import { compareNatural } from '../structure';
import { getPlace, placeMembers, unitTotal } from './places';
import { createSynced, readSynced, updateSynced } from '../../core/synced-records';
import { listTargets } from './targets';

interface DemandRow {
  id: string;
  place_id: string;
  target_id: string;
  title: string;
  body: string;
  issue_ids: string;
  named_members: string;
}

const list = (json: string): string[] => (json ? (JSON.parse(json) as string[]) : []);

export function listDemands(context: VaultContext, placeId?: string): Demand[] {
  const rows = all<DemandRow>(
    context.db,
    placeId
      ? sql`SELECT id, place_id, target_id, title, body, issue_ids, named_members FROM demands WHERE deleted_at = '' AND place_id = ${placeId} ORDER BY created_at DESC`
      : sql`SELECT id, place_id, target_id, title, body, issue_ids, named_members FROM demands WHERE deleted_at = '' ORDER BY created_at DESC`,
  );
  const copies = groupBy(
    all<{ id: string; demand_id: string; sent_on: string; letter: string }>(
      context.db,
      sql`SELECT id, demand_id, sent_on, letter FROM demand_copies WHERE deleted_at = '' ORDER BY sent_on DESC, created_at DESC`,
    ),
    (copy) => copy.demand_id,
  );
  return rows.map((row) => ({
    id: row.id,
    placeId: row.place_id,
    targetId: row.target_id,
    title: row.title,
    body: row.body,
    issueIds: list(row.issue_ids),
    namedMembers: list(row.named_members),
    copies: (copies.get(row.id) ?? []).map((copy) => ({ id: copy.id, sentOn: copy.sent_on, letter: copy.letter })),
  }));
}

export function getDemand(context: VaultContext, id: string): Demand {
  const demand = listDemands(context).find((candidate) => candidate.id === id);
  if (!demand) throw new UserError('NOT_FOUND', 'That demand is not in the vault (it may have been deleted).');
  return demand;
}

export function saveDemand(context: VaultContext, input: z.output<typeof DemandInput>): Demand {
  const place = getPlace(context, input.placeId);
  const issues = new Set(listIssues(context, { placeId: place.id }).map((issue) => issue.id));
  const stray = input.issueIds.find((id) => !issues.has(id));
  if (stray) throw new UserError('INVALID_INPUT', `A demand about ${place.name} can only include ${place.name}'s issues.`);
  if (input.targetId && !listTargets(context).some((target) => target.id === input.targetId)) {
    throw new UserError('NOT_FOUND', 'That target is not in the vault (it may have been deleted).');
  }
  const members = new Set(placeMembers(context, place).map((member) => member.id));
  if (input.namedMembers.some((id) => !members.has(id))) throw new UserError('INVALID_INPUT', `Only members of ${place.name} can be named in its demand.`);
  const fields = {
    place_id: place.id,
    target_id: input.targetId,
    title: input.title,
    body: input.body,
    issue_ids: JSON.stringify([...new Set(input.issueIds)]),
    named_members: JSON.stringify([...new Set(input.namedMembers)]),
  };
  const id = context.db.transaction(() => {
    if (!input.id) return createSynced(context, demandKind, fields);
    if (!readSynced(context, demandKind, input.id)) throw new UserError('NOT_FOUND', 'That demand is not in the vault (it may have been deleted).');
    updateSynced(context, demandKind, input.id, fields);
    return input.id;
  })();
  return getDemand(context, id);
}

/** "Heat: units 4B, 5A (2 of 40 units), first reported June 1, 2026; 1 still open." */
function issueLine(category: string, issues: readonly Issue[], totalUnits: number): string {
  const units = [...new Map(issues.filter((issue) => issue.unit).map((issue) => [unitKey(issue.unit), issue.unit])).values()].sort(compareNatural);
  const whole = issues.some((issue) => !issue.unit);
  const where = whole ? 'the whole building' : `unit${units.length === 1 ? '' : 's'} ${units.join(', ')}${totalUnits ? ` (${units.length} of ${totalUnits} units)` : ''}`;
  const first = issues.map((issue) => issue.reported).sort()[0]!;
  const open = issues.filter((issue) => UNRESOLVED_STATUSES.includes(issue.status)).length;
  const label = category.charAt(0).toUpperCase() + category.slice(1);
  return `${inline(label)}: ${inline(where)}, first reported ${longDate(first)}; ${open} still open.`;
}

/** The letter as it would go out today, as Markdown. */
export function demandLetter(context: VaultContext, id: string): string {
  const demand = getDemand(context, id);
  const place = getPlace(context, demand.placeId);
  const members = placeMembers(context, place);
  const chapter = chapterName(context);
  const target = listTargets(context).find((candidate) => candidate.id === demand.targetId);
  const chosen = new Set(demand.issueIds);
  const issues = listIssues(context, { placeId: place.id }).filter((issue) => chosen.has(issue.id));
  const total = unitTotal(place, members);
  const backers = new Set([...issues.flatMap((issue) => issue.members.map((member) => member.id)), ...demand.namedMembers]);
  const named = members.filter((member) => demand.namedMembers.includes(member.id));
  const units = [...new Map(issues.filter((issue) => issue.unit).map((issue) => [unitKey(issue.unit), issue.unit])).values()].sort(compareNatural);
  const lines = [
    `# ${inline(demand.title || `Demands of the ${place.kind === 'building' ? 'tenants' : 'workers'} of ${place.name}`)}`,
    '',
    `${inline(chapter)} · ${longDate(localDay(context.now()))}`,
    '',
  ];
  if (target) {
    lines.push(`**To:** ${inline([target.name, target.organization].filter(Boolean).join(', '))}${target.address ? ` — ${inline(target.address)}` : ''}`, '');
  }
  lines.push(`**About:** ${inline([place.name, place.address].filter(Boolean).join(', '))}`, '');
  if (demand.body.trim()) lines.push(demand.body.trim(), '');
  if (issues.length) {
    lines.push('## The issues', '');
    for (const [category, group] of groupBy(issues, (issue) => issue.category)) lines.push(`- ${issueLine(category, group, total)}`);
    lines.push('');
    lines.push(`**Units affected:** ${units.length ? inline(units.join(', ')) : 'the whole building'}`, '');
  }
  lines.push(`**Backed by ${backers.size} member${backers.size === 1 ? '' : 's'} of ${inline(chapter)}.**`, '');
  lines.push(
    named.length
      ? `Signed: ${named.map((member) => inline(member.name + (member.unit ? ` (${member.unit})` : ''))).join(', ')}`
      : `— The ${place.kind === 'building' ? 'tenants' : 'workers'} of ${inline(place.name)}, with ${inline(chapter)}`,
  );
  return `${lines.join('\n')}\n`;
}

function fileSlug(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'demand';
}

/** The letter as a PDF; `sent` keeps a dated copy of exactly this letter in the vault. */
export async function demandPdf(context: VaultContext, id: string, sent: boolean): Promise<{ fileName: string; pdf: Uint8Array }> {
  const demand = getDemand(context, id);
  const place = getPlace(context, demand.placeId);
  const letter = demandLetter(context, id);
  if (sent && letter.length > 50_000) throw new UserError('INVALID_INPUT', 'The letter is too long to keep a copy of; shorten it first.');
  const chapter = chapterName(context);
  const day = localDay(context.now());
  const writer = new PdfWriter({ title: `${chapter} — Demand: ${place.name}`, footer: `${chapter} · ${longDate(day)}`, now: context.now() });
  notes(writer, letter);
  const pdf = await writer.finish();
  if (sent) context.db.transaction(() => createSynced(context, demandCopyKind, { demand_id: id, sent_on: day, letter }))();
  return { fileName: `demand-${fileSlug(place.name)}-${day}.pdf`, pdf };
}

