import { befriend, chooseImportFile, downloadedBytes, gotoOfficers, memberId, openVault, ANA, BO } from './officers-helpers';
import { addMembers, call } from './service-helpers';
import { expect, test } from './harness';

test('Ana sends Bo the approved May minutes; they arrive approved and verified', async ({ app: ana, service: anaService, openOfficer }) => {
  const bo = await openOfficer('bo');
  await Promise.all([openVault(anaService, ANA, ana), openVault(bo.service, BO, bo.page)]);
  await befriend(anaService, bo.service);
  // May's board meeting, circulated and approved by a carried motion in June.
  const may = await call(anaService, 'meetings:create', { typeId: 'board', title: 'May board meeting', startsAt: '2026-05-10T19:00', place: 'Community room' });
  await call(anaService, 'meetings:circulate', { id: may.meeting.id });
  const june = await call(anaService, 'meetings:create', { typeId: 'board', title: 'June board meeting', startsAt: '2026-06-14T19:00' });
  await addMembers(anaService, [{ first_name: 'Rosa', last_name: 'Parra' }]);
  await call(anaService, 'meetings:checkIn', { meetingId: june.meeting.id, memberId: await memberId(anaService, 'Rosa') });
  const item = june.agenda.find((entry) => entry.refMeetingId === may.meeting.id)!;
  const withMotion = await call(anaService, 'meetings:addMotion', { meetingId: june.meeting.id, agendaItemId: item.id, text: 'To approve the May minutes.', approvesMeetingId: may.meeting.id });
  await call(anaService, 'meetings:recordVote', { motionId: withMotion.motions[0]!.id, method: 'hands', for: 1 });

  await Promise.all([gotoOfficers(ana), gotoOfficers(bo.page)]);
  await ana.getByRole('button', { name: 'Send an export' }).click();
  const exportDialog = ana.getByRole('dialog', { name: 'Send an export' });
  await exportDialog.getByRole('checkbox', { name: /^Bo Li/ }).check();
  await exportDialog.getByRole('radio', { name: 'Minutes of meetings' }).check();
  const which = exportDialog.getByRole('list', { name: 'Which meetings' });
  await expect(exportDialog.getByRole('button', { name: 'Create export file' })).toBeDisabled();
  await which.getByRole('checkbox', { name: /May board meeting/ }).check();
  await ana.screenshot({ path: test.info().outputPath('export-minutes.png') });
  const downloading = ana.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Create export file' }).click();
  const download = await downloading;
  const done = ana.getByRole('dialog', { name: 'Export file created' });
  await expect(done.getByRole('status')).toHaveText(/the minutes of 1 meeting, for Bo Li\./);
  const file = { name: download.suggestedFilename(), buffer: await downloadedBytes(download) };
  await done.getByRole('button', { name: 'Done' }).click();

  const preview = await chooseImportFile(bo.page, file);
  await expect(preview).toContainText('holds the minutes of chosen meetings');
  await expect(preview.getByTestId('meeting-notes')).toContainText('Meetings: 1 new, 0 changed, 0 deleted, 0 conflicts.');
  await expect(preview).not.toContainText('Nothing in this file is new to you');
  await bo.page.screenshot({ path: test.info().outputPath('import-minutes-preview.png') });
  await preview.getByRole('button', { name: 'Apply' }).click();
  await bo.page.getByRole('dialog', { name: 'Imported from Ana Reyes' }).getByRole('button', { name: 'Done' }).click();

  await bo.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Meetings' }).click();
  const list = bo.page.getByRole('table', { name: 'Meetings' });
  await expect(list.getByRole('row', { name: /May board meeting/ })).toContainText('Approved');
  await expect(list.getByRole('row', { name: /June board meeting/ })).toHaveCount(0);
  expect(await call(bo.service, 'meetings:verify', { id: may.meeting.id })).toMatchObject({ ok: true });
});

test.describe('west of Greenwich', () => {
  test.use({ timezoneId: 'America/Los_Angeles' });

  test('the export dialog lists a meeting on its own day, not the day before', async ({ app: ana, service: anaService, openOfficer }) => {
    const bo = await openOfficer('bo');
    await Promise.all([openVault(anaService, ANA, ana), openVault(bo.service, BO)]);
    await befriend(anaService, bo.service);
    await call(anaService, 'meetings:create', { typeId: 'board', title: 'May board meeting', startsAt: '2026-05-10T19:00' });
    await gotoOfficers(ana);
    await ana.getByRole('button', { name: 'Send an export' }).click();
    const exportDialog = ana.getByRole('dialog', { name: 'Send an export' });
    await exportDialog.getByRole('radio', { name: 'Minutes of meetings' }).check();
    const may = exportDialog.getByRole('list', { name: 'Which meetings' }).getByRole('checkbox', { name: /May board meeting/ });
    await expect(may).toHaveAccessibleName(/May 10, 2026/);
  });
});
