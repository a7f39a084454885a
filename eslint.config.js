// @ts-check
/**
 * `npm run lint`: the rules of the codebase that a machine can check (see README, "How it is built").
 * - Layers point down only. Each folder under src/main lists the folders it may NOT import; the
 *   lists state today's real directions, and each exception says why.
 * - No floating promises: a promise is awaited, returned, or marked `void` on purpose.
 * - No SQL text built by a template literal outside src/main/db: statement text goes through the
 *   sql`` tag, identifiers through `identifier()` (src/main/db/sql.ts).
 */
import tseslint from 'typescript-eslint';

/** An import of one of these top-level folders of src/main, from anywhere below src/main. */
const folders = (...names) => `^(\\.\\./)+(${names.join('|')})(/|$)`;

const ELECTRON = { name: 'electron', message: 'Only src/main/index.ts and src/main/electron/ import electron.' };
const NO_CLI = { regex: '(^|/)cli(/|$)', message: 'Nothing under src/main imports the command line; the CLI stands on the service.' };

/**
 * What each domain must not import. The clock, the officer identity, the vault-wide context and
 * the audit log live in core/. One exception stays: exchange/officers.ts' selfIdentity (this
 * officer's keys, read from the officers table), which vault creation and the minutes' approval
 * signature use. A domain's handlers.ts may import the policy wrappers of service/registry.ts.
 */
const EXCHANGE_BUT_CORE = '^(\\.\\./)+exchange/(?!officers$)';
const SERVICE_BUT_REGISTRY = '^(\\.\\./)+service(?!/registry$)(/|$)';
const forbidden = {
  db: [folders('encoding', 'core', 'vault', 'backup', 'print', 'roll', 'minutes', 'organizing', 'exchange', 'service', 'demo', 'electron')],
  encoding: [folders('db', 'core', 'vault', 'backup', 'print', 'roll', 'minutes', 'organizing', 'exchange', 'service', 'demo', 'electron')],
  // core/ is what every domain stands on: the clock, the officer identity, the vault-wide context,
  // the audit log and the synced-records mechanism.
  core: [folders('vault', 'backup', 'print', 'roll', 'minutes', 'organizing', 'exchange', 'service', 'demo', 'electron')],
  print: [folders('db', 'core', 'vault', 'backup', 'roll', 'minutes', 'organizing', 'exchange', 'service', 'demo', 'electron')],
  vault: [folders('backup', 'print', 'roll', 'minutes', 'organizing', 'service', 'demo', 'electron'), EXCHANGE_BUT_CORE],
  backup: [folders('print', 'roll', 'minutes', 'organizing', 'exchange', 'demo', 'electron'), SERVICE_BUT_REGISTRY],
  roll: [folders('backup', 'minutes', 'organizing', 'demo', 'electron'), EXCHANGE_BUT_CORE, SERVICE_BUT_REGISTRY],
  // Minutes record who attended and voted: members of the roll.
  minutes: [folders('backup', 'organizing', 'demo', 'electron'), EXCHANGE_BUT_CORE, SERVICE_BUT_REGISTRY],
  // Organizing stands on the roll (and may show meetings); exchange carries it, not the other way.
  organizing: [folders('backup', 'demo', 'electron'), EXCHANGE_BUT_CORE, SERVICE_BUT_REGISTRY],
  // An exchange carries members, meetings and organizing records, so it imports those domains.
  exchange: [folders('backup', 'demo', 'electron'), SERVICE_BUT_REGISTRY],
  // The demo vault is seeded through the domains, like an officer would fill it.
  demo: [folders('backup', 'service', 'electron')],
  service: [folders('electron')],
};

const restrictions = (patterns) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: [ELECTRON],
      patterns: [NO_CLI, ...patterns.map((pattern) => (typeof pattern === 'string' ? { regex: pattern, message: 'Layers point down only (README, "How it is built").' } : pattern))],
    },
  ],
});

/** A template literal (not a tagged one) whose text starts like a SQL statement. */
const SQL_TEMPLATE =
  'TemplateLiteral[expressions.length>0]:not(TaggedTemplateExpression > TemplateLiteral) > TemplateElement:first-child[value.raw=/^\\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE|CREATE|ALTER|DROP|WITH|PRAGMA)\\s/i]';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '**/*.js', '**/*.cjs', '**/*.mjs'] },
  {
    files: ['src/**/*.{ts,tsx}', 'bench/**/*.ts', 'scripts/**/*.ts', 'tests/**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { project: ['./tsconfig.node.json', './tsconfig.web.json'], tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      'no-restricted-syntax': ['error', { selector: SQL_TEMPLATE, message: 'SQL text goes through the sql`` tag; identifiers through identifier() (src/main/db/sql.ts).' }],
    },
  },
  // The driver and the SQL helpers live here: building statement text is this folder's job.
  { files: ['src/main/db/**/*.ts'], rules: { 'no-restricted-syntax': 'off' } },
  ...Object.entries(forbidden).map(([folder, patterns]) => ({ files: [`src/main/${folder}/**/*.ts`], rules: restrictions(patterns) })),
  // The service (service.ts, dispatch.ts, errors.ts …) stands on every domain; never on electron.
  { files: ['src/main/*.ts'], ignores: ['src/main/index.ts'], rules: restrictions([]) },
  { files: ['src/main/service/**/*.ts'], rules: restrictions(forbidden.service) },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^(?!zod$|\\./)', message: 'shared/ is the contract: zod and itself only.' }] }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks only to window.chapter.' }],
          patterns: [
            { regex: '^node:', message: 'The renderer runs in a sandboxed page: no Node.' },
            { regex: '(^|/)(main|preload|cli)(/|$)', message: 'The renderer imports only src/shared/ and itself.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [ELECTRON], patterns: [{ regex: '(^|/)(renderer|electron)(/|$)', message: 'The CLI stands on the service, under plain Node.' }] }] },
  },
);
