/**
 * The table's columns: which ones a chapter sees first (by its kind), which others it can add,
 * how wide each is, how it sorts and how a cell shows a member.
 */
import type { ReactNode } from 'react';
import type { CustomField, Member, SortField } from '../../../shared/roll';
import { i18n } from '../i18n';
import { FIELD_LABELS, formatCalendarDate, formatTimestamp, type ChapterKind } from './member-fields';
import { StandingBadge } from './standing-badge';
import { effectiveFloor } from '../../../shared/structure';

export interface Column {
  id: string;
  label: string;
  /** Narrowest it gets, in px; the table scrolls sideways rather than squeeze it further. */
  minWidth: number;
  /** Share of the spare width it takes (0: fixed at minWidth). */
  grow: number;
  sortField?: SortField;
  align?: 'end';
  cell(member: Member): ReactNode;
  /** The cell as plain text, for its tooltip when it is cut off. */
  text(member: Member): string;
}

const text = (value: string): ReactNode => value || null;

function textColumn(id: keyof typeof FIELD_LABELS & keyof Member, [minWidth, grow]: [number, number], sortField?: SortField): Column {
  return {
    id,
    // Read when drawn, so the header follows the language.
    get label() {
      return FIELD_LABELS[id];
    },
    minWidth,
    grow,
    ...(sortField ? { sortField } : {}),
    cell: (member) => text(String(member[id] ?? '')),
    text: (member) => String(member[id] ?? ''),
  };
}

function dateColumn(id: 'join_date' | 'dues_paid_through'): Column {
  return {
    id,
    get label() {
      return FIELD_LABELS[id];
    },
    minWidth: 110, grow: 0.8,
    sortField: id,
    cell: (member) => (member[id] ? formatCalendarDate(member[id]) : null),
    text: (member) => member[id],
  };
}

const nameColumn: Column = {
  id: 'name',
  get label() {
    return i18n.t('roll:columns.name');
  },
  minWidth: 200, grow: 1.8,
  sortField: 'name',
  // The roll sorts by last name; setting it in bold shows the order at a glance.
  cell: (member) => {
    const given = member.preferred_name || member.first_name;
    return (
      <>
        {given ? `${given} ` : ''}
        <strong className="roll-last-name">{member.last_name}</strong>
        {!given && !member.last_name ? <span className="roll-muted">{i18n.t('roll:unnamed')}</span> : null}
      </>
    );
  },
  text: (member) => [member.preferred_name || member.first_name, member.last_name].filter(Boolean).join(' '),
};

const standingColumn: Column = {
  id: 'standing',
  get label() {
    return i18n.t('roll:columns.standing');
  },
  minWidth: 110, grow: 0.8,
  // Standing follows from the paid-through date, so that is what orders it.
  sortField: 'dues_paid_through',
  cell: (member) => <StandingBadge standing={member.standing} />,
  text: (member) => member.standing,
};

const assessmentColumn: Column = {
  id: 'assessment',
  get label() {
    return FIELD_LABELS.assessment;
  },
  minWidth: 104, grow: 0,
  sortField: 'assessment',
  align: 'end',
  cell: (member) => (member.assessment === null ? null : <span className={`assessment-chip assessment-${member.assessment}`}>{member.assessment}</span>),
  text: (member) => (member.assessment === null ? '' : String(member.assessment)),
};

const lastContactColumn: Column = {
  id: 'last_contact',
  get label() {
    return i18n.t('roll:columns.lastContact');
  },
  minWidth: 120, grow: 0.8,
  sortField: 'last_contact',
  cell: (member) => (member.last_contact ? formatCalendarDate(member.last_contact) : <span className="roll-muted">{i18n.t('roll:columns.never')}</span>),
  text: (member) => member.last_contact ?? '',
};

const updatedColumn: Column = {
  id: 'updated_at',
  get label() {
    return i18n.t('roll:columns.updated');
  },
  minWidth: 150, grow: 1,
  sortField: 'updated_at',
  cell: (member) => formatTimestamp(member.updated_at),
  text: (member) => member.updated_at,
};

/** The floor the member is counted on: their override, else the one read from the unit. */
const floorColumn: Column = {
  id: 'floor',
  get label() {
    return FIELD_LABELS.floor;
  },
  minWidth: 64, grow: 0.4,
  sortField: 'floor',
  cell: (member) => text(effectiveFloor(member)),
  text: (member) => effectiveFloor(member),
};

const COLUMNS: Column[] = [
  nameColumn,
  textColumn('building', [130, 1.2], 'building'),
  textColumn('unit', [84, 0.5], 'unit'),
  floorColumn,
  textColumn('workplace', [130, 1.2], 'workplace'),
  textColumn('department', [110, 1], 'department'),
  textColumn('shift', [80, 0.6]),
  textColumn('phone', [144, 1]),
  textColumn('email', [160, 1.4]),
  textColumn('status', [170, 1.4], 'status'),
  standingColumn,
  assessmentColumn,
  textColumn('tags', [120, 1.2]),
  textColumn('languages', [110, 1]),
  textColumn('pronouns', [80, 0.6]),
  dateColumn('join_date'),
  dateColumn('dues_paid_through'),
  lastContactColumn,
  updatedColumn,
];

function customColumn(field: CustomField): Column {
  return {
    id: `custom.${field.key}`,
    label: field.label,
    minWidth: 110, grow: 1,
    cell: (member) => text(member.custom[field.key] ?? ''),
    text: (member) => member.custom[field.key] ?? '',
  };
}

export const DEFAULT_COLUMN_IDS: Record<ChapterKind, string[]> = {
  tenant: ['name', 'building', 'unit', 'floor', 'phone', 'status', 'standing', 'assessment'],
  workplace: ['name', 'workplace', 'department', 'shift', 'phone', 'status', 'standing', 'assessment'],
};

/** Every column the chooser offers, the chapter's own place columns first. */
export function availableColumns(kind: ChapterKind, customFields: readonly CustomField[]): Column[] {
  const defaults = DEFAULT_COLUMN_IDS[kind];
  const first = defaults.map((id) => COLUMNS.find((column) => column.id === id)!);
  const rest = COLUMNS.filter((column) => !defaults.includes(column.id));
  return [...first, ...rest, ...customFields.map(customColumn)];
}

/** The chosen columns in the chooser's order; Name is always there. */
export function visibleColumns(available: readonly Column[], chosen: readonly string[]): Column[] {
  return available.filter((column) => column.id === 'name' || chosen.includes(column.id));
}

export const CHECKBOX_COLUMN_WIDTH = 44;

/** The checkbox column, then each column's CSS grid track: the table lays each row out as a grid. */
export function gridTemplate(columns: readonly Column[]): string {
  const tracks = columns.map((column) => (column.grow > 0 ? `minmax(${column.minWidth}px, ${column.grow}fr)` : `${column.minWidth}px`));
  return [`${CHECKBOX_COLUMN_WIDTH}px`, ...tracks].join(' ');
}

/** Below this width the table scrolls sideways. */
export function minimumWidth(columns: readonly Column[]): number {
  return columns.reduce((sum, column) => sum + column.minWidth, CHECKBOX_COLUMN_WIDTH);
}
