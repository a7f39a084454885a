/**
 * Campaign figures on the seeded roll:
 * - campaign_progress_ms: progress of one campaign with responses from 60% of its universe,
 *   broken down by building and floor (the query behind the progress page);
 * - wall_chart_first_paint_ms: measured in Node, the query behind the wall chart's first
 *   screen (the page of columns with the first cards of each), not the browser's paint.
 */
import type { VaultContext } from '../src/main/core/context';
import { createCampaign } from '../src/main/organizing/campaigns/campaigns';
import { campaignProgress } from '../src/main/organizing/campaigns/progress';
import { responseKind } from '../src/main/organizing/campaigns/kinds';
import { responseId } from '../src/main/organizing/campaigns/responses';
import { wallChart } from '../src/main/organizing/campaigns/wall-chart';
import { createSynced } from '../src/main/core/synced-records';
import { writeSettings, readSettings } from '../src/main/vault/settings';

const WORDS = ['yes', 'yes', 'yes', 'no', 'unsure'] as const;

function median(work: () => void, runs = 7): number {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

export function campaignFigures(base: VaultContext): Record<string, number> {
  writeSettings(base.db, { chapterKind: 'tenant' });
  const context = { ...base, settings: readSettings(base.db) };
  const campaign = createCampaign(context, { name: 'Bench pledge', kind: 'pledge', goal: 60 });
  const members = context.db.prepare("SELECT id FROM members WHERE deleted_at = '' AND status != 'former' ORDER BY rowid").all() as { id: string }[];
  const seedStart = performance.now();
  context.db.transaction(() => {
    members.forEach((member, index) => {
      // 60% of the universe has answered: three of every five members.
      if (index % 5 >= 3) return;
      createSynced(
        context,
        responseKind,
        { campaign_id: campaign.id, member_id: member.id, response: WORDS[index % WORDS.length]!, attended: '', date: '2026-06-15', collected_by: 'Bench', note: '' },
        responseId(campaign.id, member.id),
      );
    });
  })();
  const seeded = performance.now() - seedStart;
  return {
    campaign_responses_seed_ms: seeded,
    campaign_progress_ms: median(() => campaignProgress(context, campaign.id, ['building', 'floor'])),
    wall_chart_first_paint_ms: median(() => wallChart(context, { campaignId: campaign.id, limit: 8, cards: 60 })),
  };
}
