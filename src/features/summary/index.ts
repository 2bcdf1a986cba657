import { summaryCommand } from './summary-command';

/** The weekly summary, on request (the scheduler sends it too: summary-card-source.ts). */
export const summaryCommands = [summaryCommand] as const;
