import type { ReflectionDeps } from './reflection-deps';
import { z } from 'zod';
import { dayStrings } from '../../cards/strings/day-strings';
import { renderError } from '../../cards/error-card';
import { VERBS } from '../../cards/verbs';
import { findRole } from '../../content/library-lookup';
import { defineAction, messageReply } from '../definitions';
import { reflectNow } from './reflect-now';

/**
 * `reflectAs` (from the weekly summary's nudge): a prompt from that role's perspective, sent
 * at once as a new message, so the summary card stays as it was.
 */
export const reflectAsAction = defineAction({
  verb: VERBS.reflectAs,
  scope: 'personal',
  schema: z.object({ roleId: z.string().max(60) }),
  handle: async (turn, { roleId }, services: ReflectionDeps) => {
    const role = findRole(services.content, roleId);
    if (!role) return renderError(turn.locale, 'invalid');
    await reflectNow(turn, services, role.id);
    return messageReply(dayStrings[turn.locale].questionBelow);
  },
});
