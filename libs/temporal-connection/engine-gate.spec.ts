import { EngineBusyError, EngineGate, type EngineGateLimits } from './engine-gate';

/** A call the engine has not answered yet: it answers when the test says. */
function pendingCall(): { call: () => Promise<string>; answer: (value: string) => void } {
  let answer!: (value: string) => void;
  const answered = new Promise<string>((resolve) => (answer = resolve));
  return { call: () => answered, answer };
}

const gate = (limits: Partial<EngineGateLimits> = {}) =>
  new EngineGate({ maxInFlight: 2, maxQueued: 0, queueWaitMs: 0, retryAfterSeconds: 3, ...limits });

describe('EngineGate', () => {
  afterEach(() => jest.useRealTimers());

  it('lets calls through up to its limit and turns the next away at once, saying when to come back', async () => {
    const limited = gate();
    const [first, second] = [pendingCall(), pendingCall()];
    const running = [limited.admit(first.call), limited.admit(second.call)];
    const refused = limited.admit(async () => 'never sent');
    await expect(refused).rejects.toBeInstanceOf(EngineBusyError);
    await expect(refused).rejects.toMatchObject({ retryAfterSeconds: 3 });
    expect(limited.busy).toEqual({ inFlight: 2, queued: 0 });
    first.answer('one');
    second.answer('two');
    await expect(Promise.all(running)).resolves.toEqual(['one', 'two']);
    expect(limited.busy).toEqual({ inFlight: 0, queued: 0 });
  });

  it('says it is full exactly when the next place asked for would be refused at once', async () => {
    const queueing = gate({ maxInFlight: 1, maxQueued: 1, queueWaitMs: 10_000 });
    const held = pendingCall();
    const running = queueing.admit(held.call);
    expect(queueing.full).toBe(false);
    const queued = queueing.admit(async () => 'queued');
    expect(queueing.full).toBe(true);
    await expect(queueing.take()).rejects.toBeInstanceOf(EngineBusyError);
    held.answer('done');
    await Promise.all([running, queued]);
    expect(queueing.full).toBe(false);

    const noWaiting = gate({ maxInFlight: 1, maxQueued: 5, queueWaitMs: 0 });
    const release = await noWaiting.take();
    expect(noWaiting.full).toBe(true);
    release();
    expect(noWaiting.full).toBe(false);
  });

  it('never sends a call it turns away', async () => {
    const limited = gate({ maxInFlight: 1 });
    const held = pendingCall();
    const running = limited.admit(held.call);
    const sent = jest.fn(async () => 'sent');
    await expect(limited.admit(sent)).rejects.toBeInstanceOf(EngineBusyError);
    expect(sent).not.toHaveBeenCalled();
    held.answer('done');
    await running;
  });

  it('gives a place back when the call fails, too', async () => {
    const limited = gate({ maxInFlight: 1 });
    await expect(limited.admit(() => Promise.reject(new Error('engine away')))).rejects.toThrow('engine away');
    await expect(limited.admit(async () => 'next')).resolves.toBe('next');
  });

  it('hands a freed place to the longest waiter in its queue, first come first served', async () => {
    const limited = gate({ maxInFlight: 1, maxQueued: 2, queueWaitMs: 10_000 });
    const held = pendingCall();
    const running = limited.admit(held.call);
    const order: string[] = [];
    const queued = ['first', 'second'].map((name) => limited.admit(async () => order.push(name)));
    expect(limited.busy).toEqual({ inFlight: 1, queued: 2 });
    await expect(limited.admit(async () => 'third')).rejects.toBeInstanceOf(EngineBusyError);
    held.answer('done');
    await Promise.all([running, ...queued]);
    expect(order).toEqual(['first', 'second']);
    expect(limited.busy).toEqual({ inFlight: 0, queued: 0 });
  });

  it('turns a queued call away when no place comes free within the queue wait, and forgets it', async () => {
    jest.useFakeTimers();
    const limited = gate({ maxInFlight: 1, maxQueued: 1, queueWaitMs: 25 });
    const held = pendingCall();
    const running = limited.admit(held.call);
    const sent = jest.fn(async () => 'sent');
    const queued = limited.admit(sent);
    const settled = expect(queued).rejects.toBeInstanceOf(EngineBusyError);
    jest.advanceTimersByTime(25);
    await settled;
    expect(sent).not.toHaveBeenCalled();
    expect(limited.busy).toEqual({ inFlight: 1, queued: 0 });
    held.answer('done');
    await running;
    expect(limited.busy).toEqual({ inFlight: 0, queued: 0 });
  });

  it('holds one place for all the calls of a request, until the request ends', async () => {
    const limited = gate({ maxInFlight: 1 });
    const held = pendingCall();
    const request = limited.forRequest(async () => {
      const state = await limited.admit(async () => 'queried');
      const counts = await Promise.all([limited.admit(async () => 'a'), limited.admit(async () => 'b')]);
      return [state, ...counts, await limited.admit(held.call)];
    });
    await Promise.resolve();
    await expect(limited.admit(async () => 'another request')).rejects.toBeInstanceOf(EngineBusyError);
    held.answer('updated');
    await expect(request).resolves.toEqual(['queried', 'a', 'b', 'updated']);
    expect(limited.busy).toEqual({ inFlight: 0, queued: 0 });
  });

  it('turns every later call of a request away once its first was, so none of them reaches the engine', async () => {
    const limited = gate({ maxInFlight: 1 });
    const held = pendingCall();
    const running = limited.admit(held.call);
    const sent = jest.fn(async () => 'sent');
    const request = limited.forRequest(async () => {
      await limited.admit(sent).catch(() => undefined);
      return limited.admit(sent);
    });
    await expect(request).rejects.toBeInstanceOf(EngineBusyError);
    expect(sent).not.toHaveBeenCalled();
    held.answer('done');
    await running;
  });

  it('runs a request on a place taken ahead of it, given back when it ends, and turns the next away before it starts', async () => {
    const limited = gate({ maxInFlight: 1 });
    const held = pendingCall();
    const taken = await limited.take();
    const request = limited.forRequest(() => limited.admit(held.call), { taken });
    await expect(limited.take()).rejects.toBeInstanceOf(EngineBusyError);
    held.answer('updated');
    await expect(request).resolves.toBe('updated');
    expect(limited.busy).toEqual({ inFlight: 0, queued: 0 });
  });

  it('tells a request’s first call to the engine, once, so the route can be known to call it', async () => {
    const limited = gate();
    const onEngineCall = jest.fn();
    await limited.forRequest(async () => [await limited.admit(async () => 'a'), await limited.admit(async () => 'b')], { onEngineCall });
    expect(onEngineCall).toHaveBeenCalledTimes(1);
    await limited.forRequest(async () => 'no engine', { onEngineCall });
    expect(onEngineCall).toHaveBeenCalledTimes(1);
  });

  it('takes no place for a request that never calls the engine', async () => {
    const limited = gate({ maxInFlight: 1 });
    await expect(limited.forRequest(async () => 'read from the database')).resolves.toBe('read from the database');
    expect(limited.busy).toEqual({ inFlight: 0, queued: 0 });
  });
});
