import { parseArgs } from 'node:util';
import type { Locale } from '../content/types';

interface ReportArgs {
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

/** Parses the command line (node's parseArgs); a wrong one throws a ReportArgsError that says what is wrong. */
export function parseReportArgs(argv: readonly string[]): ReportArgs {
  let values: { weeks?: string; tenant?: string; lang?: string; json?: boolean; 'tenant-ids'?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        weeks: { type: 'string' },
        tenant: { type: 'string' },
        lang: { type: 'string' },
        json: { type: 'boolean' },
        'tenant-ids': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new ReportArgsError(error instanceof Error ? error.message.slice(0, 120) : 'unreadable options');
  }
  return {
    weeks: values.weeks === undefined ? 12 : weeksOf(values.weeks),
    ...(values.tenant === undefined ? {} : { tenantId: tenantOf(values.tenant) }),
    ...(values.lang === undefined ? {} : { locale: localeOf(values.lang) }),
    json: values.json ?? false,
    showTenantIds: values['tenant-ids'] ?? false,
    help: values.help ?? false,
  };
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
