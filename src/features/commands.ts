import type { CommandKind } from '../domain/commands';
import type { CommandHandler } from './turn';
import { helpCommand } from './help/help-command';
import { coachCommandHandlers } from './coaching';
import { checkinCommand } from './checkins/checkin-command';
import { checkinTrendCommand } from './checkins/trend-command';
import { summaryCommand } from './summary/summary-command';
import { reflectCommand } from './reflection/reflect-command';
import { pauseCommand, resumeCommand } from './settings/pause-commands';
import { settingsCommand } from './settings/settings-command';
import { privacyCommandHandlers } from './privacy';

/** One handler per command kind; commands without a handler get the "unknown" answer. */
export const commandHandlers: Partial<Record<CommandKind, CommandHandler>> = {
  help: helpCommand,
  checkin: checkinCommand,
  checkinTrend: checkinTrendCommand,
  summary: summaryCommand,
  reflect: reflectCommand,
  settings: settingsCommand,
  pause: pauseCommand,
  resume: resumeCommand,
  ...coachCommandHandlers,
  ...privacyCommandHandlers,
};
