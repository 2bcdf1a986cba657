import type { Locale } from '../content/types';

export interface ReportArgs {
  weeks: number;
  tenantId?: string;
  locale?: Locale;
  json: boolean;
  showTenantIds: boolean;
  help: boolean;
}

export const REPORT_USAGE = `Usage: npm run report -- [--weeks N] [--tenant <tenant id>] [--lang nl|en] [--json] [--tenant-ids]

  --weeks N        the N most recent settled weeks (default 12)
  --tenant <id>    one organisation only
  --lang nl|en     language of the text (default: DEFAULT_LANGUAGE)
  --json           JSON instead of text
  --tenant-ids     print tenant ids next to the short labels
`;

export class ReportArgsError extends Error {}

/** Parses the command line; a wrong one throws a ReportArgsError that says what is wrong. */
export function parseReportArgs(argv: readonly string[]): ReportArgs {
  const args: ReportArgs = { weeks: 12, json: false, showTenantIds: false, help: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const value = (): string => {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new ReportArgsError(`${arg} needs a value`);
      i += 1;
      return next;
    };
    if (arg === '--json') args.json = true;
    else if (arg === '--tenant-ids') args.showTenantIds = true;
    else if (arg === '--help' || arg === '-h') args.help = true;
    else if (arg === '--weeks') args.weeks = weeksOf(value());
    else if (arg === '--tenant') args.tenantId = tenantOf(value());
    else if (arg === '--lang') args.locale = localeOf(value());
    else throw new ReportArgsError(`unknown option: ${arg.slice(0, 40)}`);
  }
  return args;
}

function weeksOf(text: string): number {
  const weeks = Number(text);
  if (!/^\d+$/.test(text) || weeks < 1 || weeks > 52) throw new ReportArgsError('--weeks must be a whole number from 1 to 52');
  return weeks;
}

function tenantOf(text: string): string {
  if (!/^[A-Za-z0-9-]{1,64}$/.test(text)) throw new ReportArgsError('--tenant must be a tenant id (letters, digits and dashes)');
  return text;
}

function localeOf(text: string): Locale {
  if (text !== 'nl' && text !== 'en') throw new ReportArgsError('--lang must be nl or en');
  return text;
}
