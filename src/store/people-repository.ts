import type { TableClient } from '@azure/data-tables';
import type { Locale } from '../content/types';
import { defaultSettings, type PersonSettings } from '../domain/person-settings';
import type { PromptSeen } from '../domain/rotation';
import { personKey } from './keys';
import { wallTimeMs } from '../clock';
import { personSettingsSchema } from './row-schemas';
import { findRow, hasStatus, ignoreNotFound, parseJsonColumn, whenUnchanged } from './rows';
import type { Person } from '../domain/person';
import { RecentMemory } from '../domain/recent-memory';

interface PersonEntity {
  partitionKey: string;
  rowKey: string;
  tenantId: string;
  aadObjectId: string;
  name: string;
  settings: string;
  active: boolean;
  createdAt: string;
  /** `<date>:<prompt id>` comma-separated (ids are lowercase letters, digits and dashes). */
  promptHistory?: string;
  etag?: string;
}

const ROW = 'profile';
/** Tries of an append that lost a race with another write to the same profile. */
const APPEND_TRIES = 4;

interface FirstContact {
  tenantId: string;
  aadObjectId: string;
  name: string;
  locale: Locale;
  timeZone: string;
  now: Date;
}

/** Profiles remembered for `ensure(…, { maxAgeMs })`; beyond this the oldest is dropped. */
const MAX_REMEMBERED = 10_000;

/** Profiles and settings, one partition per person. */
export class PeopleRepository {
  /** Profiles this instance read lately, with when; every write here drops the entry. */
  private readonly recent = new RecentMemory<Person>(MAX_REMEMBERED);
  /** Counts writes, so that a read which raced a write is not remembered. */
  private writes = 0;

  constructor(private readonly table: TableClient) {}

  async get(key: string): Promise<Person | undefined> {
    const entity = await findRow<PersonEntity>(this.table, key, ROW);
    return entity ? toPerson(entity) : undefined;
  }

  /**
   * Creates the profile on first contact; an existing profile is returned untouched. With
   * `maxAgeMs`, a profile this instance read at most that long ago is reused: a burst of card
   * clicks then reads storage once. Writes through this instance drop it at once; a write by
   * another instance is seen after at most `maxAgeMs`.
   */
  async ensure(contact: FirstContact, options: { maxAgeMs?: number } = {}): Promise<{ person: Person; created: boolean }> {
    const key = personKey(contact.tenantId, contact.aadObjectId);
    const existing = await this.find(contact.tenantId, contact.aadObjectId, options);
    if (existing) return { person: existing, created: false };
    const entity: PersonEntity = {
      partitionKey: key,
      rowKey: ROW,
      tenantId: contact.tenantId,
      aadObjectId: contact.aadObjectId,
      name: contact.name,
      settings: JSON.stringify(defaultSettings(contact.timeZone, contact.locale)),
      active: true,
      createdAt: contact.now.toISOString(),
      promptHistory: '',
    };
    try {
      await this.table.createEntity(entity);
      return { person: toPerson(entity), created: true };
    } catch (error) {
      // Two turns of a new person at once: the other one created it.
      if (hasStatus(error, 409)) {
        const person = await this.get(key);
        if (person) return { person, created: false };
      }
      throw error;
    }
  }

  /**
   * The profile, or undefined when the person has none (never met, or erased). With `maxAgeMs`,
   * a profile this instance read at most that long ago is reused (see `ensure`).
   */
  async find(tenantId: string, aadObjectId: string, options: { maxAgeMs?: number } = {}): Promise<Person | undefined> {
    const key = personKey(tenantId, aadObjectId);
    const remembered = this.recent.get(key, wallTimeMs(), options.maxAgeMs ?? -1);
    if (remembered) return remembered;
    const writesBefore = this.writes;
    const existing = await this.get(key);
    if (existing && this.writes === writesBefore) this.remember(existing);
    return existing;
  }

