import { RestError, type TableClient } from '@azure/data-tables';
import type { Locale } from '../content/types';
import { defaultSettings, type PersonSettings } from '../domain/person-settings';
import { personKey } from './keys';

export interface Person {
  key: string;
  tenantId: string;
  aadObjectId: string;
  /** Display name, shown only to coaches the person invited. */
  name: string;
  settings: PersonSettings;
  /** False after Teams answered 403 (bot removed or blocked); true again on the next message. */
  active: boolean;
  createdAt: string;
}

interface PersonEntity {
  partitionKey: string;
  rowKey: string;
  tenantId: string;
  aadObjectId: string;
  name: string;
  settings: string;
  active: boolean;
  createdAt: string;
}

const ROW = 'profile';

export interface FirstContact {
  tenantId: string;
  aadObjectId: string;
  name: string;
  locale: Locale;
  timeZone: string;
  now: Date;
}

/** Profiles and settings, one partition per person. */
export class PeopleRepository {
  constructor(private readonly table: TableClient) {}

  async get(key: string): Promise<Person | undefined> {
    try {
      return toPerson(await this.table.getEntity<PersonEntity>(key, ROW));
    } catch (error) {
      if (error instanceof RestError && error.statusCode === 404) return undefined;
      throw error;
    }
  }

  /** Creates the profile on first contact; an existing profile is returned untouched. */
  async ensure(contact: FirstContact): Promise<{ person: Person; created: boolean }> {
    const key = personKey(contact.tenantId, contact.aadObjectId);
    const existing = await this.get(key);
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
    };
    try {
      await this.table.createEntity(entity);
      return { person: toPerson(entity), created: true };
    } catch (error) {
      // Two turns of a new person at once: the other one created it.
      if (error instanceof RestError && error.statusCode === 409) {
        const person = await this.get(key);
        if (person) return { person, created: false };
      }
      throw error;
    }
  }

  async saveSettings(key: string, settings: PersonSettings): Promise<void> {
    await this.table.updateEntity({ partitionKey: key, rowKey: ROW, settings: JSON.stringify(settings) }, 'Merge');
  }

  async setActive(key: string, active: boolean): Promise<void> {
    await this.table.updateEntity({ partitionKey: key, rowKey: ROW, active }, 'Merge');
  }

  async delete(key: string): Promise<void> {
    await this.table.deleteEntity(key, ROW).catch(ignoreNotFound);
  }
}

function toPerson(e: PersonEntity): Person {
  return {
    key: e.partitionKey,
    tenantId: e.tenantId,
    aadObjectId: e.aadObjectId,
    name: e.name,
    settings: JSON.parse(e.settings) as PersonSettings,
    active: e.active,
    createdAt: e.createdAt,
  };
}

export function ignoreNotFound(error: unknown): void {
  if (error instanceof RestError && error.statusCode === 404) return;
  throw error;
}
