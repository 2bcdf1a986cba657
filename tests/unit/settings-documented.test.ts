import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { settingsSchema } from '../../src/config';

/** README's configuration table lists every setting the app reads (deployment-agreement.test.ts checks .env.example and Bicep). */
describe("README's configuration table", () => {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('\n## ', readme.indexOf('## Configuration') + 5));
  const documented = new Set([...table.matchAll(/^\| `([A-Za-z_]+)` \|/gm)].map((m) => m[1]));

  it('names every setting of src/config.ts, and nothing else', () => {
    const settings = Object.keys(settingsSchema.shape);
    expect(settings.filter((key) => !documented.has(key))).toEqual([]);
    expect([...documented].filter((key) => key !== undefined && !settings.includes(key))).toEqual([]);
  });
});
