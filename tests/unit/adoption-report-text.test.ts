import type { AdoptionReport } from '../../src/report/adoption-report';
import { parseReportArgs, ReportArgsError } from '../../src/report/report-args';
import { reportText } from '../../src/report/report-text';

const week = { week: '2026-W53', from: '2026-12-28', to: '2027-01-03' };
const report: AdoptionReport = {
  generatedAt: '2027-01-18T09:00:00.000Z',
  timeZone: 'Europe/Amsterdam',
  rules: { minGroup: 10, roundTo: 5, answersFromActive: 15 },
  organisations: [
    { label: 'a1b2c3d4', weeks: [{ ...week, registered: 40, active: 10, answers: null, checkins: 5 }] },
    { label: 'e5f6a7b8', tenantId: 'tenant-guid', weeks: [{ ...week, registered: null, active: null, answers: null, checkins: null }] },
  ],
};

describe('adoption report as text', () => {
  it('when a week crosses the new year, then its dates read in Dutch with the figures in columns', () => {
    const text = reportText(report, 'nl');
    expect(text).toContain('Organisatie a1b2c3d4\n');
    expect(text).toMatch(/\n2026-W53 +28 dec – 3 jan +40 +10 +te weinig om te tonen +5\n/);
  });

  it('when a whole week is too small, then the phrase stands once, after the dates', () => {
    expect(reportText(report, 'en')).toMatch(/\n2026-W53 +28 Dec – 3 Jan +too few to show\n/);
  });

  it('when the report carries a tenant id (asked for), then the heading shows it; otherwise only the label', () => {
    const text = reportText(report, 'nl');
    expect(text).toContain('Organisatie e5f6a7b8 (tenant-guid)');
    expect(text).not.toMatch(/a1b2c3d4 \(/);
  });

  it('when nobody registered, then the report says so instead of an empty table', () => {
    expect(reportText({ ...report, organisations: [] }, 'nl')).toContain('Er is nog niemand aangemeld');
  });
});

describe('report arguments', () => {
  it('when no options are given, then 12 weeks of text', () => {
    expect(parseReportArgs([])).toEqual({ weeks: 12, json: false, showTenantIds: false, help: false });
  });

  it('when options are given, then each is read', () => {
    expect(parseReportArgs(['--weeks', '4', '--lang', 'en', '--json', '--tenant', 'abc-1', '--tenant-ids'])).toEqual({ weeks: 4, locale: 'en', json: true, tenantId: 'abc-1', showTenantIds: true, help: false });
  });

  it.each([[['--weeks', '0']], [['--weeks', '53']], [['--weeks']], [['--lang', 'de']], [['--tenant', "x' or 1 eq 1"]], [['--verbose']]])('when the arguments are %j, then a message says what is wrong', (argv) => {
    expect(() => parseReportArgs(argv)).toThrow(ReportArgsError);
  });
});
