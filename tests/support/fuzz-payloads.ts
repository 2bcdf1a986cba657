import type { SeededRandom } from './fuzz-random';

/** What the fuzzed person really has, so payloads can be almost right: valid except for one field. */
export interface FuzzWorld {
  /** Their open daily prompt. */
  deliveryId: string;
  /** The roles that prompt offers. */
  roles: string[];
  /** An open check-in in the fuzz channel, started by someone else. */
  checkinId: string;
  checkinChoices: string[];
  checkinRoles: string[];
  /** A real start-card token of the fuzzed person in that channel. */
  startToken: string;
  /** Someone else, for forged ids in card data. */
  other: { aadObjectId: string; key: string };
}

type Data = Record<string, unknown>;
type Breakers = Record<string, (r: SeededRandom) => unknown>;

/** Anything but a valid value: wrong types, empty, huge, control characters, prototype names. */
export function junk(r: SeededRandom, depth = 0): unknown {
  switch (r.int(depth > 1 ? 8 : 10)) {
    case 0: return null;
    case 1: return r.pick([0, -1, 1.5, 1e308, Number.MAX_SAFE_INTEGER]);
    case 2: return r.chance(0.5);
    case 3: return r.text(40);
    case 4: return r.controlText(40);
    case 5: return 'x'.repeat(2000 + r.int(30_000));
    case 6: return r.pick(['', ' ', '__proto__', 'constructor', 'toString', '../../etc', '%00', "' or 1 eq 1 or '"]);
    case 7: return r.pick(['{}', '[]', 'null', 'undefined', 'NaN']);
    case 8: return Array.from({ length: r.int(4) }, () => junk(r, depth + 1));
    default: return Object.fromEntries(Array.from({ length: r.int(4) }, () => [r.pick(['__proto__', 'constructor', 'a', r.text(8)]), junk(r, depth + 1)]));
  }
}

const notAChoice = (r: SeededRandom): unknown => (r.chance(0.7) ? `x-${r.text(12)}` : junk(r));
const longText = (min: number) => (r: SeededRandom) => (r.chance(0.5) ? r.controlText(min) : 'n'.repeat(min + 1 + r.int(min * 3)));
const forgedDeliveryId = (w: FuzzWorld) => (r: SeededRandom) =>
  r.pick<unknown>(['2020-01-01_prompt', `${w.deliveryId}0`, w.deliveryId.replace(/\d{2}_/, '00_'), '2026-13-45_prompt', `${w.deliveryId}/../x`, junk(r)]);
const forgedCheckinId = (r: SeededRandom): unknown => r.pick<unknown>(['0000000000000-0000000000', '9999999999999-abcdefabcd', `${r.int(1e6)}-x`, junk(r)]);

