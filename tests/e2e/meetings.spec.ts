/**
 * Meetings and minutes (issue #4), through the UI: a whole meeting run live (check-ins by typing
 * and Enter, a walk-in, a motion with a roll-call vote, an action item, approving the last
 * meeting's minutes, the PDF), notes that survive a lock and a reload, and hostile minutes that
 * stay text.
 *
 * With MEETINGS_SHOTS=DIR set, screenshots of the list and the live screen go to DIR.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { extractText } from 'unpdf';
import type { ChapterService } from '../../src/main/service';
import type { MeetingDetail } from '../../src/shared/meetings';
import { dispatch } from '../../src/main/dispatch';
import { createVaultThroughUi, expect, expectLocked, RIVERSIDE, test, unlockThroughUi } from './harness';
import { agendaItem, checkIn, openMeeting, openMeetings, shot } from './meetings-screen';
import { call } from './service-helpers';

const PEOPLE = [
  ['Ana', 'Okafor'],
  ['Luis', 'Chen'],
  ['Fatima', 'Haddad'],
  ['Wei', 'Kowalski'],
  ['Olga', 'Mensah'],
] as const;

/** A vault in the UI with five members in good standing; returns the executive board's type id (quorum: 3). */
async function openWithMembers(app: Page, service: ChapterService): Promise<string> {
  await createVaultThroughUi(app);
  for (const [first, last] of PEOPLE) {
    await call(service, 'roll:add', { fields: { first_name: first, last_name: last, dues_paid_through: '2099-12-31', building: 'Maple Court' } });
  }
  const types = await call(service, 'meetings:types', {});
  const board = types.find((type) => type.quorum.kind === 'count' && type.quorum.count === 3) ?? types[0]!;
  return board.id;
}

/** Last month's meeting, circulated, with an action item still open: the one tonight approves. */
async function circulatedOctober(service: ChapterService, typeId: string): Promise<MeetingDetail> {
  const earlier = await call(service, 'meetings:create', { typeId, title: 'October board meeting', startsAt: '2026-10-08T19:00', place: 'Community room' });
  await call(service, 'meetings:addAction', { meetingId: earlier.meeting.id, what: 'Call the housing inspector', ownerName: 'Treasurer' });
  await call(service, 'meetings:circulate', { id: earlier.meeting.id });
  return earlier;
}

const NOVEMBER = { title: 'November board meeting', startsAt: '2026-11-12T19:00', place: 'Maple Court laundry room', chair: 'Ana Okafor' };

test('a new meeting is set up in the dialog, and its agenda brings the minutes to approve and their open action item', async ({ app, service }) => {
  const typeId = await openWithMembers(app, service);
  await circulatedOctober(service, typeId);

  await openMeetings(app);
  const list = app.getByRole('table', { name: 'Meetings' });
  await expect(list.getByRole('row', { name: /October board meeting/ })).toContainText('Circulated');
  await shot(app, 'meetings', 'list');

  await app.getByRole('button', { name: 'New meeting' }).click();
  const dialog = app.getByRole('dialog', { name: 'New meeting' });
  await dialog.getByLabel('Type').selectOption(typeId);
  await dialog.getByLabel('Title').fill(NOVEMBER.title);
  await dialog.getByLabel('Date and time').fill(NOVEMBER.startsAt);
  await dialog.getByLabel('Place').fill(NOVEMBER.place);
  await dialog.getByLabel('Chair').fill(NOVEMBER.chair);
  await dialog.getByRole('button', { name: 'Create meeting' }).click();
  await expect(app.getByRole('heading', { name: NOVEMBER.title, level: 1 })).toBeFocused();
  await expect(app.getByText('Draft', { exact: true })).toBeVisible();

  await expect(agendaItem(app, /^Approval of the minutes of/)).toBeVisible();
  await expect(app.locator('li.mtg-item').filter({ hasText: 'Call the housing inspector' }).first()).toBeVisible();
});

