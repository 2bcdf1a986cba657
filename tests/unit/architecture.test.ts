import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The folders of src/ are the architecture (docs/architecture.md). The linter forbids the
 * wrong imports file by file; this reads every import once, as the compiler reads it (static
 * imports and re-exports, `import('…')` types, `await import('…')`, `require('…')`), and checks the
 * whole: no cycles between files or folders, and the SDK, the tables and OpenTelemetry each
 * confined to their one folder.
 */
const src = path.join(__dirname, '../../src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return filesUnder(full);
    return full.endsWith('.ts') ? [full] : [];
  });
}

/** Every module name a file names, in whatever form (the compiler's own pre-processing). */
function specifiersOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/** `import(x)` and `require(x)` whose name is not written out: no check could see where they lead. */
function computedImportsOf(text: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node, source: ts.SourceFile): void => {
    if (ts.isCallExpression(node)) {
      const isImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      const [first] = node.arguments;
      if ((isImport || isRequire) && !(first && ts.isStringLiteralLike(first))) found.push(node.getText(source));
    }
    ts.forEachChild(node, (child) => visit(child, source));
  };
  const source = ts.createSourceFile('file.ts', text, ts.ScriptTarget.ES2022, true);
  visit(source, source);
  return found;
}

/** The file a relative specifier names, as the compiler resolves it (`x.ts`, `x/index.ts`, `x.json`). */
function resolve(from: string, spec: string): string {
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, path.join(base, 'index.ts')]) if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return base;
}

/** The top-level folder of a file of src/ (files directly in src/ are their own unit). */
function unitOf(file: string): string {
  const [first, second] = path.relative(src, file).split(path.sep);
  return second === undefined ? (first ?? '').replace(/\.(ts|json)$/, '') : (first ?? '');
}

const relative = (file: string): string => path.relative(src, file).split(path.sep).join('/');

const imports = filesUnder(src).map((file) => {
  const text = readFileSync(file, 'utf8');
  return { file, unit: unitOf(file), text, specifiers: specifiersOf(text) };
});

/** File → the files of src/ it imports. */
function fileGraph(): Map<string, Set<string>> {
  return new Map(imports.map(({ file, specifiers }) => [file, new Set(specifiers.filter((s) => s.startsWith('.')).map((s) => resolve(file, s)))]));
}

function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const [file, targets] of fileGraph()) {
    for (const target of targets) {
      if (unitOf(target) !== unitOf(file)) graph.set(unitOf(file), (graph.get(unitOf(file)) ?? new Set()).add(unitOf(target)));
    }
  }
  return graph;
}

/** One cycle through each group of nodes that reach each other (each found once). */
function cycles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  const visit = (node: string, pathSoFar: string[], onPath: Set<string>): void => {
    for (const next of graph.get(node) ?? []) {
      if (onPath.has(next)) {
        found.push([...pathSoFar.slice(pathSoFar.indexOf(next)), next]);
      } else if (!done.has(next)) {
        onPath.add(next);
        visit(next, [...pathSoFar, next], onPath);
        onPath.delete(next);
      }
    }
    done.add(node);
  };
  for (const node of graph.keys()) if (!done.has(node)) visit(node, [node], new Set([node]));
  return found;
}

const importersOf = (pattern: RegExp): string[] => imports.filter(({ specifiers }) => specifiers.some((s) => pattern.test(s))).map(({ file }) => relative(file));

describe('reading imports as the compiler does', () => {
  it('when a file names a module in a type, a dynamic import, a require or a re-export, then each is read', () => {
    const text = [
      "type Turn = import('botbuilder').TurnContext;",
      "export * from './shared';",
      "import old = require('legacy');",
      'async function load() {',
      "  await import('@azure/data-tables');",
      "  return require('botframework-connector');",
      '}',
    ].join('\n');
    expect(specifiersOf(text).sort()).toEqual(['./shared', '@azure/data-tables', 'botbuilder', 'botframework-connector', 'legacy']);
  });

  it('when an import or require names its module only at run time, then it is found', () => {
    expect(computedImportsOf("const name = 'botbuilder'; void import(name); require(`${name}`); void import('./fine');")).toEqual(['import(name)', 'require(`${name}`)']);
  });

  it('when files import each other in a circle, then the circle is found, once', () => {
    const graph = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a', 'd'])],
      ['d', new Set<string>()],
    ]);
    expect(cycles(graph)).toEqual([['a', 'b', 'c', 'a']]);
    expect(cycles(new Map([['a', new Set(['b'])], ['b', new Set<string>()]]))).toEqual([]);
  });
});

describe('the architecture', () => {
  it('when files import each other, then never in a circle', () => {
    const named = [...fileGraph()].map(([file, targets]) => [relative(file), new Set([...targets].map(relative))] as const);
    expect(cycles(new Map(named))).toEqual([]);
  });

  it('when folders import each other, then never in a circle', () => {
    expect(cycles(folderGraph())).toEqual([]);
  });

  it('when code imports a module, then its name is written out (so these checks see it)', () => {
    expect(imports.flatMap(({ file, text }) => computedImportsOf(text).map((call) => `${relative(file)}: ${call}`))).toEqual([]);
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