  async saveSettings(key: string, settings: PersonSettings): Promise<void> {
    await this.writing(key, () => this.table.updateEntity({ partitionKey: key, rowKey: ROW, settings: JSON.stringify(settings) }, 'Merge'));
  }

  /**
   * Rewrites the prompt history with `change` applied, guarded by the etag so that two writers
   * (a scheduled prompt and one asked for) do not lose each other's pick. Starts from `person`
   * as read; after a lost race it reads the profile again. Nothing happens for a deleted profile.
   */
  async updatePromptHistory(person: Person, change: (history: PromptSeen[] | undefined) => Promise<PromptSeen[]>): Promise<void> {
    let current: Person | undefined = person;
    for (let attempt = 1; current; attempt += 1) {
      const history = await change(current.promptHistory);
      const etag = current.etag ?? '*';
      const written = await this.writingIfUnchanged(person.key, () =>
        this.table.updateEntity({ partitionKey: person.key, rowKey: ROW, promptHistory: encodeHistory(history) }, 'Merge', { etag }),
      );
      if (written || attempt >= APPEND_TRIES) return;
      current = await this.get(person.key);
    }
  }

  /**
   * Keeps the display name current: Teams sends it with each activity, and a profile made from
   * an install without one (or before a rename) would otherwise keep the old name for good.
   * Writes only when the name changed; answers the person as it is now.
   */
  async keepNameCurrent(person: Person, name: string): Promise<Person> {
    const current = name.trim();
    if (!isDisplayName(current) || current === person.name) return person;
    await this.writing(person.key, () => this.table.updateEntity({ partitionKey: person.key, rowKey: ROW, name: current }, 'Merge'));
    // The etag is now stale on purpose: a guarded write with it reads the profile again.
    return { ...person, name: current };
  }

  async setActive(key: string, active: boolean): Promise<void> {
    await this.writing(key, () => this.table.updateEntity({ partitionKey: key, rowKey: ROW, active }, 'Merge'));
  }

  async delete(key: string): Promise<void> {
    await this.writing(key, () => this.table.deleteEntity(key, ROW).catch(ignoreNotFound));
  }

  /** Forgets the remembered profile before and after the write, so no read around it is kept. */
  private async writing(key: string, write: () => Promise<unknown>): Promise<void> {
    this.writes += 1;
    this.recent.delete(key);
    try {
      await write();
    } finally {
      this.writes += 1;
      this.recent.delete(key);
    }
  }

  /** As `writing`, but a lost etag race (412) or a deleted profile (404) answers false. */
  private async writingIfUnchanged(key: string, write: () => Promise<unknown>): Promise<boolean> {
    return whenUnchanged(() => this.writing(key, write));
  }

  private remember(person: Person): void {
    this.recent.set(person.key, person, wallTimeMs());
  }
}

function toPerson(e: PersonEntity): Person {
  return {
    key: e.partitionKey,
    tenantId: e.tenantId,
    aadObjectId: e.aadObjectId,
    name: e.name,
    settings: parseJsonColumn(personSettingsSchema, e.settings),
    active: e.active,
    createdAt: e.createdAt,
    ...(e.promptHistory !== undefined ? { promptHistory: decodeHistory(e.promptHistory) } : {}),
    ...(e.etag ? { etag: e.etag } : {}),
  };
}

function encodeHistory(history: readonly PromptSeen[]): string {
  return history.map((seen) => `${seen.localDate}:${seen.promptId}`).join(',');
}

function decodeHistory(text: string): PromptSeen[] {
  return text === ''
    ? []
    : text.split(',').flatMap((item) => {
        const [localDate, promptId] = item.split(':');
        return localDate && promptId ? [{ localDate, promptId }] : [];
      });
}

/** Longer than any display name Teams shows; a longer "name" is junk in the activity, not a rename. */
const NAME_MAX = 128;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

function isDisplayName(name: string): boolean {
  return name.length > 0 && name.length <= NAME_MAX && !CONTROL.test(name);
}
