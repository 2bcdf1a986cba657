/**
 * The app's clock. Only local time travel (`POST /dev/tick`, local mode) may move it; every
 * other part reads `now()`.
 */
export interface Clock {
  now(): Date;
  travelTo(at: Date): void;
}

export function systemClock(): Clock {
  let offset = 0;
  return {
    now: () => new Date(Date.now() + offset),
    travelTo: (at) => {
      offset = at.getTime() - Date.now();
    },
  };
}

/** A clock that tests set themselves; time travel is their job, not the route's. */
export function fixedClock(now: () => Date): Clock {
  return { now, travelTo: () => undefined };
}

/**
 * Real elapsed milliseconds, for what must not move with /dev/tick: rate limits, timers,
 * caches, the liveness of instances. Never for what a person sees or which day it is.
 */
export function wallTimeMs(): number {
  return Date.now();
}
