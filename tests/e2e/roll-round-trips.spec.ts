/**
 * What one edit costs in calls to the service. The renderer reads through one cache that main's
 * change events refresh (ui/chapter-data.tsx), so saving a field asks for the member and the rows
 * on screen once each, in parallel, and nothing else: no second read of the same thing, no count
 * of the whole roll while the table already shows it.
 */
import type { ChannelName } from '../../src/shared/contract';
import type { ChapterService } from '../../src/main/service';
import { expect, test } from './harness';
import { memberPanel, memberRow, openRollWith, syntheticMembers } from './roll-helpers';
import { call } from './service-helpers';

/** Every channel the service runs from now on, in order. */
function recordCalls(service: ChapterService): ChannelName[] {
  const calls: ChannelName[] = [];
  const invoke = service.invoke.bind(service);
  service.invoke = (channel, input) => {
    calls.push(channel);
    return invoke(channel, input);
  };
  return calls;
}

/** Waits until every call the page has made so far has been answered (the service runs them in order). */
async function settled(service: ChapterService): Promise<void> {
  await call(service, 'roll:views', {});
}

test('saving a field in the member panel reads the member and the rows on screen once each', async ({ app, service }) => {
  await openRollWith(app, service, syntheticMembers(30));
  const name = 'Ana Okafor 00000';
  await memberRow(app, new RegExp(name)).click();
  const panel = memberPanel(app, name);
  const phone = panel.getByRole('textbox', { name: 'Phone' });
  await expect(phone).toHaveValue('(212) 555-1000');
  await settled(service);

  const calls = recordCalls(service);
  await phone.fill('555.123.4567');
  await phone.press('Enter');
  await expect(phone).toHaveValue('(555) 123-4567');
  await expect(memberRow(app, new RegExp(name))).toContainText('(555) 123-4567');
  await settled(service);

  const roundTrips = calls.filter((channel) => channel !== 'roll:views' && channel !== 'app:activity');
  test.info().annotations.push({ type: 'round trips per edit', description: `${roundTrips.length}: ${roundTrips.join(', ')}` });
  expect(roundTrips.sort()).toEqual(['roll:get', 'roll:list', 'roll:update']);
});
