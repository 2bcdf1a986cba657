import { ConfigError, loadConfig } from '../../src/config';

describe('configuration', () => {
  it('when nothing is set, then every setting has its default and the bot runs in local mode', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3978);
    expect(config.localMode).toBe(true);
    expect(config.CHECKIN_MIN_RESPONSES).toBe(5);
    expect(config.CATCHUP_WINDOW).toBe(180);
    expect(config.CLAIM_LEASE).toBe(5);
    expect(config.TEAMS_MAX_RPS).toBe(50);
    expect(config.DEFAULT_TIME_ZONE).toBe('Europe/Amsterdam');
    expect(config.ALLOWED_TENANT_IDS).toEqual([]);
    expect(config.PLAYGROUND).toBe(true);
  });

  it('when a value is wrong, then the error names the variable', () => {
    expect(() => loadConfig({ PORT: 'zeventig' })).toThrow(/PORT/);
    expect(() => loadConfig({ CHECKIN_MIN_RESPONSES: '2' })).toThrow(/CHECKIN_MIN_RESPONSES/);
    expect(() => loadConfig({ CATCHUP_WINDOW: 'soon' })).toThrow(/CATCHUP_WINDOW/);
    expect(() => loadConfig({ PLAYGROUND: 'maybe' })).toThrow(ConfigError);
  });

  it('when several values are wrong, then each is named', () => {
    expect(() => loadConfig({ PORT: '-1', LOG_LEVEL: 'loud' })).toThrow(/PORT[\s\S]*LOG_LEVEL/);
  });

  it('when production has no credentials, then start-up is refused', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/MicrosoftAppId/);
  });

  it('when credentials are configured without the secrets, then start-up is refused whatever NODE_ENV says', () => {
    const credentials = { MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'p' };
    const secrets = { CHECKIN_SECRET: 'c'.repeat(32), EXPORT_SECRET: 'e'.repeat(32) };
    for (const NODE_ENV of ['development', 'test', undefined]) {
      expect(() => loadConfig({ ...credentials, NODE_ENV, EXPORT_SECRET: secrets.EXPORT_SECRET })).toThrow(/CHECKIN_SECRET: required when credentials are configured/);
      expect(() => loadConfig({ ...credentials, NODE_ENV, CHECKIN_SECRET: secrets.CHECKIN_SECRET })).toThrow(/EXPORT_SECRET: required when credentials are configured/);
      expect(loadConfig({ ...credentials, NODE_ENV, ...secrets }).localMode).toBe(false);
    }
  });

  it('when no credentials are configured, then the secrets may be left out (local mode keeps its own)', () => {
    const config = loadConfig({ NODE_ENV: 'development' });
    expect(config.CHECKIN_SECRET).toBeUndefined();
    expect(config.EXPORT_SECRET).toBeUndefined();
  });

  it('when durations and lists are given, then they are parsed', () => {
    const config = loadConfig({ CATCHUP_WINDOW: '2h', CLAIM_LEASE: '90s', ALLOWED_TENANT_IDS: 'a, b,,c' });
    expect(config.CATCHUP_WINDOW).toBe(120);
    expect(config.CLAIM_LEASE).toBe(1.5);
    expect(config.ALLOWED_TENANT_IDS).toEqual(['a', 'b', 'c']);
  });

  it('when an empty string is given, then the default applies', () => {
    expect(loadConfig({ PORT: '', MicrosoftAppId: ' ' }).localMode).toBe(true);
  });
});
