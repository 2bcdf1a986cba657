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
  const tenantId = activity.conversation?.tenantId ?? (typeof channelData?.tenant?.id === 'string' ? channelData.tenant.id : undefined);
  const aadObjectId = from?.aadObjectId;
  if (!tenantId || !aadObjectId || typeof tenantId !== 'string' || typeof aadObjectId !== 'string') return undefined;
  if (tenantId.length > 100 || aadObjectId.length > 100) return undefined;
  const type = activity.conversation?.conversationType;
  const conversationType = type === 'groupChat' || type === 'channel' ? type : 'personal';
  return { tenantId, aadObjectId, name: typeof from.name === 'string' ? from.name.slice(0, 200) : '', conversationType };
}
