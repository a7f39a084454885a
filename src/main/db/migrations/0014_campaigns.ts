export default {
  version: 14,
  name: 'campaigns and their responses',
  sql: `
    -- A campaign asks everyone in its universe to do one visible thing (sign a card, pledge, vote,
    -- come to an action). Synced-records convention: one column per synced field, the per-field
    -- clock stamps in clocks, a tombstone in deleted_at.
    CREATE TABLE campaigns (
      id           TEXT PRIMARY KEY,
      name         TEXT NOT NULL DEFAULT '',
      kind         TEXT NOT NULL DEFAULT '',
      -- Percent of the universe that must say yes, 1 to 100, as text ('70', '66.7'): a
      -- tombstone empties every synced field to '', which a REAL column would refuse.
      goal         TEXT NOT NULL DEFAULT '50',
      -- The statuses that count, as a JSON array of the chapter's spellings.
      statuses     TEXT NOT NULL DEFAULT '[]',
      -- An optional narrowing of the universe: one member field equal to one value.
      filter_field TEXT NOT NULL DEFAULT '',
      filter_value TEXT NOT NULL DEFAULT '',
      start_date   TEXT NOT NULL DEFAULT '',
      deadline     TEXT NOT NULL DEFAULT '',
      -- '' while open; the date it was closed (results frozen) otherwise.
      closed_on    TEXT NOT NULL DEFAULT '',
      notes        TEXT NOT NULL DEFAULT '',
      clocks       TEXT NOT NULL DEFAULT '{}',
      created_at   TEXT NOT NULL,
      updated_at   TEXT NOT NULL,
      deleted_at   TEXT NOT NULL DEFAULT ''
    ) STRICT;

    -- One row per campaign and member, its id derived from both, so two officers who record the
    -- same member offline write the same record and merge per field instead of doubling it.
    -- A correction updates the row; the audit log keeps every earlier value.
    CREATE TABLE campaign_responses (
      id           TEXT PRIMARY KEY,
      campaign_id  TEXT NOT NULL DEFAULT '',
      member_id    TEXT NOT NULL DEFAULT '',
      -- yes, no, unsure, or '' (not reached).
      response     TEXT NOT NULL DEFAULT '',
      -- Action/turnout campaigns: 'yes' when the member actually came.
      attended     TEXT NOT NULL DEFAULT '',
      date         TEXT NOT NULL DEFAULT '',
      collected_by TEXT NOT NULL DEFAULT '',
      note         TEXT NOT NULL DEFAULT '',
      clocks       TEXT NOT NULL DEFAULT '{}',
      created_at   TEXT NOT NULL,
      updated_at   TEXT NOT NULL,
      deleted_at   TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX campaign_responses_by_campaign ON campaign_responses (campaign_id, member_id) WHERE deleted_at = '';
    CREATE INDEX campaign_responses_by_member ON campaign_responses (member_id) WHERE deleted_at = '';
  `,
};
