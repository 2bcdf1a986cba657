import { ConfigError, isLoopbackHost, loadConfig } from '../../src/config';
import { localModeWarnings } from '../../src/http/listen-host';
import { effectiveMinimum, notesMinimum } from '../../src/features/checkins/checkin-minimums';

describe('local mode on the network', () => {
  it('when local mode is asked to listen where other machines reach it, then start-up is refused with the way out', () => {
    for (const HOST of ['0.0.0.0', '::', '192.168.1.20', '10.0.0.5']) {
      expect(() => loadConfig({ HOST })).toThrow(ConfigError);
      expect(() => loadConfig({ HOST })).toThrow('ALLOW_REMOTE_LOCAL_MODE=true');
    }
  });

  it('when the loopback address is asked for, or credentials are configured, or it is allowed on purpose, then it starts', () => {
    for (const HOST of ['127.0.0.1', '127.0.0.2', '::1', 'localhost']) expect(loadConfig({ HOST }).HOST).toBe(HOST);
    expect(loadConfig({ HOST: '0.0.0.0', MicrosoftAppId: 'a', CHECKIN_SECRET: 'c'.repeat(32), EXPORT_SECRET: 'e'.repeat(32) }).HOST).toBe('0.0.0.0');
    const allowed = loadConfig({ HOST: '0.0.0.0', ALLOW_REMOTE_LOCAL_MODE: 'true' });
    expect(localModeWarnings(allowed)).toHaveLength(2);
    expect(localModeWarnings(allowed)[1]).toContain('anyone who reaches 0.0.0.0 can act as any person');
    expect(localModeWarnings(loadConfig({}))).toHaveLength(1);
    expect(isLoopbackHost('::ffff:127.0.0.1')).toBe(true);
    expect(isLoopbackHost('::ffff:10.0.0.1')).toBe(false);
  });
});

describe('check-in thresholds from the settings', () => {
  const config = (env: Record<string, string> = {}) => loadConfig(env);

  it('notes show from twice the minimum unless CHECKIN_NOTES_MIN says otherwise, raised as much as a check-in asks more', () => {
    expect(notesMinimum(config(), { minimum: 5 })).toBe(10);
    expect(notesMinimum(config(), { minimum: 7 })).toBe(12);
    expect(notesMinimum(config({ CHECKIN_NOTES_MIN: '6' }), { minimum: 5 })).toBe(6);
    expect(notesMinimum(config({ CHECKIN_MIN_RESPONSES: '8' }), { minimum: 5 })).toBe(16);
  });

  it('the configured minimum applies when it is higher than the check-in\'s own', () => {
    expect(effectiveMinimum(config({ CHECKIN_MIN_RESPONSES: '7' }), { minimum: 5 })).toBe(7);
    expect(effectiveMinimum(config(), { minimum: 10 })).toBe(10);
  });

  it('when CHECKIN_NOTES_MIN is below CHECKIN_MIN_RESPONSES, then start-up is refused', () => {
    expect(() => loadConfig({ CHECKIN_NOTES_MIN: '4' })).toThrow('CHECKIN_NOTES_MIN: 4 is below CHECKIN_MIN_RESPONSES (5)');
  });
});
