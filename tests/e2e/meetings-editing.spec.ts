/**
 * Meetings: changing what was already entered, through the UI and the keyboard. A meeting's
 * details, deleting a draft, renaming and removing agenda items (with the focus landing on a
 * neighbour), a pending motion's wording, mover and seconder, action items on the meeting screen
 * and in the open action items tab, and deleting a meeting type; approved minutes offer none of it.
 *
 * With MEETINGS_SHOTS=DIR set, each editing state is photographed to DIR.
 */
import type { Page } from '@playwright/test';
import type { ChapterService } from '../../src/main/service';
import type { MeetingDetail } from '../../src/shared/meetings';
import { createVaultThroughUi, expect, test } from './harness';
import { agendaItem, openMeeting, openMeetings, shot } from './meetings-screen';
import { call } from './service-helpers';

/** A vault in the UI with three members; returns their ids and the executive board's type id. */
async function setUp(app: Page, service: ChapterService): Promise<{ typeId: string; people: string[] }> {
  await createVaultThroughUi(app);
  const people: string[] = [];
  for (const [first, last] of [
    ['Ana', 'Okafor'],
    ['Luis', 'Chen'],
    ['Fatima', 'Haddad'],
  ]) {
    people.push((await call(service, 'roll:add', { fields: { first_name: first!, last_name: last!, dues_paid_through: '2099-12-31' } })).id);
  }
  const types = await call(service, 'meetings:types', {});
  const board = types.find((type) => type.quorum.kind === 'count' && type.quorum.count === 3) ?? types[0]!;
  return { typeId: board.id, people };
}

async function meetingWith(service: ChapterService, typeId: string, title: string, startsAt: string, people: string[]): Promise<MeetingDetail> {
  let detail = await call(service, 'meetings:create', { typeId, title, startsAt, place: 'Community room' });
  for (const memberId of people) detail = await call(service, 'meetings:checkIn', { meetingId: detail.meeting.id, memberId });
  return detail;
}

/** `earlier` circulated and approved by a carried motion at `later`. */
async function approve(service: ChapterService, earlier: MeetingDetail, later: MeetingDetail): Promise<void> {
  await call(service, 'meetings:circulate', { id: earlier.meeting.id });
  const item = later.agenda.find((entry) => entry.refMeetingId === earlier.meeting.id) ?? later.agenda[0]!;
  const detail = await call(service, 'meetings:addMotion', { meetingId: later.meeting.id, agendaItemId: item.id, text: 'To approve the minutes.', approvesMeetingId: earlier.meeting.id });
  await call(service, 'meetings:recordVote', { motionId: detail.motions.at(-1)!.id, method: 'hands', for: 2 });
}

