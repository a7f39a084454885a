/** `building list`, `issue add`, `issue list` and `issue update`, over the same places modules as the app. */
import { GRIEVANCE_STEPS, ISSUE_STATUSES, type GrievanceStep, type Issue, type IssueStatus } from '../../shared/places';
import { UserError } from '../../main/errors';
import { listPlaces } from '../../main/organizing/places/building-page';
import { addIssue, listIssues, setStatus, UnknownUnitError } from '../../main/organizing/places/issues';
import { placeByNameOrRefuse } from '../../main/organizing/places/places';
import type { RollContext } from '../../main/roll/context';
import { normalizeDate } from '../../main/roll/normalize';
import type { Command } from '../command';
import { UsageError } from '../errors';
import { count, printResult } from '../output';
import { rollContext } from './members';
import { withVault } from './vault';

function issueJson(issue: Issue) {
  return {
    id: issue.id,
    category: issue.category,
    building: issue.placeName,
    unit: issue.unit,
    status: issue.status,
    reported: issue.reported,
    members: issue.members.map((member) => member.id),
    kind: issue.kind,
    ...(issue.kind === 'grievance' ? { step: issue.step, deadline: issue.deadline, overdue: issue.overdue } : {}),
  };
}

function issueLine(issue: Issue): string {
  return [issue.id, issue.reported, issue.status.padEnd(11), issue.placeName, issue.unit || '(whole building)', issue.category].join('  ');
}

/** --date in any form the roll accepts, as YYYY-MM-DD. */
function dateOption(context: RollContext, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const date = normalizeDate(String(value), context.settings.dateOrder);
  if (!date) throw new UserError('INVALID_INPUT', `"${String(value)}" is not a date (use YYYY-MM-DD).`);
  return date;
}

function statusOption(value: unknown): IssueStatus | undefined {
  if (value === undefined) return undefined;
  const status = String(value).trim().toLowerCase().replace(/[\s_]+/g, '-');
  if (!(ISSUE_STATUSES as readonly string[]).includes(status)) throw new UsageError(`--status is ${ISSUE_STATUSES.join(', ')}.`);
  return status as IssueStatus;
}

const buildingList: Command = {
  name: 'building list',
  usage: 'building list VAULT',
  summary: 'buildings (or workplaces) with units, members and open issues',
  positionals: [1, 1],
  async run(context) {
    const places = await withVault(context, (vault) => listPlaces(rollContext(vault)));
    const json = places.map((place) => ({ id: place.id, name: place.name, units: place.units, members: place.members, open_issues: place.openIssues, kind: place.kind }));
    const lines = places.map((place) => `${place.id}  ${place.name}  ${count(place.units, 'unit')}, ${count(place.members, 'member')}, ${count(place.openIssues, 'open issue')}`);
    printResult(context.json, json, lines.length ? lines.join('\n') : 'No buildings or workplaces yet: they come from the building and workplace typed on members.');
  },
};

const issueAdd: Command = {
  name: 'issue add',
  usage: 'issue add VAULT --category C --building NAME [--unit U] [--add-unit] [--member ID]… [--date DATE] [--notes TEXT] [--article A] [--step S] [--deadline DATE]',
  summary: 'log a repair issue or grievance; prints its id',
  positionals: [1, 1],
  options: {
    category: { type: 'string' },
    building: { type: 'string' },
    unit: { type: 'string' },
    'add-unit': { type: 'boolean' },
    member: { type: 'string', multiple: true },
    date: { type: 'string' },
    notes: { type: 'string' },
    article: { type: 'string' },
    step: { type: 'string' },
    deadline: { type: 'string' },
  },
  required: ['category', 'building'],
  async run(context) {
    const { options } = context;
    const step = options.step === undefined ? undefined : String(options.step).toLowerCase().replace(/^(\d)$/, 'step-$1').replace(/^step\s*(\d)$/, 'step-$1');
    if (step !== undefined && !(GRIEVANCE_STEPS as readonly string[]).includes(step)) throw new UsageError(`--step is ${GRIEVANCE_STEPS.join(', ')}.`);
    const issue = await withVault(context, (vault) => {
      const roll = rollContext(vault);
      const place = placeByNameOrRefuse(roll, String(options.building));
      try {
        return addIssue(roll, {
          placeId: place.id,
          category: String(options.category),
          unit: String(options.unit ?? ''),
          addUnit: options['add-unit'] === true,
          members: (options.member as string[] | undefined) ?? [],
          reported: dateOption(roll, options.date),
          notes: String(options.notes ?? ''),
          article: String(options.article ?? ''),
          step: step as GrievanceStep | undefined,
          deadline: dateOption(roll, options.deadline),
        });
      } catch (error) {
        if (error instanceof UnknownUnitError) {
          throw new UserError('INVALID_INPUT', `${error.place} has no unit "${error.unit}" on record; run again with --add-unit to add it, or leave out --unit for the whole building.`);
        }
        throw error;
      }
    });
    printResult(context.json, { id: issue.id }, issue.id);
  },
};

const issueList: Command = {
  name: 'issue list',
  usage: 'issue list VAULT [--building NAME] [--status S]',
  summary: 'issues, oldest first',
  positionals: [1, 1],
  options: { building: { type: 'string' }, status: { type: 'string' } },
  async run(context) {
    const status = statusOption(context.options.status);
    const issues = await withVault(context, (vault) => {
      const roll = rollContext(vault);
      const placeId = context.options.building === undefined ? undefined : placeByNameOrRefuse(roll, String(context.options.building)).id;
      return listIssues(roll, { placeId, status });
    });
    printResult(context.json, issues.map(issueJson), issues.length ? issues.map(issueLine).join('\n') : 'No issues.');
  },
};

const issueUpdate: Command = {
  name: 'issue update',
  usage: 'issue update VAULT ID --status open|reported|in-progress|fixed|dismissed [--date DATE] [--note TEXT]',
  summary: 'move an issue on, with its dated history',
  positionals: [2, 2],
  options: { status: { type: 'string' }, date: { type: 'string' }, note: { type: 'string' } },
  required: ['status'],
  async run(context) {
    const status = statusOption(context.options.status)!;
    const issue = await withVault(context, (vault) => {
      const roll = rollContext(vault);
      return setStatus(roll, context.args[1]!, status, dateOption(roll, context.options.date), String(context.options.note ?? ''));
    });
    const history = issue.history.filter((event) => event.kind === 'status').map(({ value, date, note }) => ({ status: value, date, note }));
    printResult(context.json, { ...issueJson(issue), history }, `${issue.id} is ${issue.status} (since ${history.at(-1)?.date ?? issue.reported}).`);
  },
};

export const placeCommands: Command[] = [buildingList, issueAdd, issueList, issueUpdate];
