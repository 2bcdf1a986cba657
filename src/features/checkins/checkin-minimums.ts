import type { Config } from '../../config';
import { MINIMUM_FLOOR } from '../../domain/checkin-aggregation';
import type { Checkin } from '../../domain/checkin';

/**
 * The thresholds of one check-in, from its own minimum and the settings as they are now: a
 * minimum raised after the start applies at the close (never the lower one the check-in began with).
 */
export function effectiveMinimum(config: Pick<Config, 'CHECKIN_MIN_RESPONSES'>, checkin: Pick<Checkin, 'minimum'>): number {
  return Math.max(MINIMUM_FLOOR, checkin.minimum, config.CHECKIN_MIN_RESPONSES);
}

/**
 * Answers before notes show: CHECKIN_NOTES_MIN (default twice CHECKIN_MIN_RESPONSES), raised by as
 * much as the check-in's own minimum is stricter than the configured one.
 */
export function notesMinimum(config: Pick<Config, 'CHECKIN_MIN_RESPONSES' | 'CHECKIN_NOTES_MIN'>, checkin: Pick<Checkin, 'minimum'>): number {
  const configured = config.CHECKIN_NOTES_MIN ?? 2 * config.CHECKIN_MIN_RESPONSES;
  return Math.max(configured, config.CHECKIN_MIN_RESPONSES) + (effectiveMinimum(config, checkin) - config.CHECKIN_MIN_RESPONSES);
}
