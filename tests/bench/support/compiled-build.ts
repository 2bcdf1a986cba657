import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { repoPath } from './app-process';

/** Scratch folder (git-ignored) for the compiled app, so `dist/` of other work is left alone. */
const BUILD_DIR = repoPath('.scratch', 'bench-build');

/**
 * Compiles Positie (as `npm run build` does) and the baseline bot into a scratch folder and
 * returns the entry files, so memory is measured on plain Node without a TypeScript loader.
 * `cards/` is linked next to the output, where the templates are looked up from `dist/`.
 */
export function compileForBench(): { positieMain: string; baselineBot: string } {
  mkdirSync(BUILD_DIR, { recursive: true });
  const tsc = repoPath('node_modules', 'typescript', 'bin', 'tsc');
  const run = (args: string[]): void => {
    const result = spawnSync(process.execPath, [tsc, ...args], { cwd: repoPath(), encoding: 'utf8' });
    // tsc still writes JavaScript when others' unfinished files have type errors; only a missing output is fatal.
    if (result.status !== 0) process.stderr.write(`tsc reported problems (output still written):\n${result.stdout.slice(0, 2000)}\n`);
  };
  run(['-p', 'tsconfig.build.json', '--outDir', path.join(BUILD_DIR, 'dist')]);
  run([repoPath('tests/bench/support/baseline-bot.ts'), '--outDir', path.join(BUILD_DIR, 'baseline'), '--module', 'commonjs', '--target', 'es2022', '--esModuleInterop', '--skipLibCheck', '--types', 'node']);
  const cards = path.join(BUILD_DIR, 'cards');
  if (!existsSync(cards)) symlinkSync(repoPath('cards'), cards, 'dir');
  const positieMain = path.join(BUILD_DIR, 'dist', 'main.js');
  const baselineBot = path.join(BUILD_DIR, 'baseline', 'baseline-bot.js');
  for (const file of [positieMain, baselineBot]) if (!existsSync(file)) throw new Error(`compiling for the bench did not produce ${file}`);
  return { positieMain, baselineBot };
}
