import { z } from 'zod';
import { renderMessage } from '../../cards/message-card';
import { checkinStrings } from '../../cards/strings/checkin-strings';
import { verifyStartToken } from '../../domain/pseudonym';
import { newCheckinId } from '../../store/checkins-repository';
import type { Checkin } from '../../domain/checkin';
import { VERBS } from '../../cards/verbs';
import { defineAction, type ActionReply } from '../definitions';
import type { Services } from '../services';
import type { Turn } from '../turn';
import { channelReference, checkinActor } from './checkin-context';
import { startSchema } from './checkin-payloads';
import { parseTopic } from './checkin-topic';
import { openCheckinCard } from './checkin-views';
import { invalidCheckinResponse, invalidCheckinText } from './invalid-response';

const HOUR_MS = 60 * 60 * 1000;

/**
 * `checkinStart`: the starter submits the setup card. The check-in card is posted to the
 * conversation through the rate-limited sender; the setup card turns into a confirmation.
 */
export const checkinStartAction = defineAction({ verb: VERBS.checkinStart, scope: 'conversation', invalid: invalidCheckinText, schema: z.looseObject({ token: z.string().max(100) }), handle: startCheckin });

async function startCheckin(turn: Turn, data: unknown, services: Services): Promise<ActionReply> {
  const parsed = startSchema(services.config.CHECKIN_MIN_RESPONSES).safeParse(data);
  const topic = parsed.success ? parseTopic(services.content, parsed.data.topic) : undefined;
  if (!parsed.success || !topic) return invalidCheckinResponse(turn.locale);
  const locale = parsed.data.language ?? turn.locale;
  const s = checkinStrings[locale];
  const actor = checkinActor(turn, services);
  const now = services.now();
  const token = verifyStartToken(services.checkins.secret, parsed.data.token, actor.startSubject, actor.conversationKey, now.getTime());
  if (!token.ok) return renderMessage(token.reason === 'expired' ? s.start.expired : s.start.notStarter, s.heading);

  const dueMs = now.getTime() + parsed.data.hours * HOUR_MS;
  const id = newCheckinId(token.issuedMs, parsed.data.token);
  const checkin: Checkin = {
    conversationKey: actor.conversationKey,
    id,
    ...topic,
    lens: parsed.data.lens,
    minimum: parsed.data.minimum,
    notesAllowed: parsed.data.notes,
    locale,
    owner: actor.starterKey(id),
    tenantId: turn.identity.tenantId,
    createdAt: now.toISOString(),
    dueAt: new Date(dueMs).toISOString(),
    expiresAt: new Date(dueMs + services.config.CHECKIN_RETENTION_DAYS * 24 * HOUR_MS).toISOString(),
    status: 'open',
    reference: channelReference(turn),
  };
  if (!(await services.checkins.store.create(checkin))) return renderMessage(s.start.already, s.heading);
  const sent = await services.proactive.send({ tenantId: checkin.tenantId, reference: checkin.reference }, openCheckinCard(services, checkin, checkin.locale, 0));
  if (!sent.ok) {
    await services.checkins.store.delete(checkin);
    return invalidCheckinResponse(locale, 'generic');
  }
  if (sent.activityId) await services.checkins.store.setActivityId(checkin, sent.activityId);
  services.telemetry.checkin('opened');
  services.logger.info({ event: 'checkin.started', topicKind: checkin.topicKind, lens: checkin.lens, hours: parsed.data.hours, minimum: checkin.minimum }, 'check-in started');
  return renderMessage(s.start.started, s.heading);
}
