import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ContentError } from '../../src/content/load-content';
import { startTestApp } from '../support/test-app';

jest.setTimeout(60_000);

/**
 * An operator's CONTENT_DIR as an attacker (or a mistake) can leave it: the app refuses to start
 * with a message that names the file and the rule, quickly, without reading what it must not,
 * and without quoting the file.
 */
describe('a hostile CONTENT_DIR', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'positie-hostile-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** Starts the app on Azurite with this CONTENT_DIR; resolves with its ContentError and how long it took. */
  async function refusal(): Promise<{ message: string; problems: readonly string[]; ms: number }> {
    const started = Date.now();
    try {
      const t = await startTestApp({ CONTENT_DIR: dir });
      await t.close();
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      return { message: error.message, problems: error.problems, ms: Date.now() - started };
    }
    throw new Error('the app started');
  }
  const file = (name: string) => path.join(dir, name);

  it('when prompts.json links to /dev/zero, then the start is refused at once: not a regular file', async () => {
    fs.symlinkSync('/dev/zero', file('prompts.json'));
    // What the refusal itself costs: the worker has run other test files before and holds their memory.
    const rssBefore = process.memoryUsage().rss;
    const { problems, ms } = await refusal();
    expect(problems).toEqual([`${file('prompts.json')}: is not a regular file (a folder, device, pipe or socket); only regular files are read`]);
    expect(ms).toBeLessThan(20_000);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(256 * 1024 ** 2);
  });

  it('when a content file is a named pipe or a folder, then it is refused without waiting for a writer', async () => {
    execFileSync('mkfifo', [file('tactics.json')]);
    fs.mkdirSync(file('nudges.json'));
    const { problems } = await refusal();
    expect(problems).toEqual([file('nudges.json'), file('tactics.json')].map((f) => `${f}: is not a regular file (a folder, device, pipe or socket); only regular files are read`));
  });

  it('when a content file is larger than 5 MB, then it is refused unread', async () => {
    fs.writeFileSync(file('prompts.json'), `[${' '.repeat(48 * 1024 * 1024)}]`);
    const { problems } = await refusal();
    expect(problems).toEqual([`${file('prompts.json')}: is larger than 5 MB, the most a content file may be`]);
  });

  it('when a file under 5 MB holds a million broken items, then the problems stop at 100 and nothing overflows', async () => {
    const items = `[${Array.from({ length: 1_000_000 }, () => '{}').join(',')}]`;
    expect(items.length).toBeLessThan(5 * 1024 * 1024);
    fs.writeFileSync(file('prompts.json'), items);
    const { message, problems } = await refusal();
    expect(message).not.toContain('Maximum call stack');
    expect(problems.length).toBeLessThanOrEqual(102);
    expect(problems.at(-1)).toMatch(/prompts\.json: stopped after 100 problems, at prompt #\d+ of 1000000; fix these first$/);
  });

  it('when prompts.json links to /etc/passwd (or holds any text), then the error says it is not JSON and quotes none of it', async () => {
    fs.symlinkSync('/etc/passwd', file('prompts.json'));
    fs.writeFileSync(file('dilemmas.json'), 'geheim-wachtwoord: hunter2\n');
    const { message, problems } = await refusal();
    expect(problems).toEqual([file('dilemmas.json'), file('prompts.json')].map((f) => `${f}: is not valid JSON (a content file is one JSON list of items)`));
    for (const secret of ['root', 'hunter2', 'geheim', '/bin/']) expect(message).not.toContain(secret);
  });

  it('when an item carries odd field names and ids, then the message names them by position, not by what they say', async () => {
    fs.writeFileSync(file('tactics.json'), JSON.stringify([{ id: 'root:x:0:0:root:/root:/bin/bash', 'password=hunter2': 1 }]));
    const { message } = await refusal();
    expect(message).toContain('tactic #1');
    expect(message).toContain('unknown field an unreadable name');
    for (const secret of ['root:', 'hunter2']) expect(message).not.toContain(secret);
  });

  it('when a valid content file is reached through a link (as a mounted ConfigMap is), then the app starts with it', async () => {
    const real = path.join(dir, '..data');
    fs.mkdirSync(real);
    fs.writeFileSync(path.join(real, 'prompts.json'), '[]');
    fs.symlinkSync(path.join(real, 'prompts.json'), file('prompts.json'));
    const t = await startTestApp({ CONTENT_DIR: dir });
    await t.close();
  });
});
