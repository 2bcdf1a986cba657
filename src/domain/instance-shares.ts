/** One live instance as its row says: its id, and the tick it said it had finished, if any. */
export interface LiveInstance {
  id: string;
  self: boolean;
  /** The tick (its minute) this instance finished all its sends for; '' while it works or rests. */
  doneTick: string;
}

/** How the Teams rate is split: `sending` instances share it, this one at `rank` (-1: it rests). */
export interface RateShare {
  sending: number;
  rank: number;
  /** Instances done with the fan-out: each keeps a trickle for stray sends, the rest is shared. */
  resting: number;
}

/** An instance's place: its rank among all live ones (for the due list) and its part of the rate. */
export interface InstancePlace {
  rank: number;
  count: number;
  rate: RateShare;
}

/**
 * Where this instance stands among the live ones, ordered by id so that every instance derives
 * the same order. The due list is divided among all of them for a whole tick; the rate only among
 * those still sending in `tick`, so that once one has finished, the others use its share.
 * An instance counts as sending unless it said it finished the very tick this one is in.
 */
export function placeAmong(instances: readonly LiveInstance[], tick: string, selfDone: boolean): InstancePlace {
  const all = [...instances].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rank = Math.max(0, all.findIndex((i) => i.self));
  const done = (i: LiveInstance): boolean => (i.self ? selfDone : tick !== '' && i.doneTick === tick);
  const sending = all.filter((i) => !done(i));
  const rate = { sending: sending.length, rank: sending.findIndex((i) => i.self), resting: all.length - sending.length };
  return { rank, count: Math.max(1, all.length), rate };
}
