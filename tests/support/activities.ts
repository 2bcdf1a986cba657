import { personKey } from '../../src/store/keys';
import { randomUUID } from 'node:crypto';

export const TENANT = '00000000-0000-0000-0000-0000000000aa';

export interface TestUser {
  id: string;
  aadObjectId: string;
  name: string;
}

/** The storage key of a test user's profile (tenant and object id, as the bot derives it). */
export function personKeyOf(user: TestUser, tenantId = TENANT): string {
  return personKey(tenantId, user.aadObjectId);
}

export function testUser(n: number): TestUser {
  return { id: `user-${n}`, aadObjectId: `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`, name: `Test Persoon ${n}` };
}

export type Scope = { kind: 'personal' } | { kind: 'channel'; id: string } | { kind: 'groupChat'; id: string };

interface ActivityOptions {
  serviceUrl: string;
  scope?: Scope;
  locale?: string;
  tenantId?: string;
}

function base(user: TestUser, o: ActivityOptions): Record<string, unknown> {
  const scope = o.scope ?? { kind: 'personal' };
  const tenantId = o.tenantId ?? TENANT;
  const conversation =
    scope.kind === 'personal'
      ? { id: `personal-${user.id}`, conversationType: 'personal', tenantId }
      : { id: scope.id, conversationType: scope.kind, tenantId, isGroup: true };
  return {
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: o.serviceUrl,
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    recipient: { id: 'bot-id', name: 'Positie' },
    conversation,
    channelData: { tenant: { id: tenantId } },
    locale: o.locale ?? 'nl-NL',
  };
}

export function messageActivity(user: TestUser, text: string, o: ActivityOptions): Record<string, unknown> {
  return { ...base(user, o), type: 'message', text, deliveryMode: 'expectReplies' };
}

export function invokeActivity(user: TestUser, verb: string, data: unknown, o: ActivityOptions): Record<string, unknown> {
  return {
    ...base(user, o),
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}

export function installActivity(user: TestUser, o: ActivityOptions): Record<string, unknown> {
  return {
    ...base(user, o),
    type: 'installationUpdate',
    action: 'add',
    deliveryMode: 'expectReplies',
  };
}
