import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { LOCAL_SECRET_FILE, loadOrCreateLocalSecret, withLocalSecrets } from '../../src/local-secrets';

describe('the local secret', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'positie-secret-'));
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  it('when local mode starts the first time, then a random secret is kept in DATA_DIR, readable by its owner only, and reused after', async () => {
    const dataDir = path.join(dir, 'data');
    const first = await loadOrCreateLocalSecret(dataDir);
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await stat(path.join(dataDir, LOCAL_SECRET_FILE))).mode & 0o777).toBe(0o600);
    expect(await loadOrCreateLocalSecret(dataDir)).toBe(first);
    expect(await loadOrCreateLocalSecret(path.join(dir, 'other'))).not.toBe(first);
  });

  it('when two processes start at once, then they agree on one secret', async () => {
    const secrets = await Promise.all(Array.from({ length: 5 }, () => loadOrCreateLocalSecret(dir)));
    expect(new Set(secrets).size).toBe(1);
    expect(await readFile(path.join(dir, LOCAL_SECRET_FILE), 'utf8')).toBe(secrets[0]);
  });

  it('when the file holds no usable secret, then start-up stops with a clear message', async () => {
    await writeFile(path.join(dir, LOCAL_SECRET_FILE), 'short');
    await expect(loadOrCreateLocalSecret(dir)).rejects.toThrow(/no usable secret/);
  });

  it('when secrets are derived, then check-in and export get different ones, and configured ones win', () => {
    const local = withLocalSecrets(loadConfig({}), 'l'.repeat(43));
    expect(local.CHECKIN_SECRET).toBeDefined();
    expect(local.CHECKIN_SECRET).not.toBe(local.EXPORT_SECRET);
    expect(withLocalSecrets(loadConfig({}), 'l'.repeat(43)).CHECKIN_SECRET).toBe(local.CHECKIN_SECRET);
    expect(withLocalSecrets(loadConfig({})).CHECKIN_SECRET).not.toBe(local.CHECKIN_SECRET);
    expect(withLocalSecrets(loadConfig({ CHECKIN_SECRET: 'c'.repeat(32) }), 'l'.repeat(43)).CHECKIN_SECRET).toBe('c'.repeat(32));
  });
});
