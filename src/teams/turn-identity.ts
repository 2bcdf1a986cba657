import type { Activity } from 'botbuilder';

/** Who is acting, taken from the activity only (never from card data). */
export interface TurnIdentity {
  tenantId: string;
  aadObjectId: string;
  name: string;
  /** Teams' conversation type: personal, groupChat or channel. */
  conversationType: 'personal' | 'groupChat' | 'channel';
}

interface TeamsChannelData {
  tenant?: { id?: unknown };
}

export function identityOf(activity: Partial<Activity>): TurnIdentity | undefined {
  const from = activity.from;
  const channelData = activity.channelData as TeamsChannelData | undefined;
  // Teams' channelData.tenant.id is the authoritative tenant; conversation.tenantId is a copy. A
  // request where the two disagree is someone's forgery or a bug: it gets no identity at all.
  const claimed = channelData?.tenant?.id;
  const copy = activity.conversation?.tenantId;
  if (claimed !== undefined && copy !== undefined && copy !== null && claimed !== copy) return undefined;
  const tenantId = claimed ?? copy;
  const aadObjectId = from?.aadObjectId;
  if (!tenantId || !aadObjectId || typeof tenantId !== 'string' || typeof aadObjectId !== 'string') return undefined;
  if (tenantId.length > 100 || aadObjectId.length > 100) return undefined;
  const type = activity.conversation?.conversationType;
  const conversationType = type === 'groupChat' || type === 'channel' ? type : 'personal';
  return { tenantId, aadObjectId, name: typeof from.name === 'string' ? from.name.slice(0, 200) : '', conversationType };
}
