import { previousMonth } from '../../src/domain/craft-reflection';
import { responseKeyOf, seriesOwnerKeyOf, starterKeyOf } from '../../src/domain/pseudonym';
import { personKey } from '../../src/store/keys';
import { TENANT, testUser, type TestUser } from '../support/activities';
import { cardsOf, choicesOf, findData } from '../support/card-reading';
import type { TestApp } from '../support/test-app';
import { CheckinFlow } from './checkin-flow';

/** A person with a row of every kind Positie stores, and the people around them. */
export interface PersonWithEverything {
  user: TestUser;
  key: string;
  /** Their response key in the check-in they answered (the coach started it). */
  pseudonym: string;
  /** Their starter key of the check-in they started. */
  starterKey: string;
  /** Their owner key of the recurring check-in they set up. */
  seriesKey: string;
  seriesId: string;
  /** Their coach (the person shares with them) and their coachee (shares with the person). */
  coach: TestUser;
  coachee: TestUser;
  note: string;
  checkinNote: string;
  /** The check-in they started (the coach answered it). */
  checkinId: string;
  /** The check-in they answered, with a note. */
  answeredCheckinId: string;
}

/** Everything a person can leave behind, made through /api/messages as they would. */
export async function personWithEverything(t: TestApp, base: number): Promise<PersonWithEverything> {
  const [user, coach, coachee] = [testUser(base), testUser(base + 1), testUser(base + 2)];
  const share = async (coachUser: TestUser, coacheeUser: TestUser): Promise<void> => {
    const code = /"id":"coachCode","text":"([A-Z2-9]{7})"/.exec(JSON.stringify(cardsOf((await t.say(coachUser, 'coach code')).body)))?.[1];
    await t.say(coacheeUser, `coach ${code ?? ''}`);
    await t.act(coacheeUser, 'coach.consent', { code, paradoxes: 'true' });
  };

  const note = `notitie van ${base} over een lastig overleg`;
  const prompt = cardsOf((await t.say(user, 'reflecteer')).body)[0];
  const deliveryId = findData(prompt, 'deliveryId');
  const [role] = choicesOf(prompt, 'role');
  if (!deliveryId || !role) throw new Error('no prompt card');
  // Snoozed first: once the day is answered, a snooze is no longer taken (one reflection a day).
  await t.act(user, 'reflection.snooze', { deliveryId });
  await t.act(user, 'reflection.answer', { deliveryId, position: '2', role, note });
  // The monthly craft reflection, on the month before (CraftNotes).
  const craftMonth = previousMonth(t.app.services.now().toISOString().slice(0, 7));
  await t.act(user, 'craft.save', { month: craftMonth, note: `vakmanschap van ${base}` });

  await share(coach, user);
  await share(user, coachee);
  await t.say(user, 'coach code');
  await t.say(coach, 'coachees');
  await t.say(user, 'coachees');

  // A check-in they start (the coach answers it), one the coach starts (they answer it, with a
  // note: a starter does not answer their own), and a recurring check-in they set up.
  const flow = new CheckinFlow(t, `privacy-${base}`);
  const { checkinId } = await flow.start(user);
  await flow.act(coach, 'checkin.answer', { checkinId, choice: 'accepteren', role: 'verbinder' });
  const other = new CheckinFlow(t, `privacy-${base}-coach`);
  const answeredCheckinId = (await other.start(coach)).checkinId;
  const checkinNote = `teamnotitie van ${base}`;
  await other.act(user, 'checkin.answer', { checkinId: answeredCheckinId, choice: 'accepteren', role: 'verbinder', note: checkinNote });
  const setup = cardsOf((await flow.say(user, 'check-in')).body)[0];
  const scheduled = await flow.act(user, 'checkin.start', { token: findData(setup, 'token'), topic: 'p:vak-baas', lens: 'ideaaltypen', hours: '24', minimum: '5', notes: 'false', repeat: 'weekly', weekday: '1', time: '09:00', rotate: 'true' });
  const seriesId = /"seriesId":"([0-9a-f]{20})"/.exec(scheduled)?.[1];
  if (!seriesId) throw new Error('no series was agreed');

  const secret = t.app.services.checkins.secret;
  const pseudonym = responseKeyOf(secret, TENANT, answeredCheckinId, user.aadObjectId);
  const starterKey = starterKeyOf(secret, TENANT, checkinId, user.aadObjectId);
  const seriesKey = seriesOwnerKeyOf(secret, TENANT, seriesId, user.aadObjectId);
  return { user, key: personKey(TENANT, user.aadObjectId), pseudonym, starterKey, seriesKey, seriesId, coach, coachee, note, checkinNote, checkinId, answeredCheckinId };
}

/** The URL on an export card's download button. */
export function exportUrlOf(body: unknown): string {
  const url = /"url":"([^"]+\/export\/[^"]+)"/.exec(JSON.stringify(cardsOf(body)))?.[1];
  if (!url) throw new Error('no download link on the card');
  return url;
}

/** The same link on this test app's random port (the card names PUBLIC_BASE_URL or localhost:PORT). */
export function onTestServer(t: TestApp, url: string): string {
  return `${t.baseUrl}${new URL(url).pathname}`;
}
