import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The folders of src/ are the architecture (docs/architecture.md). The linter forbids the
 * wrong imports file by file; this reads every import once and checks the whole: no cycles
 * between folders, and the SDK and the tables each confined to their one folder.
 */
const src = path.join(__dirname, '../../src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return filesUnder(full);
    return full.endsWith('.ts') ? [full] : [];
  });
}

/** The top-level folder of a file of src/ (files directly in src/ are their own unit). */
function unitOf(file: string): string {
  const [first, second] = path.relative(src, file).split(path.sep);
  return second === undefined ? (first ?? '').replace(/\.ts$/, '') : (first ?? '');
}

const imports = filesUnder(src).map((file) => ({
  file,
  unit: unitOf(file),
  specifiers: [...readFileSync(file, 'utf8').matchAll(/(?:^|\n)(?:import|export)[^'"]*?from\s+'([^']+)'/g)].map((m) => m[1] ?? ''),
}));

function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const { file, unit, specifiers } of imports) {
    for (const spec of specifiers.filter((s) => s.startsWith('.'))) {
      const target = unitOf(path.resolve(path.dirname(file), spec) + (spec.endsWith('.json') ? '' : '.ts'));
      if (target !== unit) graph.set(unit, (graph.get(unit) ?? new Set()).add(target));
    }
  }
  return graph;
}

function cycles(graph: Map<string, Set<string>>): string[][] {
  const found: string[][] = [];
  const visit = (node: string, pathSoFar: string[]): void => {
    for (const next of graph.get(node) ?? []) {
      const at = pathSoFar.indexOf(next);
      if (at >= 0) found.push([...pathSoFar.slice(at), next]);
      else visit(next, [...pathSoFar, next]);
    }
  };
  for (const node of graph.keys()) visit(node, [node]);
  return found;
}

const importersOf = (pattern: RegExp): string[] =>
  imports.filter(({ specifiers }) => specifiers.some((s) => pattern.test(s))).map(({ file }) => path.relative(src, file).split(path.sep).join('/'));

describe('the architecture', () => {
  it('when folders import each other, then never in a circle', () => {
    expect(cycles(folderGraph())).toEqual([]);
  });

  it('when code needs the Bot Framework SDK, then it lives in the Teams edge (or wires it in app.ts)', () => {
    expect(importersOf(/^(botbuilder|botframework-)/).filter((f) => !f.startsWith('teams/') && f !== 'app.ts')).toEqual([]);
  });

  it('when code touches tables, then it lives in the store', () => {
    expect(importersOf(/^@azure\/data-tables$/).filter((f) => !f.startsWith('store/'))).toEqual([]);
  });

  it('when code builds the adoption report, then only the report command uses it', () => {
    expect(importersOf(/(^|\/)report\//).filter((f) => !f.startsWith('report/'))).toEqual([]);
  });

  it('when code uses OpenTelemetry, then it lives in src/telemetry, behind the Telemetry port', () => {
    expect(importersOf(/^(@opentelemetry\/|@azure\/monitor-opentelemetry)/).filter((f) => !f.startsWith('telemetry/'))).toEqual([]);
  });

  it('when code reaches src/telemetry, then it is the composition root or the entry point', () => {
    const graph = folderGraph();
    const importers = [...graph.entries()].filter(([unit, targets]) => unit !== 'telemetry' && targets.has('telemetry')).map(([unit]) => unit);
    expect(importers.sort()).toEqual(['app', 'main']);
  });

  it('when the domain imports, then only the domain and the content', () => {
    const domain = folderGraph().get('domain') ?? new Set();
    expect([...domain].filter((u) => u !== 'content')).toEqual([]);
  });
});
