import { z } from 'zod';
import { findRole } from '../../content/library-lookup';
import { messageResponse } from '../../teams/card-reply';
import { errorResponse } from '../../teams/error-response';
import { reflectNow } from './reflect-now';
import type { ActionHandler } from '../turn';

const payload = z.object({ roleId: z.string().max(60) });

/**
 * `reflectAs` (from the weekly summary's nudge): a prompt from that role's perspective, sent
 * at once as a new message, so the summary card stays as it was.
 */
export const reflectAsAction: ActionHandler = async (turn, data, services) => {
  const parsed = payload.safeParse(data);
  const role = parsed.success ? findRole(services.content, parsed.data.roleId) : undefined;
  if (!turn.person || !role) return errorResponse(turn.locale, 'invalid');
  await reflectNow(turn, services, role.id);
  return messageResponse(turn.locale === 'nl' ? 'Je vraag staat hieronder.' : 'Your question is below.');
};
