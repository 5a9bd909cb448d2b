import { urgentThenNewest } from './nudge-order';

const nudge = (id: string, raisedAt: string, escalatedAt: string | null = null) => ({ id, raisedAt, escalatedAt });

describe('the open nudges in the list', () => {
  it('come newest first', () => {
    const nudges = [nudge('old', '2026-12-01T08:00:00Z'), nudge('new', '2026-12-04T08:00:00Z'), nudge('mid', '2026-12-02T08:00:00Z')];
    expect(urgentThenNewest(nudges).map(({ id }) => id)).toEqual(['new', 'mid', 'old']);
  });

  it('put those passed on unanswered before all others, newest first among them too', () => {
    const nudges = [
      nudge('new', '2026-12-04T08:00:00Z'),
      nudge('passed-on-old', '2026-11-20T08:00:00Z', '2026-11-23T08:00:00Z'),
      nudge('passed-on-new', '2026-11-25T08:00:00Z', '2026-11-28T08:00:00Z'),
    ];
    expect(urgentThenNewest(nudges).map(({ id }) => id)).toEqual(['passed-on-new', 'passed-on-old', 'new']);
  });

  it('leave the answer they were read from as it was', () => {
    const nudges = [nudge('old', '2026-12-01T08:00:00Z'), nudge('new', '2026-12-04T08:00:00Z')];
    urgentThenNewest(nudges);
    expect(nudges.map(({ id }) => id)).toEqual(['old', 'new']);
  });
});