test('attendance: a few letters and Enter check members in, quorum follows live, and a walk-in joins the roll as a prospect', async ({ app, service }) => {
  const typeId = await openWithMembers(app, service);
  await call(service, 'meetings:create', { typeId, ...NOVEMBER });
  await openMeetings(app);
  await openMeeting(app, NOVEMBER.title);

  // Attendance: a few letters and Enter; quorum (3) follows live.
  const quorum = app.getByTestId('quorum');
  await expect(quorum).toContainText('No quorum yet');
  await expect(quorum).toContainText('0 present of 3 needed');
  await checkIn(app, 'okaf', 'Ana Okafor');
  await checkIn(app, 'chen', 'Luis Chen');
  // Someone already here is not offered again: "a" now finds Fatima first, not Ana.
  await checkIn(app, 'hadd', 'Fatima Haddad');
  await expect(quorum).toContainText('Quorum met');
  await expect(quorum).toContainText('3 present of 3 needed');

  await app.getByRole('button', { name: 'Walk-in' }).click();
  const walkIn = app.getByRole('form', { name: 'Walk-in' });
  await walkIn.getByLabel('First name').fill('Grace');
  await walkIn.getByLabel('Last name').fill('Walker');
  await walkIn.getByLabel('Phone').fill('(212) 555-0199');
  await walkIn.getByRole('button', { name: 'Add and check in' }).click();
  const present = app.getByRole('list', { name: /^Present/ });
  await expect(present.getByRole('listitem')).toHaveCount(4);
  await expect(present).toContainText('Grace Walker');
  // A walk-in is a prospect: listed as present, not counted towards quorum, and the box says why.
  await expect(quorum).toContainText('3 present of 3 needed');
  await expect(quorum).toContainText('1 present is not counted towards quorum: Grace Walker (prospect, not a member)');
  // The walk-in is on the roll now, as a prospect.
  const grace = (await call(service, 'roll:list', { search: 'Grace Walker' })).rows[0];
  expect(grace?.status).toBe('prospect');

});