/** Valid base payload and breakers per verb; each generated payload applies at least one breaker. */
function verbTable(w: FuzzWorld): Record<string, { base: Data; breakers: Breakers }> {
  const answerBase = { deliveryId: w.deliveryId, position: '3', role: w.roles[0] ?? '', tactic: '', note: 'een korte notitie' };
  const deliveryRef = { base: { deliveryId: w.deliveryId }, breakers: { deliveryId: forgedDeliveryId(w) } };
  const checkinRef = { base: { checkinId: w.checkinId }, breakers: { checkinId: forgedCheckinId } };
  return {
    answer: {
      base: answerBase,
      breakers: {
        deliveryId: forgedDeliveryId(w),
        position: (r) => r.pick<unknown>(['0', '6', '-1', '3.5', 'drie', '', ' 3', 3, null, []]),
        role: notAChoice,
        tactic: notAChoice,
        note: longText(1000),
      },
    },
    edit: deliveryRef,
    snooze: deliveryRef,
    skip: deliveryRef,
    reflectAs: { base: { roleId: w.roles[0] ?? '' }, breakers: { roleId: notAChoice } },
    saveSettings: {
      base: { days: '1,2,3,4,5', time: '16:00', timeZone: 'Europe/Amsterdam', locale: 'nl', lens: 'ideaaltypen', summaryDay: '5', summaryTime: '16:00', skipHolidays: 'true' },
      breakers: {
        days: (r) => r.pick<unknown>(['8', '0,1', 'ma,di', '1,,9', 12345, junk(r)]),
        time: (r) => r.pick<unknown>(['25:00', '16:60', 'vier uur', '', '16:00:00:00', r.controlText(6)]),
        timeZone: (r) => r.pick<unknown>(['Mars/Olympus', '', 'Europe/Amsterdam\u0000', 'UTC+25', junk(r)]),
        locale: (r) => r.pick<unknown>(['fr', 'NL', '', 'en-US', 1]),
        lens: (r) => r.pick<unknown>(['leiderschap', 'x-lens', '', junk(r)]),
        summaryDay: (r) => r.pick<unknown>(['0', '8', '', 'vrijdag', 5]),
        summaryTime: (r) => r.pick<unknown>(['99:99', '-1:00', 'x']),
        skipHolidays: (r) => r.pick<unknown>(['maybe', 'TRUE', '', true]),
      },
    },
    checkinStart: {
      base: { token: w.startToken, topic: 'd:rapport-in-de-la', lens: 'ideaaltypen', hours: '48', minimum: '5', notes: 'true' },
      breakers: {
        token: (r) => r.pick<unknown>([`${w.startToken.slice(0, -1)}${w.startToken.endsWith('A') ? 'B' : 'A'}`, `${Date.now()}.${'A'.repeat(32)}`, '1.x', junk(r)]),
        topic: (r) => r.pick<unknown>(['d:x-onbekend', 'p:', 'q:rapport-in-de-la', '', junk(r)]),
        lens: (r) => r.pick<unknown>(['rollen', 'x', '', 1]),
        hours: (r) => r.pick<unknown>(['5', '0', '1000', 48, '-24']),
        minimum: (r) => r.pick<unknown>(['1', '2', '4', '1000', 5]),
        notes: (r) => r.pick<unknown>(['yes', true, '']),
      },
    },
    checkinAnswer: {
      base: { checkinId: w.checkinId, choice: w.checkinChoices[0] ?? '', role: w.checkinRoles[0] ?? '', note: '' },
      breakers: { checkinId: forgedCheckinId, choice: notAChoice, role: notAChoice, note: longText(280) },
    },
    checkinClose: checkinRef,
    checkinRefresh: checkinRef,
    coachConsent: {
      base: { code: 'ABCDEFG', paradoxes: 'false' },
      breakers: { code: (r) => r.pick<unknown>(['ABCDEFG', 'ZZZZZZZ', 'abc', 'A1B2C3D', 1234567, junk(r)]), paradoxes: (r) => r.pick<unknown>(['maybe', true]) },
    },
    coachStop: { base: { coachKey: w.other.key }, breakers: { coachKey: (r) => r.pick<unknown>([w.other.key, `${w.other.key}x`, 'a', junk(r)]) } },
    deleteConfirm: { base: { token: `${Date.now()}.${'A'.repeat(43)}` }, breakers: { token: (r) => r.pick<unknown>([`${Date.now()}.${'B'.repeat(43)}`, '', 'x.y', junk(r)]) } },
  };
}

/**
 * A payload for `verb` that must not be accepted: the verb's valid base with one to three
 * fields broken (or junk for verbs without a table), sometimes with forged identity fields.
 */
export function malformedData(r: SeededRandom, world: FuzzWorld, verb: string): unknown {
  const entry = verbTable(world)[verb];
  if (!entry || r.chance(0.15)) return r.chance(0.5) ? junk(r) : { ...forgedIdentity(r, world), extra: junk(r) };
  const data: Data = { ...entry.base };
  const broken = new Set<string>();
  for (let i = 0, n = 1 + r.int(3); i < n; i += 1) {
    const field = r.pick(Object.keys(entry.breakers));
    data[field] = entry.breakers[field]?.(r);
    broken.add(field);
  }
  const intact = Object.keys(data).filter((field) => !broken.has(field));
  // Leaving out a field that was not broken keeps the payload invalid (another field still is).
  if (intact.length > 0 && r.chance(0.1)) delete data[r.pick(intact)];
  return r.chance(0.3) ? { ...data, ...forgedIdentity(r, world) } : data;
}

function forgedIdentity(r: SeededRandom, world: FuzzWorld): Data {
  return r.pick([{ userId: world.other.aadObjectId }, { aadObjectId: world.other.aadObjectId, tenantId: 'other' }, { personKey: world.other.key }, { from: { aadObjectId: world.other.aadObjectId } }]);
}
