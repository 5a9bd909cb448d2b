import { currentRequestContext, requestIdFrom, withRequestContext } from './request-context';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('request ids', () => {
  it('keeps the id a client or proxy sent when it is a plain token: a UUID, a load balancer trace id', () => {
    for (const id of ['0f8e9a6c-3d1b-4c2a-9e7f-5b6a4c3d2e1f', 'Root-1-67891233-abcdef012345678912345678', 'abcdef12'])
      expect(requestIdFrom(id)).toBe(id);
  });

  it('makes a new one for none, or for anything that could carry words a person wrote: spaces, @, too short or too long', () => {
    for (const header of [
      undefined,
      '',
      'short',
      'jane@example.org',
      'Jane Doe called',
      'x'.repeat(129),
      'ab\ncd-efgh',
      ['a1b2c3d4e5', 'f6'],
    ])
      expect(requestIdFrom(header)).toMatch(UUID);
    expect(requestIdFrom(undefined)).not.toBe(requestIdFrom(undefined));
  });

  it("is found by the request's own work, across awaits, and nowhere else", async () => {
    expect(currentRequestContext()).toBeUndefined();
    const seen = await withRequestContext({ requestId: 'request-0001' }, async () => {
      await new Promise((resolve) => setImmediate(resolve));
      return currentRequestContext()?.requestId;
    });
    expect(seen).toBe('request-0001');
    expect(currentRequestContext()).toBeUndefined();
  });
});
