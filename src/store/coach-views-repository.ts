import { randomUUID } from 'node:crypto';
import type { TableClient } from '@azure/data-tables';
import type { ConsentScope } from '../domain/coach-scope';
import { coachTrend, type CoachAnswerFacts, type CoachTrend, type CoachWindow } from '../domain/coach-trend';
import { deletePartition } from './answers-repository';
import { ConsentsRepository } from './consents-repository';
import { odataString } from './keys';
import { ignoreNotFound } from './rows';

/** One time a coach looked at a person's trends. */
interface CoachView {
  coacheeKey: string;
  /** The coach's key, or ERASED_COACH once the coach erased their data. */
  coachKey: string;
  /**
   * The coach's name as the person consented to it (or, for looks recorded before names were
   * kept with the consent, their name at the look); kept when the coach is erased.
   */
  coachName?: string;
  /** The name the coach went by in Teams when they looked, when it was not the consented one. */
  nameAtView?: string;
  viewedAt: string;
}

/**
 * Takes the place of a coach's key in the person's record of who looked once the coach erased
 * their data; never a person key (those start with a tenant id).
 */
export const ERASED_COACH = 'erased';

/** What a coach gets for one person: their trend, within the scope they chose. */
interface CoacheeTrend {
  coacheeKey: string;
  scope: ConsentScope;
  grantedAt: string;
  trend: CoachTrend;
}

interface CoachViewResult {
  coachees: CoacheeTrend[];
  /** People who stopped sharing since the coach last looked; told once. */
  stopped: string[];
}

interface ViewEntity {
  partitionKey: string;
  rowKey: string;
  coachKey: string;
  coachName?: string;
  nameAtView?: string;
  viewedAt: string;
}

/** The answer columns a coach view may read; the note is not among them. */
const FACT_COLUMNS = ['localDate', 'roleId', 'paradoxId', 'position'];
/** Newest first under ascending row keys. */
const MAX_MS = 8_640_000_000_000_000;

/**
 * The coach view and its audit trail. Audit rows live in the coachee's partition (row = time
 * inverted, newest first); `by_<coach key>` holds one row per coachee the coach ever viewed,
 * so deleting a coach's data finds their audit rows without scanning the table.
 */
export class CoachViewsRepository {
  private readonly consents: ConsentsRepository;

  constructor(private readonly tables: { views: TableClient; consents: TableClient; answers: TableClient }) {
    this.consents = new ConsentsRepository(tables.consents);
  }

  /**
   * Everything a coach may see, and only that: people with an active consent, aggregated within
   * their scope. Each person shown gets an audit row before anything is returned.
   */
  async viewAsCoach(coachKey: string, window: CoachWindow, at: Date, coachName = ''): Promise<CoachViewResult> {
    const { active, stopped, dangling } = await this.consents.coacheesOf(coachKey);
    const coachees: CoacheeTrend[] = [];
    for (const consent of active) {
      const facts = await this.answerFacts(consent.coacheeKey, window);
      coachees.push({ coacheeKey: consent.coacheeKey, scope: consent.scope, grantedAt: consent.grantedAt, trend: coachTrend(facts, consent.scope, window, consent.grantedAt) });
    }
    // Recorded under the name the person consented to, so a coach who renamed themselves (to nothing
    // visible, or to the coachee's own name) is still shown as the one they chose, with the new name beside it.
    for (const consent of active) await this.record(consent.coacheeKey, coachKey, consent.coachName ?? coachName, coachName, at);
    await this.consents.forgetStopped(coachKey, [...stopped, ...dangling]);
    return { coachees, stopped };
  }

  /** The latest views of a person's trends, newest first. */
  async recentViews(coacheeKey: string, limit: number): Promise<CoachView[]> {
    const views: CoachView[] = [];
    for await (const e of this.tables.views.listEntities<ViewEntity>({ queryOptions: { filter: `PartitionKey eq ${odataString(coacheeKey)}` } })) {
      views.push({ coacheeKey, coachKey: e.coachKey, ...(e.coachName ? { coachName: e.coachName } : {}), ...(e.nameAtView !== undefined ? { nameAtView: e.nameAtView } : {}), viewedAt: e.viewedAt });
      if (views.length >= limit) break;
    }
    return views;
  }

