import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The architecture, as import rules (docs/architecture.md draws it). Each entry: a folder of
 * src/, and the folders of src/ it must not import. Dependencies point one way:
 * server/teams/scheduler -> features -> store, cards, domain -> content.
 */
const layers = {
  content: ['domain', 'cards', 'store', 'features', 'teams', 'scheduler', 'http', 'report', 'telemetry'],
  domain: ['cards', 'store', 'features', 'teams', 'scheduler', 'http', 'report', 'telemetry'],
  cards: ['store', 'features', 'teams', 'scheduler', 'http', 'report', 'telemetry'],
  store: ['cards', 'features', 'teams', 'scheduler', 'http', 'report', 'telemetry'],
  features: ['teams', 'scheduler', 'http', 'report', 'telemetry'],
  scheduler: ['teams', 'http', 'report', 'telemetry'],
  teams: ['scheduler', 'http', 'report', 'telemetry'],
  http: ['teams', 'scheduler', 'report', 'telemetry'],
  // `npm run report`: an edge like the scheduler, which nothing of the app imports.
  report: ['teams', 'scheduler', 'http', 'telemetry'],
  // OpenTelemetry behind the features' Telemetry port; wired by app.ts, started first by main.ts.
  telemetry: ['store', 'teams', 'scheduler', 'http', 'report'],
};

const sdk = { group: ['botbuilder', 'botbuilder-*', 'botframework-*'], message: 'Only the Teams edge (src/teams) knows the Bot Framework SDK.' };
const tables = { group: ['@azure/data-tables'], message: 'Only src/store knows tables.' };
const otel = { group: ['@opentelemetry/*', '@azure/monitor-opentelemetry*'], message: 'Only src/telemetry knows OpenTelemetry; others use the Telemetry port (src/features/telemetry.ts).' };
const topLevel = { group: ['../app', '../server', '../main', '../dev-routes', '../../app', '../../server', '../../main', '../../dev-routes'], message: 'The composition root and the HTTP edge are imported by nobody.' };

const clockMessage = 'Read the time through the clock (services.now(), or wallTimeMs() in src/clock.ts for timers).';
const clockSyntax = [
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: clockMessage },
  { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: clockMessage },
];

/**
 * Packages confined to their folder, as module-name patterns for esquery (`.` stands for the `/`
 * an esquery regex cannot hold). `home` is where a package may be reached; the folder rules above
 * cover static imports, these cover `import('…')` types, `await import('…')`, `require('…')` and
 * `import x = require('…')`.
 */
const confined = [
  { pattern: '^(botbuilder|botframework-)', home: ['src/teams/**/*.ts', 'src/app.ts'], message: sdk.message },
  { pattern: '^@azure.data-tables$', home: ['src/store/**/*.ts'], message: tables.message },
  { pattern: '^(@opentelemetry.|@azure.monitor-opentelemetry)', home: ['src/telemetry/**/*.ts'], message: otel.message },
];

/** Selectors for every confined package except `allowed` (the one whose home this is). */
function confinedSyntax(allowed) {
  return confined
    .filter((c) => c !== allowed)
    .flatMap(({ pattern, message }) => [
      { selector: `TSImportType[source.value=/${pattern}/]`, message },
      { selector: `ImportExpression[source.value=/${pattern}/]`, message },
      { selector: `CallExpression[callee.name='require'][arguments.0.value=/${pattern}/]`, message },
      { selector: `TSExternalModuleReference[expression.value=/${pattern}/]`, message },
    ]);
}

function restricted(folder, forbidden) {
  const patterns = forbidden.map((other) => ({ group: [`../${other}/*`, `../../${other}/*`, `../../../${other}/*`, `../${other}`, `../../${other}`], message: `src/${folder} must not import src/${other} (see docs/architecture.md).` }));
  if (folder !== 'teams') patterns.push(sdk);
  if (folder !== 'store') patterns.push(tables);
  if (folder !== 'telemetry') patterns.push(otel);
  if (folder === 'domain' || folder === 'content') patterns.push({ group: ['../log', '../config', '../../log', '../../config'], message: 'The domain is pure: no logging, no settings.' });
  patterns.push(topLevel);
  return { files: [`src/${folder}/**/*.ts`], rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'manifest/build/**', '.data/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read settings through src/config.ts' }],
    },
  },
  // The clock rule, and the confined packages reached by `import()` types, dynamic imports or
  // `require`, which no-restricted-imports does not see (one rule entry per file set: ESLint
  // replaces a rule's options, it does not merge them).
  { files: ['src/**/*.ts'], rules: { 'no-restricted-syntax': ['error', ...clockSyntax, ...confinedSyntax(null)] } },
  { files: ['src/clock.ts'], rules: { 'no-restricted-syntax': ['error', ...confinedSyntax(null)] } },
  ...confined.map((c) => ({ files: c.home, rules: { 'no-restricted-syntax': ['error', ...clockSyntax, ...confinedSyntax(c)] } })),
  // Top-level files of src/ other than the composition root and the edge may not reach into the SDK or tables.
  { files: ['src/*.ts'], ignores: ['src/app.ts', 'src/server.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [sdk, tables, otel] }] } },
  ...Object.entries(layers).map(([folder, forbidden]) => restricted(folder, forbidden)),
  // main.ts hands config the environment; playground.ts passes it on to its child process.
  { files: ['src/config.ts', 'src/main.ts', 'src/playground.ts', 'tests/**/*.ts', 'scripts/**/*.ts'], rules: { 'no-restricted-properties': 'off' } },
);