test('a live meeting: notes, a motion voted by roll call, an action item, approving the last minutes, the PDF, then the list, the search and the member’s record', async ({ app, service }) => {
  const typeId = await openWithMembers(app, service);
  const earlier = await circulatedOctober(service, typeId);
  const november = await call(service, 'meetings:create', { typeId, ...NOVEMBER });
  const members = (await call(service, 'roll:list', {})).rows;
  for (const name of ['Ana Okafor', 'Luis Chen', 'Fatima Haddad']) {
    const member = members.find((row) => `${row.first_name} ${row.last_name}` === name)!;
    await call(service, 'meetings:checkIn', { meetingId: november.meeting.id, memberId: member.id });
  }
  await call(service, 'meetings:walkIn', { meetingId: november.meeting.id, firstName: 'Grace', lastName: 'Walker', phone: '(212) 555-0199' });
  await openMeetings(app);
  const list = app.getByRole('table', { name: 'Meetings' });
  await openMeeting(app, NOVEMBER.title);

  // A new agenda item with notes, a motion voted by roll call, and an action item.
  await app.getByRole('textbox', { name: 'New agenda item' }).fill('Rent strike');
  await app.getByRole('button', { name: 'Add item' }).click();
  const strike = agendaItem(app, 'Rent strike');
  await strike.getByRole('textbox', { name: 'Notes Rent strike' }).fill('Discussed the **strike** at Maple Court.\n- 40 units ready');
  await expect(strike.getByTestId('notes-save-state')).toHaveText('Saved');

  await strike.getByRole('button', { name: 'Add motion under Rent strike' }).click();
  const motionForm = strike.getByRole('form', { name: 'Add motion' });
  await motionForm.getByLabel('Motion').fill('To start a rent strike on 1 December.');
  await motionForm.getByLabel('Moved by').selectOption({ label: 'Ana Okafor' });
  await motionForm.getByLabel('Seconded by').selectOption({ label: 'Luis Chen' });
  await motionForm.getByRole('button', { name: 'Add motion' }).click();
  const motion = strike.getByRole('article', { name: 'Motion' });
  await expect(motion).toContainText('Moved by Ana Okafor · seconded by Luis Chen');
  await expect(motion).toContainText('Pending');

  await motion.getByRole('button', { name: 'Record vote' }).click();
  const vote = app.getByRole('dialog', { name: 'Record the vote' });
  await vote.getByRole('radio', { name: 'Roll call' }).check();
  for (const [name, choice] of [
    ['Ana Okafor', 'For'],
    ['Luis Chen', 'For'],
    ['Fatima Haddad', 'Against'],
    ['Grace Walker', 'Abstain'],
  ] as const) {
    await vote.getByRole('group', { name }).getByRole('radio', { name: choice }).check();
  }
  await expect(vote.getByRole('status')).toHaveText('2 for, 1 against, 1 abstaining → Carried');
  await shot(app, 'meetings', 'roll-call');
  await vote.getByRole('button', { name: 'Record vote' }).click();
  await expect(vote).toBeHidden();
  // The button that opened the dialog is gone with the vote recorded: the motion takes focus.
  await expect(motion).toBeFocused();
  await expect(motion).toContainText('Carried');
  await expect(motion).toContainText('Roll call: 2 for, 1 against, 1 abstaining');
  await expect(motion).toContainText('3 present, quorum met');

  await strike.getByRole('button', { name: 'Add action item to Rent strike' }).click();
  const actionForm = strike.getByRole('form', { name: 'Add action item' });
  await actionForm.getByLabel('What').fill('Print flyers for the strike');
  // Nobody is made responsible by default.
  await expect(actionForm.getByLabel('Who')).toHaveValue('');
  await actionForm.getByLabel('Who').selectOption({ label: 'Fatima Haddad' });
  await actionForm.getByLabel('Due').fill('2026-12-05');
  await actionForm.getByRole('button', { name: 'Add action item' }).click();
  await expect(strike.getByRole('list', { name: 'Action items for Rent strike' })).toContainText('Print flyers for the strike');
  await expect(strike.getByRole('list', { name: 'Action items for Rent strike' })).toContainText('Fatima Haddad');

  // Approving October's minutes: the motion's wording is ready; it carries on a show of hands.
  const approval = agendaItem(app, /^Approval of the minutes of/);
  const approvalTitle = (await approval.getByRole('heading', { level: 3 }).textContent()) ?? '';
  await approval.getByRole('button', { name: `Add motion under ${approvalTitle}` }).click();
  const approvalForm = approval.getByRole('form', { name: 'Add motion' });
  await expect(approvalForm.getByLabel('Motion')).toHaveValue(/^To approve the minutes of October board meeting/);
  await approvalForm.getByLabel('Moved by').selectOption({ label: 'Luis Chen' });
  await approvalForm.getByLabel('Seconded by').selectOption({ label: 'Fatima Haddad' });
  await approvalForm.getByRole('button', { name: 'Add motion' }).click();
  await approval.getByRole('button', { name: 'Record vote' }).click();
  await vote.getByRole('radio', { name: 'Show of hands' }).check();
  await vote.getByLabel('For', { exact: true }).fill('4');
  await vote.getByRole('button', { name: 'Record vote' }).click();
  await expect(approval.getByRole('article', { name: 'Motion' })).toContainText('Carried');
  await strike.getByRole('button', { name: 'Preview' }).click();
  await strike.scrollIntoViewIfNeeded();
  await shot(app, 'meetings', 'live-item');
  await app.getByRole('heading', { name: 'November board meeting', level: 1 }).scrollIntoViewIfNeeded();
  await shot(app, 'meetings', 'live');

  // The PDF of tonight's minutes.
  await app.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([app.waitForEvent('download'), app.getByRole('button', { name: 'Minutes as PDF' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const pdf = new Uint8Array(readFileSync(await download.path()));
  const { text } = await extractText(pdf, { mergePages: true });
  const flat = text.replace(/\s+/g, ' ');
  expect(flat).toContain(RIVERSIDE.chapterName);
  expect(flat).toContain('November board meeting');
  expect(flat).toContain('To start a rent strike on 1 December.');
  expect(flat).toMatch(/Carried/i);
  expect(flat).toContain('Print flyers for the strike');
  expect(flat).toMatch(/quorum/i);
  expect(flat).toContain('strike at Maple Court');

  // October's minutes are approved now: the screen says so and offers corrections only.
  await app.getByRole('navigation', { name: 'Minutes to approve' }).getByRole('button', { name: /October board meeting/ }).click();
  await expect(app.getByRole('heading', { name: 'October board meeting', level: 1 })).toBeVisible();
  const banner = app.getByRole('note', { name: 'Approved minutes' });
  await expect(banner).toContainText(`by ${RIVERSIDE.officerName}`);
  await expect(banner).toContainText("These minutes can't be edited — add a correction instead.");
  await expect(app.getByText('Approved', { exact: true })).toBeVisible();
  await expect(app.getByRole('combobox', { name: 'Check in' })).toHaveCount(0);
  await expect(app.getByRole('textbox', { name: /^Notes/ })).toHaveCount(0);
  await expect(app.getByRole('button', { name: /^Add motion/ })).toHaveCount(0);
  await expect(app.getByRole('button', { name: 'Circulate minutes' })).toHaveCount(0);
  await banner.getByRole('button', { name: 'Check signature' }).click();
  await expect(banner.locator('.mtg-check-ok')).toBeVisible();

  // An edit that reaches the service anyway is refused in one plain sentence.
  const item = (await call(service, 'meetings:get', { id: earlier.meeting.id })).agenda[0]!;
  const refused = await dispatch(service, 'meetings:saveNotes', { agendaItemId: item.id, notes: 'rewriting history' });
  expect(refused.ok).toBe(false);
  if (!refused.ok) expect(refused.error.message).toMatch(/approved .* can't be edited/);

  const correction = app.getByRole('form', { name: 'Add correction' });
  await correction.getByLabel('Correction').fill('The inspector was called on 9 October, not 10 October.');
  await correction.getByRole('button', { name: 'Add correction' }).click();
  await expect(app.getByRole('region', { name: 'Corrections' })).toContainText('The inspector was called on 9 October');
  await shot(app, 'meetings', 'approved-end');
  await app.getByRole('heading', { name: 'October board meeting', level: 1 }).scrollIntoViewIfNeeded();
  await shot(app, 'meetings', 'approved');

  // Back in the list: both meetings with their states; the open action items across meetings.
  await app.getByRole('button', { name: '← Meetings' }).click();
  await expect(list.getByRole('row', { name: /October board meeting/ })).toContainText('Approved');
  await expect(list.getByRole('row', { name: /November board meeting/ })).toContainText('Draft');
  await app.getByRole('tab', { name: 'Open action items' }).click();
  const actions = app.getByRole('table', { name: 'Action items' });
  await expect(actions).toContainText('Print flyers for the strike');
  await expect(actions).toContainText('Call the housing inspector');

  // Search across all minutes: a hit opens its meeting at its agenda item.
  await app.getByRole('tab', { name: 'Meetings' }).click();
  await app.getByRole('searchbox', { name: 'Search all minutes' }).fill('Maple');
  const hits = app.getByRole('list', { name: 'Search results' });
  await expect(hits.getByRole('button', { name: /November board meeting/ }).first()).toContainText('Rent strike');
  await hits.getByRole('button', { name: /November board meeting/ }).first().click();
  await expect(app.getByRole('heading', { name: 'Rent strike', level: 3 })).toBeFocused();

  // The member's page knows what they did at meetings.
  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Roll' }).click();
  await app.getByRole('grid', { name: 'Members' }).getByRole('row', { name: /Ana Okafor/ }).click();
  const record = app.getByRole('complementary', { name: 'Ana Okafor' }).getByRole('region', { name: 'Meetings' });
  await expect(record).toContainText('Attended 1 meeting');
  await expect(record.getByRole('list', { name: 'Motions' })).toContainText('Moved “To start a rent strike on 1 December.”');
});

test('agenda items move with Alt+arrows, and focus stays where the secretary was typing', async ({ app, service }) => {
  const typeId = await openWithMembers(app, service);
  const created = await call(service, 'meetings:create', { typeId, title: 'Tenant assembly', startsAt: '2026-11-22T18:00' });
  await call(service, 'meetings:addAgendaItem', { meetingId: created.meeting.id, title: 'Repairs' });
  await call(service, 'meetings:addAgendaItem', { meetingId: created.meeting.id, title: 'Heating' });
  await openMeetings(app);
  await app.getByRole('button', { name: 'Tenant assembly' }).click();
  const titles = app.locator('li.mtg-item h3');
  const count = await titles.count();
  await expect(titles.nth(count - 1)).toHaveText('Heating');

  const notes = agendaItem(app, 'Heating').getByRole('textbox', { name: 'Notes Heating' });
  await notes.click();
  await app.keyboard.press('Alt+ArrowUp');
  await expect(titles.nth(count - 2)).toHaveText('Heating');
  await expect(titles.nth(count - 1)).toHaveText('Repairs');
  await expect(notes).toBeFocused();
  await app.keyboard.press('Alt+ArrowDown');
  await expect(titles.nth(count - 1)).toHaveText('Heating');
  await expect(notes).toBeFocused();
  const stored = await call(service, 'meetings:get', { id: created.meeting.id });
  expect(stored.agenda.map((item) => item.title).slice(-2)).toEqual(['Repairs', 'Heating']);

  // The arrow buttons say what they move, and the first item cannot go further up.
  await expect(app.getByRole('button', { name: `Move ${(await titles.first().textContent()) ?? ''} up` })).toBeDisabled();
  await app.getByRole('button', { name: 'Move Heating up' }).click();
  await expect(titles.nth(count - 2)).toHaveText('Heating');
  await expect(app.getByRole('button', { name: 'Move Heating up' })).toBeFocused();
});

test('notes typed just before locking, and before a reload, are still there', async ({ app, service }) => {
  const typeId = await openWithMembers(app, service);
  const created = await call(service, 'meetings:create', { typeId, title: 'Emergency meeting', startsAt: '2026-11-20T18:30' });
  await call(service, 'meetings:addAgendaItem', { meetingId: created.meeting.id, title: 'Eviction at 4B' });

  await openMeetings(app);
  await app.getByRole('button', { name: 'Emergency meeting' }).click();
  const notes = agendaItem(app, 'Eviction at 4B').getByRole('textbox', { name: 'Notes Eviction at 4B' });
  await notes.click();
  await app.keyboard.type('Landlord served notice on Monday.');
  // Lock at once, before the autosave's pause has passed.
  await app.keyboard.press('Control+l');
  await expectLocked(app);
  await unlockThroughUi(app, RIVERSIDE.passphrase);
  await openMeetings(app);
  await app.getByRole('button', { name: 'Emergency meeting' }).click();
  await expect(notes).toHaveValue('Landlord served notice on Monday.');

  await notes.press('End');
  await app.keyboard.type(' Tenants meet Thursday.');
  await expect(agendaItem(app, 'Eviction at 4B').getByTestId('notes-save-state')).toHaveText('Saved');
  await app.reload();
  const unlock = app.getByRole('heading', { name: 'Unlock your vault' });
  if (await unlock.isVisible()) await unlockThroughUi(app, RIVERSIDE.passphrase);
  await openMeetings(app);
  await app.getByRole('button', { name: 'Emergency meeting' }).click();
  await expect(notes).toHaveValue('Landlord served notice on Monday. Tenants meet Thursday.');
  const stored = await call(service, 'meetings:get', { id: created.meeting.id });
  expect(stored.agenda.find((item) => item.title === 'Eviction at 4B')?.notes).toBe('Landlord served notice on Monday. Tenants meet Thursday.');
});

const HOSTILE = [
  '<img src=x onerror=window.__xss=1>',
  '<script>window.__xss=1</script>',
  '[x](javascript:window.__xss=1)',
  '<svg onload=window.__xss=1>',
].join('\n\n');

test('script, event handlers and javascript: links in minutes and motions stay inert text', async ({ app, service }) => {
  const typeId = await openWithMembers(app, service);
  const created = await call(service, 'meetings:create', { typeId, title: 'Hostile minutes', startsAt: '2026-11-21T18:00' });
  const detail = await call(service, 'meetings:addAgendaItem', { meetingId: created.meeting.id, title: 'Imported item' });
  const itemId = detail.agenda.find((item) => item.title === 'Imported item')!.id;
  await call(service, 'meetings:addMotion', { meetingId: created.meeting.id, agendaItemId: itemId, text: HOSTILE });

  await openMeetings(app);
  await app.getByRole('button', { name: 'Hostile minutes' }).click();
  const item = agendaItem(app, 'Imported item');
  await item.getByRole('textbox', { name: 'Notes Imported item' }).fill(`${HOSTILE}\n\nSee [the union site](https://example.org/).`);
  await expect(item.getByTestId('notes-save-state')).toHaveText('Saved');
  await item.getByRole('button', { name: 'Preview' }).click();

  const preview = item.getByRole('region', { name: 'Minutes of Imported item' });
  await expect(preview).toContainText('<img src=x onerror=window.__xss=1>');
  await expect(preview).toContainText('<script>window.__xss=1</script>');
  await expect(preview).toContainText('<svg onload=window.__xss=1>');
  await expect(preview.locator('img, script, svg, iframe, [onerror], [onload], a[href]')).toHaveCount(0);
  // markdown-it refuses the javascript: target, so that "link" is only text; an ordinary link is inert.
  await preview.getByText('[x](javascript:window.__xss=1)').click();
  await preview.getByText('the union site', { exact: true }).click();
  await expect(preview.getByText('the union site', { exact: true })).toHaveAttribute('title', 'https://example.org/');

  const motion = item.getByRole('article', { name: 'Motion' });
  await expect(motion).toContainText('<img src=x onerror=window.__xss=1>');
  await expect(motion.locator('img, script, svg')).toHaveCount(0);

  // After a reload, the stored notes render the same way.
  await app.reload();
  const unlock = app.getByRole('heading', { name: 'Unlock your vault' });
  if (await unlock.isVisible()) await unlockThroughUi(app, RIVERSIDE.passphrase);
  await openMeetings(app);
  await app.getByRole('button', { name: 'Hostile minutes' }).click();
  await agendaItem(app, 'Imported item').getByRole('button', { name: 'Preview' }).click();
  await expect(agendaItem(app, 'Imported item').getByRole('region', { name: 'Minutes of Imported item' })).toContainText('<script>');
  expect(await app.evaluate(() => (globalThis as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(app.url()).toMatch(/index\.html$/);
});
