import type { CheckinDeps } from './checkins-deps';
import { z } from 'zod';
import { renderCheckinStarted } from '../../cards/checkin-started-card';
import { renderMessage } from '../../cards/message-card';
import { checkinStrings } from '../../cards/strings/checkin-strings';
import { verifyStartToken } from '../../domain/pseudonym';
import { newCheckinId } from '../../store/checkins-repository';
import type { Checkin } from '../../domain/checkin';
import { VERBS } from '../../cards/verbs';
import { defineAction, type ActionReply } from '../definitions';
import type { Turn } from '../turn';
import { channelReference, checkinActor } from './checkin-context';
import { startSchema } from './checkin-payloads';
import { parseTopic } from './checkin-topic';
import { openCheckinCard } from './checkin-views';
import { invalidCheckinResponse, invalidCheckinText } from './invalid-response';
import { startSeries } from './series-start';

const HOUR_MS = 60 * 60 * 1000;

/**
 * `checkinStart`: the starter submits the setup card. A one-off check-in is posted to the
 * conversation through the rate-limited sender; a repeating one is agreed for the scheduler to
 * post. The setup card turns into a confirmation, which only the starter sees, with the close
 * (or stop) button.
 */
export const checkinStartAction = defineAction({ verb: VERBS.checkinStart, scope: 'conversation', invalid: invalidCheckinText, schema: z.looseObject({ token: z.string().max(100) }), handle: startCheckin });

async function startCheckin(turn: Turn, data: unknown, services: CheckinDeps): Promise<ActionReply> {
  const parsed = startSchema(services.config.CHECKIN_MIN_RESPONSES).safeParse(data);
  const topic = parsed.success ? parseTopic(services.content, parsed.data.topic) : undefined;
  if (!parsed.success || !topic) return invalidCheckinResponse(turn.locale);
  const request = parsed.data;
  const locale = request.language ?? turn.locale;
  const s = checkinStrings[locale];
  const actor = checkinActor(turn, services);
  const now = services.now();
  const token = verifyStartToken(services.checkins.secret, request.token, actor.startSubject, actor.conversationKey, now.getTime());
  if (!token.ok) return renderMessage(token.reason === 'expired' ? s.start.expired : s.start.notStarter, s.heading);
  if (request.repeat !== 'once') {
    const everyWeeks = request.repeat === 'weekly' ? 1 : 2;
    return startSeries(turn, services, actor, topic, { everyWeeks, weekday: request.weekday, time: request.time, rotate: request.rotate, lens: request.lens, hours: request.hours, minimum: request.minimum, notesAllowed: request.notes, locale, token: request.token });
  }

  const dueMs = now.getTime() + request.hours * HOUR_MS;
  const id = newCheckinId(token.issuedMs, request.token);
  const checkin: Checkin = {
    conversationKey: actor.conversationKey,
    id,
    ...topic,
    lens: request.lens,
    minimum: request.minimum,
    notesAllowed: request.notes,
    locale,
    owner: actor.starterKey(id),
    tenantId: turn.identity.tenantId,
    createdAt: now.toISOString(),
    dueAt: new Date(dueMs).toISOString(),
    expiresAt: new Date(dueMs + services.config.CHECKIN_RETENTION_DAYS * 24 * HOUR_MS).toISOString(),
    status: 'open',
    reference: channelReference(turn),
  };
  if (!(await services.checkins.checkins.create(checkin))) return renderMessage(s.start.already, s.heading);
  const sent = await services.proactive.send({ tenantId: checkin.tenantId, reference: checkin.reference }, openCheckinCard(services, checkin, checkin.locale, 0));
  if (!sent.ok) {
    await services.checkins.checkins.delete(checkin);
    return invalidCheckinResponse(locale, 'generic');
  }
  if (sent.activityId) await services.checkins.checkins.setActivityId(checkin, sent.activityId);
  services.telemetry.checkin('opened');
  services.logger.info({ event: 'checkin.started', topicKind: checkin.topicKind, lens: checkin.lens, hours: request.hours, minimum: checkin.minimum }, 'check-in started');
  return renderCheckinStarted({ heading: s.heading, text: s.start.started, checkinId: id, closeLabel: s.card.close });
}