test('a meeting’s details are edited in a dialog, a draft is deleted after a confirm naming it; approved minutes offer neither', async ({ app, service }) => {
  const { typeId, people } = await setUp(app, service);
  const may = await meetingWith(service, typeId, 'May board meeting', '2026-05-10T19:00', people.slice(0, 2));
  const june = await meetingWith(service, typeId, 'June board meeting', '2026-06-14T19:00', people.slice(0, 2));
  await approve(service, may, june);
  await call(service, 'meetings:create', { typeId, title: 'Budget committee', startsAt: '2026-07-01T18:00' });
  await openMeetings(app);

  // The details dialog: every field filled in from the meeting, focus on its first field.
  await openMeeting(app, 'June board meeting');
  const edit = app.getByRole('button', { name: 'Edit details' });
  await edit.focus();
  await app.keyboard.press('Enter');
  const dialog = app.getByRole('dialog', { name: 'Meeting details' });
  await expect(dialog.getByLabel('Type')).toBeFocused();
  await expect(dialog.getByLabel('Title')).toHaveValue('June board meeting');
  await expect(dialog.getByLabel('Date and time')).toHaveValue('2026-06-14T19:00');
  await expect(dialog.getByLabel('Place')).toHaveValue('Community room');
  await dialog.getByLabel('Title').fill('Emergency board meeting');
  await dialog.getByLabel('Date and time').fill('2026-06-15T20:30');
  await dialog.getByLabel('Place').fill('Maple Court lobby');
  await dialog.getByLabel('Chair').fill('Ana Okafor');
  await dialog.getByLabel('Secretary').fill('Luis Chen');
  await shot(app, 'editing', 'details-dialog');
  // An empty title is not offered for saving.
  await dialog.getByLabel('Title').fill('  ');
  await expect(dialog.getByRole('button', { name: 'Save details' })).toBeDisabled();
  await dialog.getByLabel('Title').fill('Emergency board meeting');
  await dialog.getByLabel('Title').press('Enter');
  await expect(dialog).toBeHidden();
  await expect(app.getByRole('heading', { name: 'Emergency board meeting', level: 1 })).toBeVisible();
  await expect(app.locator('.mtg-screen-sub')).toContainText('Maple Court lobby');
  await expect(app.locator('.mtg-screen-sub')).toContainText('Chair: Ana Okafor');
  await expect(app.locator('.mtg-screen-sub')).toContainText('Secretary: Luis Chen');
  await expect(app.getByRole('status').filter({ hasText: 'Meeting details saved.' })).toBeVisible();
  await expect(edit).toBeFocused();
  const stored = await call(service, 'meetings:get', { id: june.meeting.id });
  expect(stored.meeting).toMatchObject({ title: 'Emergency board meeting', date: '2026-06-15T20:30', place: 'Maple Court lobby', chair: 'Ana Okafor', secretary: 'Luis Chen' });

  // Esc leaves the dialog without a change.
  await edit.click();
  await app.getByRole('dialog', { name: 'Meeting details' }).getByLabel('Title').fill('Not this');
  await app.keyboard.press('Escape');
  await expect(app.getByRole('heading', { name: 'Emergency board meeting', level: 1 })).toBeVisible();
  expect((await call(service, 'meetings:get', { id: june.meeting.id })).meeting.title).toBe('Emergency board meeting');

  // Approved minutes: no edit control, no delete.
  await app.locator('.mtg-back').click();
  await openMeeting(app, 'May board meeting');
  await expect(app.getByRole('note', { name: 'Approved minutes' })).toBeVisible();
  await expect(app.getByRole('button', { name: 'Edit details' })).toHaveCount(0);
  await expect(app.getByRole('button', { name: 'Delete draft' })).toHaveCount(0);
  await app.locator('.mtg-back').click();

  // Deleting a draft: the dialog names it; Cancel (which has focus) keeps it.
  await openMeeting(app, 'Budget committee');
  await app.getByRole('button', { name: 'Delete draft' }).click();
  const confirm = app.getByRole('dialog', { name: 'Delete “Budget committee”?' });
  await expect(confirm).toContainText('This can\'t be undone.');
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await shot(app, 'editing', 'delete-meeting');
  await app.keyboard.press('Enter');
  await expect(confirm).toBeHidden();
  await expect(app.getByRole('button', { name: 'Delete draft' })).toBeFocused();
  await app.keyboard.press('Enter');
  await confirm.getByRole('button', { name: 'Delete meeting' }).click();
  await expect(app.getByRole('heading', { name: 'Meetings', level: 1 })).toBeFocused();
  await expect(app.getByRole('status').filter({ hasText: 'Deleted “Budget committee”.' })).toBeVisible();
  await expect(app.getByRole('table', { name: 'Meetings' }).getByRole('button', { name: 'Budget committee' })).toHaveCount(0);
  expect((await call(service, 'meetings:list', {})).map((meeting) => meeting.title)).not.toContain('Budget committee');
});

