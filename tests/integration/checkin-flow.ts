import { invokeActivity, messageActivity, testUser, type Scope, type TestUser } from '../support/activities';
import { cardsOf, findData, invokeCard } from '../support/card-reading';
import { allRows, type TestApp } from '../support/test-app';

/** Drives team check-ins through /api/messages as several people in one channel or group chat. */
export class CheckinFlow {
  readonly scope: Scope;
  readonly conversationId: string;

  constructor(
    private readonly t: TestApp,
    name: string,
    kind: 'channel' | 'groupChat' = 'channel',
  ) {
    this.conversationId = kind === 'channel' ? `19:${name}@thread.tacv2` : `19:${name}@thread.v2`;
    this.scope = { kind, id: this.conversationId };
  }

  say(user: TestUser, text: string) {
    return this.t.post(messageActivity(user, text, { serviceUrl: this.t.connector.url, scope: this.scope }));
  }

  async act(user: TestUser, verb: string, data: unknown): Promise<string> {
    const response = await this.t.post(invokeActivity(user, verb, data, { serviceUrl: this.t.connector.url, scope: this.scope }));
    return JSON.stringify(invokeCard(response.body));
  }

  /** Starts a check-in as `starter` and returns its id and the activity id of the shared card. */
  async start(starter: TestUser, options: Record<string, string> = {}): Promise<{ checkinId: string; activityId: string }> {
    const setup = cardsOf((await this.say(starter, 'check-in')).body)[0];
    const token = findData(setup, 'token');
    const before = this.t.connector.sent.length;
    await this.act(starter, 'checkin.start', { token, topic: 'd:rapport-in-de-la', lens: 'ideaaltypen', hours: '48', minimum: '5', notes: 'true', ...options });
    const posted = this.t.connector.sent.slice(before).find((s) => s.conversationId === this.conversationId && !s.updatedId);
    const checkinId = findData(posted?.activity, 'checkinId');
    const index = posted ? this.t.connector.sent.indexOf(posted) + 1 : 0;
    if (!checkinId) throw new Error('no check-in card was posted');
    return { checkinId, activityId: `activity-${index}` };
  }

  /** `count` people (numbered from `from`) answer; notes only where given. */
  async answerAs(checkinId: string, from: number, count: number, answer: (i: number) => Record<string, string>): Promise<void> {
    for (let i = 0; i < count; i += 1) await this.act(testUser(from + i), 'checkin.answer', { checkinId, ...answer(i) });
  }

  /** Updates (PUT) of the shared card, oldest first. */
  updatesOf(activityId: string): string[] {
    return this.t.connector.sent.filter((s) => s.updatedId === activityId).map((s) => JSON.stringify(s.activity));
  }

  async checkinRows(): Promise<Record<string, unknown>[]> {
    return (await allRows(this.t.tables)).filter((r) => r.table === 'checkins' || r.table === 'checkinResponses');
  }

  async responsesTo(checkinId: string): Promise<Record<string, unknown>[]> {
    return (await this.checkinRows()).filter((r) => r.table === 'checkinResponses' && r.partitionKey === checkinId);
  }
}
