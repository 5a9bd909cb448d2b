import { commandUpdateId, currentCommandUpdateId, withCommandUpdateId } from './command-update-id';

describe('commandUpdateId', () => {
  it('is the same for a user’s retry with her key, and differs for another user or key, however they are split', () => {
    const id = commandUpdateId({ userId: 'user-1', key: 'retry-me-123' });
    expect(commandUpdateId({ userId: 'user-1', key: 'retry-me-123' })).toBe(id);
    expect(commandUpdateId({ userId: 'user-2', key: 'retry-me-123' })).not.toBe(id);
    expect(commandUpdateId({ userId: 'user-1', key: 'retry-me-124' })).not.toBe(id);
    expect(commandUpdateId({ userId: 'a:b', key: 'c:dddddddd' })).not.toBe(commandUpdateId({ userId: 'a', key: 'b:c:dddddddd' }));
  });

  it('has a fixed length whatever the user id and key', () => {
    expect(commandUpdateId({ userId: 'u', key: 'x'.repeat(8) })).toMatch(/^idem:[A-Za-z0-9_-]{43}$/);
    expect(commandUpdateId({ userId: 'u'.repeat(100), key: 'x'.repeat(100) })).toMatch(/^idem:[A-Za-z0-9_-]{43}$/);
  });

  it('is found by the work run with it, also after an await, and not outside it', async () => {
    const seen = await withCommandUpdateId('idem:abc', async () => {
      await new Promise((resolve) => setImmediate(resolve));
      return currentCommandUpdateId();
    });
    expect(seen).toBe('idem:abc');
    expect(currentCommandUpdateId()).toBeUndefined();
  });
});
