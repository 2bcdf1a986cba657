import { IANAZone } from 'luxon';

/** Teams sends the client's IANA zone in `localTimezone`; anything else falls back. */
export function zoneOrDefault(zone: unknown, fallback: string): string {
  return typeof zone === 'string' && IANAZone.isValidZone(zone) ? zone : fallback;
}