test('agenda items are renamed in place; removing one moves focus to its neighbour, and asks first when there is something to lose', async ({ app, service }) => {
  const { people } = await setUp(app, service);
  const [type] = (await call(service, 'meetings:saveType', { name: 'Building assembly', quorum: { kind: 'count', count: 1 }, agenda: ['Welcome'] })).filter(
    (entry) => entry.name === 'Building assembly',
  );
  let detail = await meetingWith(service, type!.id, 'Maple Court assembly', '2026-06-20T18:00', people.slice(0, 2));
  for (const title of ['Repairs', 'Heating', 'Laundry room', 'Elevator']) detail = await call(service, 'meetings:addAgendaItem', { meetingId: detail.meeting.id, title });
  const item = (title: string) => detail.agenda.find((entry) => entry.title === title)!;
  await call(service, 'meetings:saveNotes', { agendaItemId: item('Heating').id, notes: 'Boiler out since Monday.' });
  await call(service, 'meetings:addMotion', { meetingId: detail.meeting.id, agendaItemId: item('Laundry room').id, text: 'To ask for two more machines.' });
  await openMeetings(app);
  await openMeeting(app, 'Maple Court assembly');

  // Rename with the keyboard: the title is selected in a text box; Enter saves, focus back on Rename.
  const rename = app.getByRole('button', { name: 'Rename Repairs' });
  await rename.focus();
  await app.keyboard.press('Enter');
  const box = app.getByRole('textbox', { name: 'Title of the agenda item' });
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('Repairs');
  await app.keyboard.type('Repairs and mould');
  await shot(app, 'editing', 'rename-item');
  await app.keyboard.press('Enter');
  await expect(agendaItem(app, 'Repairs and mould')).toBeVisible();
  await expect(app.getByRole('button', { name: 'Rename Repairs and mould' })).toBeFocused();
  expect((await call(service, 'meetings:get', { id: detail.meeting.id })).agenda.map((entry) => entry.title)).toContain('Repairs and mould');
  // Esc leaves the title as it was.
  await app.keyboard.press('Enter');
  await app.keyboard.type('Something else');
  await app.keyboard.press('Escape');
  await expect(agendaItem(app, 'Repairs and mould')).toBeVisible();
  await expect(app.getByRole('button', { name: 'Rename Repairs and mould' })).toBeFocused();

  // An item with nothing in it goes at once; the next item takes focus.
  await app.getByRole('button', { name: 'Remove Repairs and mould' }).click();
  await expect(agendaItem(app, 'Repairs and mould')).toHaveCount(0);
  await expect(app.getByRole('heading', { name: 'Heating', level: 3 })).toBeFocused();

  // An item with notes asks first, and Cancel keeps it.
  await app.getByRole('button', { name: 'Remove Heating' }).click();
  const ask = app.getByRole('dialog', { name: 'Remove “Heating”?' });
  await expect(ask).toContainText('Its notes are deleted with it.');
  await shot(app, 'editing', 'remove-item-notes');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(agendaItem(app, 'Heating')).toBeVisible();
  await expect(app.getByRole('button', { name: 'Remove Heating' })).toBeFocused();
  // Notes typed a moment ago count too: a new item, typed into, asks before it goes.
  await app.getByRole('textbox', { name: 'New agenda item' }).fill('Bike storage');
  await app.getByRole('button', { name: 'Add item' }).click();
  await agendaItem(app, 'Bike storage').getByRole('textbox', { name: 'Notes Bike storage' }).fill('Racks promised by June.');
  await app.getByRole('button', { name: 'Remove Bike storage' }).click();
  await expect(app.getByRole('dialog', { name: 'Remove “Bike storage”?' })).toBeVisible();
  await app.keyboard.press('Escape');
  await app.getByRole('button', { name: 'Remove Heating' }).click();
  await ask.getByRole('button', { name: 'Remove item' }).click();
  await expect(agendaItem(app, 'Heating')).toHaveCount(0);
  await expect(app.getByRole('heading', { name: 'Laundry room', level: 3 })).toBeFocused();

  // An item with a motion is part of the record: it stays, and can be tabled from the same dialog.
  await app.getByRole('button', { name: 'Remove Laundry room' }).click();
  const kept = app.getByRole('dialog', { name: '“Laundry room” stays on the agenda' });
  await expect(kept).toContainText('It has motions or action items');
  await shot(app, 'editing', 'remove-item-record');
  await kept.getByRole('button', { name: 'Table it' }).click();
  await expect(kept).toBeHidden();
  await expect(agendaItem(app, 'Laundry room')).toContainText('Tabled');
  await expect(app.getByRole('button', { name: 'Remove Laundry room' })).toBeFocused();

  // The last item gone: the one before it takes focus; with none left, "New agenda item" does.
  await app.getByRole('button', { name: 'Remove Bike storage' }).click();
  await app.getByRole('dialog', { name: 'Remove “Bike storage”?' }).getByRole('button', { name: 'Remove item' }).click();
  await expect(app.getByRole('heading', { name: 'Elevator', level: 3 })).toBeFocused();
  await app.getByRole('button', { name: 'Remove Elevator' }).click();
  await expect(app.getByRole('heading', { name: 'Laundry room', level: 3 })).toBeFocused();
  const lone = await call(service, 'meetings:create', { typeId: type!.id, title: 'Lone item', startsAt: '2026-01-05T18:00' });
  expect(lone.agenda.map((entry) => entry.title)).toEqual(['Welcome']);
  await app.locator('.mtg-back').click();
  await openMeeting(app, 'Lone item');
  await app.getByRole('button', { name: 'Remove Welcome' }).click();
  await expect(app.getByRole('textbox', { name: 'New agenda item' })).toBeFocused();
  await expect(app.getByText('No agenda items yet.')).toBeVisible();
});