  /** Views of the person's trends and views the person made as a coach. */
  async exportFor(personKey: string): Promise<CoachView[]> {
    const ofMe = await this.recentViews(personKey, Number.MAX_SAFE_INTEGER);
    const byMe: CoachView[] = [];
    for (const coacheeKey of await this.coacheesViewedBy(personKey)) {
      for (const e of await this.viewsIn(coacheeKey, personKey)) byMe.push({ coacheeKey, coachKey: personKey, ...(e.coachName ? { coachName: e.coachName } : {}), ...(e.nameAtView !== undefined ? { nameAtView: e.nameAtView } : {}), viewedAt: e.viewedAt });
    }
    return [...ofMe, ...byMe];
  }

  /**
   * Removes the audit rows about the person (their record of who looked at them). Of their own
   * looks as a coach, the record stays in each coachee's history, which is the coachee's: it keeps
   * that a look happened, when, and the name shown then, and loses the coach's key. Otherwise a
   * coach could look and then erase every trace of having looked.
   */
  async deleteAllFor(personKey: string): Promise<void> {
    const coachKeys = new Set((await this.recentViews(personKey, Number.MAX_SAFE_INTEGER)).map((v) => v.coachKey));
    for (const coachKey of coachKeys) await this.tables.views.deleteEntity(byCoach(coachKey), personKey).catch(ignoreNotFound);
    await deletePartition(this.tables.views, personKey);
    for (const coacheeKey of await this.coacheesViewedBy(personKey)) {
      for (const e of await this.viewsIn(coacheeKey, personKey)) {
        await this.tables.views.updateEntity({ partitionKey: coacheeKey, rowKey: e.rowKey, coachKey: ERASED_COACH }, 'Merge').catch(ignoreNotFound);
      }
    }
    await deletePartition(this.tables.views, byCoach(personKey));
  }

  private async record(coacheeKey: string, coachKey: string, consentedName: string, nameNow: string, at: Date): Promise<void> {
    const rowKey = `${String(MAX_MS - at.getTime()).padStart(16, '0')}_${randomUUID().slice(0, 8)}`;
    const renamed = nameNow !== consentedName ? { nameAtView: nameNow } : {};
    await this.tables.views.createEntity<ViewEntity>({ partitionKey: coacheeKey, rowKey, coachKey, ...(consentedName ? { coachName: consentedName } : {}), ...renamed, viewedAt: at.toISOString() });
    await this.tables.views.upsertEntity({ partitionKey: byCoach(coachKey), rowKey: coacheeKey }, 'Replace');
  }

  private async answerFacts(coacheeKey: string, window: CoachWindow): Promise<CoachAnswerFacts[]> {
    const filter = `PartitionKey eq ${odataString(coacheeKey)} and localDate ge ${odataString(window.firstDate)} and localDate le ${odataString(window.lastDate)}`;
    const facts: CoachAnswerFacts[] = [];
    for await (const e of this.tables.answers.listEntities<CoachAnswerFacts>({ queryOptions: { filter, select: FACT_COLUMNS } })) {
      facts.push({ localDate: e.localDate, roleId: e.roleId, paradoxId: e.paradoxId, position: e.position });
    }
    return facts;
  }

  private async coacheesViewedBy(coachKey: string): Promise<string[]> {
    const keys: string[] = [];
    const filter = `PartitionKey eq ${odataString(byCoach(coachKey))}`;
    for await (const e of this.tables.views.listEntities({ queryOptions: { filter, select: ['RowKey'] } })) if (e.rowKey) keys.push(e.rowKey);
    return keys;
  }

  private async viewsIn(coacheeKey: string, coachKey: string): Promise<ViewEntity[]> {
    const filter = `PartitionKey eq ${odataString(coacheeKey)} and coachKey eq ${odataString(coachKey)}`;
    const rows: ViewEntity[] = [];
    for await (const e of this.tables.views.listEntities<ViewEntity>({ queryOptions: { filter } })) rows.push(e);
    return rows;
  }
}

/** Person keys start with a tenant GUID, so this prefix never names a person. */
function byCoach(coachKey: string): string {
  return `by_${coachKey}`;
}
