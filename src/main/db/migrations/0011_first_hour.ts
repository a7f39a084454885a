// Never edit a migration that has shipped: add the next numbered file instead.
//
// Status says what someone is, standing says whether their dues are paid (shared/roll.ts,
// inGoodStanding). Vaults created with the old default statuses ("member in good standing",
// "lapsed") mixed the two: a "member in good standing" could show a Lapsed badge. Those words
// become "member"; whether such a member is in good standing now comes from their dues alone.
// A vault whose chapter wrote its own list keeps it (a "lapsed" there is simply not counted).
const OLD_DEFAULT = '["prospect","member in good standing","lapsed","former"]';
// "member" first: the first status is what a member added by hand gets.
const NEW_DEFAULT = '["member","prospect","former"]';
const USES_OLD_DEFAULT = `(NOT EXISTS (SELECT 1 FROM settings WHERE key = 'statuses')
       OR (SELECT value FROM settings WHERE key = 'statuses') = '${OLD_DEFAULT}')`;

export default {
  version: 11,
  name: 'status and standing mean one thing; not the same person',
  sql: `
    UPDATE members SET status = 'member'
      WHERE status IN ('member in good standing', 'lapsed') AND ${USES_OLD_DEFAULT};
    UPDATE settings SET value = '${NEW_DEFAULT}' WHERE key = 'statuses' AND value = '${OLD_DEFAULT}';
    -- Two members an officer said are not the same person, so the duplicates tab stops
    -- offering them: ids in order (a < b), so a pair is stored once.
    CREATE TABLE distinct_members (
      a          TEXT NOT NULL,
      b          TEXT NOT NULL,
      marked_at  TEXT NOT NULL,
      officer_id TEXT NOT NULL,
      PRIMARY KEY (a, b),
      CHECK (a < b)
    ) STRICT;
  `,
};
