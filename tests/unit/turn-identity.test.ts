import { identityOf } from '../../src/teams/turn-identity';

const from = { id: 'u1', name: 'Test', aadObjectId: 'aad-1' };

describe('the tenant of a turn', () => {
  it('when channelData and the conversation name the same tenant, then that tenant', () => {
    expect(identityOf({ from, conversation: { id: 'c', tenantId: 'tenant-a' } as never, channelData: { tenant: { id: 'tenant-a' } } })?.tenantId).toBe('tenant-a');
  });

  it('when channelData names another tenant than the conversation, then no identity at all', () => {
    expect(identityOf({ from, conversation: { id: 'c', tenantId: 'tenant-a' } as never, channelData: { tenant: { id: 'tenant-b' } } })).toBeUndefined();
  });

  it('when only channelData names a tenant, then that one (it is the authoritative place)', () => {
    expect(identityOf({ from, conversation: { id: 'c' } as never, channelData: { tenant: { id: 'tenant-b' } } })?.tenantId).toBe('tenant-b');
  });
});