test('a pending motion’s wording, mover and seconder can be changed, not once voted; action items are edited on the meeting and in the open action items tab', async ({ app, service }) => {
  const { typeId, people } = await setUp(app, service);
  const [ana, luis, fatima] = people as [string, string, string];
  const may = await meetingWith(service, typeId, 'May board meeting', '2026-05-10T19:00', [ana, luis]);
  await call(service, 'meetings:addAction', { meetingId: may.meeting.id, what: 'File the annual report', ownerName: 'Secretary' });
  let june = await meetingWith(service, typeId, 'June board meeting', '2026-06-14T19:00', [ana, luis, fatima]);
  await approve(service, may, june);
  const business = june.agenda.at(-1)!;
  june = await call(service, 'meetings:addMotion', { meetingId: june.meeting.id, agendaItemId: business.id, text: 'To hold a picnic in July.', moverId: ana, seconderId: luis });
  june = await call(service, 'meetings:addMotion', { meetingId: june.meeting.id, agendaItemId: business.id, text: 'To buy a new banner.', moverId: luis, seconderId: fatima });
  await call(service, 'meetings:recordVote', { motionId: june.motions.at(-1)!.id, method: 'voice', outcome: 'carried' });
  await call(service, 'meetings:addAction', { meetingId: june.meeting.id, agendaItemId: business.id, what: 'Book the park', ownerMemberId: fatima, due: '2026-06-30' });
  await openMeetings(app);
  await openMeeting(app, 'June board meeting');
  const item = agendaItem(app, business.title);

  // The pending motion: Edit opens its form filled in; saving shows the change and returns focus to Edit.
  const picnic = item.getByRole('article', { name: 'Motion' }).filter({ hasText: 'picnic' });
  await picnic.getByRole('button', { name: 'Edit' }).click();
  const form = picnic.getByRole('form', { name: 'Edit the motion' });
  await expect(form.getByLabel('Motion')).toBeFocused();
  await expect(form.getByLabel('Motion')).toHaveValue('To hold a picnic in July.');
  await expect(form.getByLabel('Moved by')).toHaveValue(ana);
  await form.getByLabel('Motion').fill('To hold a picnic on 12 July.');
  await form.getByLabel('Seconded by').selectOption({ label: 'Fatima Haddad' });
  await shot(app, 'editing', 'edit-motion');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(picnic).toContainText('To hold a picnic on 12 July.');
  await expect(picnic).toContainText('Moved by Ana Okafor · seconded by Fatima Haddad');
  await expect(picnic.getByRole('button', { name: 'Edit' })).toBeFocused();
  // Esc closes the form without saving.
  await app.keyboard.press('Enter');
  await form.getByLabel('Motion').fill('Never mind');
  await app.keyboard.press('Escape');
  await expect(picnic).toContainText('To hold a picnic on 12 July.');
  await expect(picnic.getByRole('button', { name: 'Edit' })).toBeFocused();
  // Mover and seconder are two people: the mover is not offered as seconder.
  await app.keyboard.press('Enter');
  await expect(form.getByLabel('Seconded by').locator(`option[value="${ana}"]`)).toBeDisabled();
  await form.getByRole('button', { name: 'Cancel' }).click();
  const stored = (await call(service, 'meetings:get', { id: june.meeting.id })).motions.find((motion) => motion.text.includes('picnic'))!;
  expect(stored).toMatchObject({ text: 'To hold a picnic on 12 July.', moverId: ana, seconderId: fatima, outcome: 'pending' });

  // Voted on: the motion stays as recorded, with no Edit.
  const banner = item.getByRole('article', { name: 'Motion' }).filter({ hasText: 'banner' });
  await expect(banner).toContainText('Carried');
  await expect(banner.getByRole('button', { name: 'Edit' })).toHaveCount(0);

  // An action item on the meeting screen: what, who (a name or office instead of a member) and due date.
  await item.getByRole('button', { name: 'Edit “Book the park”' }).click();
  const actionForm = item.getByRole('form', { name: 'Edit action item' });
  await expect(actionForm.getByLabel('What')).toBeFocused();
  await expect(actionForm.getByLabel('Who')).toHaveValue(fatima);
  await expect(actionForm.getByLabel('Due')).toHaveValue('2026-06-30');
  await actionForm.getByLabel('What').fill('Book the park pavilion');
  await actionForm.getByLabel('Who').selectOption({ label: 'Someone else…' });
  await actionForm.getByLabel('Name or office').fill('Events committee');
  await actionForm.getByLabel('Due').fill('2026-07-01');
  await shot(app, 'editing', 'edit-action');
  await actionForm.getByLabel('What').press('Enter');
  const actions = item.getByRole('list', { name: `Action items for ${business.title}` });
  await expect(actions).toContainText('Book the park pavilion');
  await expect(actions).toContainText('Events committee');
  await expect(app.getByRole('button', { name: 'Edit “Book the park pavilion”' })).toBeFocused();
  const action = (await call(service, 'meetings:get', { id: june.meeting.id })).actions.find((entry) => entry.what === 'Book the park pavilion')!;
  expect(action).toMatchObject({ ownerName: 'Events committee', due: '2026-07-01' });
  expect(action.ownerMemberId).toBeUndefined();

  // The open action items tab: the June item can be edited; May's minutes are approved, so its item only changes status.
  await app.locator('.mtg-back').click();
  await app.getByRole('tab', { name: 'Open action items' }).click();
  const table = app.getByRole('table', { name: 'Action items' });
  await expect(table.getByRole('row', { name: /File the annual report/ })).toBeVisible();
  await expect(table.getByRole('button', { name: 'Edit “File the annual report”' })).toHaveCount(0);
  await table.getByRole('button', { name: 'Edit “Book the park pavilion”' }).click();
  const tabForm = app.getByRole('form', { name: 'Edit action item' });
  await expect(tabForm.getByLabel('What')).toBeFocused();
  // Owners are offered from those at that meeting.
  await tabForm.getByLabel('Who').selectOption({ label: 'Luis Chen' });
  await tabForm.getByLabel('Due').fill('');
  await shot(app, 'editing', 'edit-action-tab');
  await tabForm.getByRole('button', { name: 'Save changes' }).click();
  await expect(tabForm).toBeHidden();
  const row = table.getByRole('row', { name: /Book the park pavilion/ });
  await expect(row).toContainText('Luis Chen');
  await expect(row.getByRole('cell').nth(2)).toHaveText('—');
  await expect(table.getByRole('button', { name: 'Edit “Book the park pavilion”' })).toBeFocused();
  const saved = (await call(service, 'meetings:actions', { status: 'open' })).find((entry) => entry.what === 'Book the park pavilion')!;
  expect(saved).toMatchObject({ ownerMemberId: luis, ownerName: 'Luis Chen' });
  expect(saved.due).toBeUndefined();
});

