/**
 * A small seeded generator (mulberry32), so a fuzz run can be repeated exactly from its seed
 * and a failure printed with its seed is a failure anyone can replay.
 */
export class SeededRandom {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(maxExclusive: number): number {
    return Math.floor(this.next() * maxExclusive);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(items.length)] as T;
  }

  /** Random text from a mixed alphabet: letters, digits, Dutch accents, markup, quotes, controls, emoji. */
  text(maxLength: number): string {
    const length = this.int(maxLength + 1);
    let out = '';
    for (let i = 0; i < length; i += 1) out += this.char();
    return out;
  }

  /** Text with at least one control character (not tab or line breaks). */
  controlText(maxLength: number): string {
    const control = String.fromCharCode(this.pick([0, 1, 7, 8, 11, 12, 14, 27, 31, 127, 0x85, 0x9f]));
    const base = this.text(Math.max(1, maxLength - 1));
    const at = this.int(base.length + 1);
    return `${base.slice(0, at)}${control}${base.slice(at)}`;
  }

  private char(): string {
    const kind = this.int(10);
    if (kind < 5) return String.fromCharCode(97 + this.int(26));
    if (kind === 5) return String(this.int(10));
    if (kind === 6) return this.pick(['é', 'ë', 'ï', 'ĳ', ' ', ' ', '\n', '\t']);
    if (kind === 7) return this.pick(['<', '>', '"', "'", '&', '\\', '/', '#', '?', '%', '$', '{', '}', '`']);
    if (kind === 8) return String.fromCharCode(this.int(32));
    return this.pick(['😀', '\u202e', '\ufeff', '\u0000', '\ud800', '\u2028']);
  }
}
