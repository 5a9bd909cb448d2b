import { RequestSlots } from './request-slots';

describe('RequestSlots', () => {
  const pending = () => {
    let finish!: () => void;
    const done = new Promise<void>((resolve) => (finish = resolve));
    return { done, finish };
  };
  const tick = () => new Promise((resolve) => setImmediate(resolve));

  it('runs up to its limit at once and queues the rest in order', async () => {
    const slots = new RequestSlots(2);
    const requests = [pending(), pending(), pending()];
    const started: number[] = [];
    const runs = requests.map((request, index) =>
      slots.run(() => {
        started.push(index);
        return request.done;
      }),
    );
    await tick();
    expect(started).toEqual([0, 1]);
    expect(slots.keepingUp).toBe(false);
    requests[0].finish();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    requests[1].finish();
    requests[2].finish();
    await Promise.all(runs);
    expect(slots.keepingUp).toBe(true);
  });

  it('takes a free slot synchronously, so whoever admits a course sees it taken at once', () => {
    const slots = new RequestSlots(1);
    void slots.run(() => new Promise(() => undefined));
    expect(slots.keepingUp).toBe(false);
  });

  it('tells the admission when the slots keep up again: nothing queued and one free', async () => {
    const slots = new RequestSlots(1);
    const first = pending();
    const second = pending();
    void slots.run(() => first.done);
    void slots.run(() => second.done);
    let keptUp = false;
    void slots.whenKeepingUp().then(() => (keptUp = true));
    first.finish();
    await tick();
    // The freed slot went straight to the queued request: still not keeping up.
    expect(keptUp).toBe(false);
    second.finish();
    await tick();
    expect(keptUp).toBe(true);
  });
});
