import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { METRIC_NAMES } from '../../src/telemetry/metric-names';

// docs/operations.md lists the app's metrics and queries them; the alerts in infra/ name them too.
// A metric renamed in one place and not in the others empties a workbook chart or an alert without
// any error, so the names are checked against each other here.
const ROOT = join(__dirname, '..', '..');
const read = (...path: string[]): string => readFileSync(join(ROOT, ...path), 'utf8');
const doc = read('docs', 'operations.md');

/** The metrics issue 21 names; when the telemetry code is merged, its own list belongs here. */
/** The names the code gives its instruments. */
const METRICS_OF_THE_CODE: string[] = Object.values(METRIC_NAMES);

const METRIC_NAME = /positie(?:\.[a-z_]+)+/g;
const namesIn = (text: string): string[] => [...new Set(text.match(METRIC_NAME) ?? [])];

/** The first column of the table under "## The metrics". */
function documentedMetrics(markdown: string): { names: string[]; dimensions: string[] } {
  const section = /^## The metrics\n([\s\S]*?)^## /m.exec(markdown)?.[1] ?? '';
  const rows = [...section.matchAll(/^\| `(positie\.[a-z_.]+)` \| [^|]+ \| ([^|]+) \|/gm)];
  return {
    names: rows.map((row) => row[1] ?? ''),
    dimensions: [...new Set(rows.flatMap((row) => [...(row[2] ?? '').matchAll(/`(\w+)`/g)].map((d) => d[1] ?? '')))],
  };
}

const queries = [...doc.matchAll(/```kusto\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
/** The table a query starts from (after comments); `let` for queries that start with a subquery. */
const sourceOf = (query: string): string => /^(?:\s*\/\/.*\n)*\s*(\w+)/.exec(query)?.[1] ?? '';

const bicepFiles = readdirSync(join(ROOT, 'infra')).filter((name) => name.endsWith('.bicep'));
const alertMetrics = bicepFiles.flatMap((name) => [...read('infra', name).matchAll(/metricName: '([^']+)'/g)].map((m) => m[1] ?? ''));

const documented = documentedMetrics(doc);

describe('the metrics of docs/operations.md', () => {
  it('are the metrics the app sends, each listed once', () => {
    expect([...documented.names].sort()).toEqual([...METRICS_OF_THE_CODE].sort());
    expect(new Set(documented.names).size).toBe(documented.names.length);
  });

  it('each have a query that reads them', () => {
    expect(queries.length).toBeGreaterThan(documented.names.length / 2);
    const queried = new Set(queries.flatMap((query) => [...query.matchAll(/"(positie\.[a-z_.]+)"/g)].map((m) => m[1])));
    expect(documented.names.filter((name) => !queried.has(name))).toEqual([]);
  });

  it('are the only positie.* names the guide mentions, in prose or in a query', () => {
    expect(namesIn(doc).filter((name) => !documented.names.includes(name))).toEqual([]);
  });

  it('are filtered in queries only by the dimensions they have', () => {
    expect(documented.dimensions.sort()).toEqual(['kind', 'reason', 'status', 'verb']);
    const used = new Set(queries.flatMap((query) => [...query.matchAll(/Properties\.(\w+)/g)].map((m) => m[1] ?? '')));
    expect([...used].filter((dimension) => !documented.dimensions.includes(dimension))).toEqual([]);
  });
});

describe('the queries of docs/operations.md', () => {
  it('read the workspace tables of Application Insights and App Service', () => {
    const tables = ['AppMetrics', 'AppRequests', 'AppDependencies', 'AppServiceConsoleLogs', 'let'];
    expect(queries.map(sourceOf).filter((source) => !tables.includes(source))).toEqual([]);
  });

  it('add up pre-aggregated metrics and sampled requests instead of counting rows', () => {
    const counted = queries.filter((query) => ['AppMetrics', 'AppRequests', 'AppDependencies'].includes(sourceOf(query)) && /\bcount\(\)/.test(query));
    expect(counted).toEqual([]);
  });
});

describe('the alerts in infra/', () => {
  it('are deployed by main.bicep', () => {
    expect(read('infra', 'main.bicep')).toMatch(/^module monitoring 'monitoring\.bicep' = \{/m);
  });

  it('name only documented metrics, failed sends among them', () => {
    const custom = alertMetrics.filter((name) => name.startsWith('positie.'));
    expect(custom).toContain('positie.scheduled.failed');
    expect(custom.filter((name) => !documented.names.includes(name))).toEqual([]);
  });

  it('alert on readiness through the health check, whose path is /readyz', () => {
    expect(alertMetrics).toContain('HealthCheckStatus');
    expect(read('infra', 'main.bicep')).toContain("healthCheckPath: '/readyz'");
  });
});
