// Never edit a migration that has shipped: add the next numbered file instead.
const sortable = ['status', 'building', 'unit', 'workplace', 'department'];

export default {
  version: 5,
  name: 'roll sort and facet indexes',
  sql: `
    -- An index led by deleted_at looked best to the planner for every query on live members,
    -- so it never chose the indexes below; live members by name is a partial index now.
    DROP INDEX members_live_sort;
    CREATE INDEX members_live_by_name ON members (sort_name) WHERE deleted_at = '';
    -- Sorting the roll by a text column ignores case, and the filter menus list each column's
    -- values: both read these indexes instead of all 100,000 rows.
    ${sortable
      .map((column) => `CREATE INDEX members_${column}_nocase ON members (${column} COLLATE NOCASE, sort_name) WHERE deleted_at = '';`)
      .join('\n    ')}
    CREATE INDEX members_tags ON members (tags) WHERE deleted_at = '' AND tags != '';
    CREATE INDEX members_languages ON members (languages) WHERE deleted_at = '' AND languages != '';
  `,
};
