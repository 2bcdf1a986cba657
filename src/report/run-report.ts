import type { Config } from '../config';
import { ANSWER_WINDOW_DAYS } from '../features/reflection/delivery-context';
import { adoptionStore } from '../store/adoption-store';
import type { TableStore } from '../store/table-store';
import { buildAdoptionReport, TooManyWeeksError } from './adoption-report';
import { parseReportArgs, REPORT_USAGE, ReportArgsError } from './report-args';
import { reportText } from './report-text';

export interface ReportRun {
  /** What goes to stdout (the report), or empty. */
  output: string;
  /** What goes to stderr (why there is no report), or empty. */
  problem: string;
  exitCode: number;
}

/** `npm run report` without the process around it: arguments in, text or JSON out. */
export async function runReport(input: { config: Config; tables: TableStore; argv: readonly string[]; now: Date }): Promise<ReportRun> {
  let args;
  try {
    args = parseReportArgs(input.argv);
  } catch (error) {
    if (error instanceof ReportArgsError) return { output: '', problem: `${error.message}\n\n${REPORT_USAGE}`, exitCode: 2 };
    throw error;
  }
  if (args.help) return { output: REPORT_USAGE, problem: '', exitCode: 0 };
  try {
    const report = await buildAdoptionReport(adoptionStore(input.tables), {
      now: input.now,
      timeZone: input.config.DEFAULT_TIME_ZONE,
      weeks: args.weeks,
      answerWindowDays: ANSWER_WINDOW_DAYS,
      retentionDays: Math.min(input.config.RETENTION_DAYS, input.config.CHECKIN_RETENTION_DAYS),
      showTenantIds: args.showTenantIds,
      ...(args.tenantId !== undefined ? { tenantId: args.tenantId } : {}),
    });
    const output = args.json ? `${JSON.stringify(report, null, 2)}\n` : reportText(report, args.locale ?? input.config.DEFAULT_LANGUAGE);
    return { output, problem: '', exitCode: 0 };
  } catch (error) {
    if (error instanceof TooManyWeeksError) {
      return { output: '', problem: `--weeks can be at most ${error.max} here: answers and check-ins older than RETENTION_DAYS / CHECKIN_RETENTION_DAYS are deleted, so older weeks would count too little.\n`, exitCode: 2 };
    }
    throw error;
  }
}