test('deleting a meeting type asks first, in its own row; Esc backs out, and a type in use is refused plainly', async ({ app, service }) => {
  const { typeId } = await setUp(app, service);
  await call(service, 'meetings:create', { typeId, title: 'Board', startsAt: '2026-06-01T19:00' });
  await openMeetings(app);
  await app.getByRole('button', { name: 'Meeting types' }).click();
  const dialog = app.getByRole('dialog', { name: 'Meeting types' });
  const list = dialog.getByRole('list', { name: 'Meeting types' });
  await expect(list.getByRole('listitem')).toHaveCount(3);

  await dialog.getByRole('button', { name: 'Delete Committee' }).click();
  const ask = dialog.getByRole('group', { name: /Delete the type “Committee”\?/ });
  await expect(ask.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await shot(app, 'editing', 'delete-type');
  await app.keyboard.press('Escape');
  await expect(dialog).toBeVisible();
  await expect(ask).toBeHidden();
  await expect(dialog.getByRole('button', { name: 'Delete Committee' })).toBeFocused();
  expect((await call(service, 'meetings:types', {})).map((type) => type.name)).toContain('Committee');

  // In use: refused with the reason, focus back on Delete.
  await dialog.getByRole('button', { name: 'Delete Executive board' }).click();
  await dialog.getByRole('button', { name: 'Delete type' }).click();
  await expect(dialog.getByRole('alert')).toContainText('"Executive board" is the type of 1 meeting, so it can\'t be deleted.');
  await expect(dialog.getByRole('button', { name: 'Delete Executive board' })).toBeFocused();

  await dialog.getByRole('button', { name: 'Delete Committee' }).click();
  await dialog.getByRole('button', { name: 'Delete type' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list).not.toContainText('Committee');
  // Committee was last: the type before it takes focus.
  await expect(dialog.getByRole('button', { name: 'Edit Executive board' })).toBeFocused();
  expect((await call(service, 'meetings:types', {})).map((type) => type.name)).not.toContain('Committee');
});

test('the command palette’s "New meeting" opens the dialog, even from an open meeting whose notes are being typed', async ({ app, service }) => {
  const { typeId } = await setUp(app, service);
  const detail = await call(service, 'meetings:create', { typeId, title: 'June board meeting', startsAt: '2026-06-14T19:00' });
  await openMeetings(app);
  await openMeeting(app, 'June board meeting');
  const first = detail.agenda[0]!;
  await app.getByRole('textbox', { name: `Notes ${first.title}` }).fill('Called to order at 19:04.');

  await app.keyboard.press('Control+k');
  await app.getByRole('dialog', { name: 'Command palette' }).getByRole('combobox', { name: 'Type a command' }).fill('new meeting');
  await app.keyboard.press('Enter');
  const dialog = app.getByRole('dialog', { name: 'New meeting' });
  await expect(dialog.getByLabel('Type')).toBeFocused();
  // The notes typed a moment before were saved on the way out of the meeting.
  expect((await call(service, 'meetings:get', { id: detail.meeting.id })).agenda[0]!.notes).toBe('Called to order at 19:04.');
  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(app.getByRole('button', { name: 'New meeting' })).toBeFocused();
  await expect(app.getByRole('table', { name: 'Meetings' })).toContainText('June board meeting');
});
