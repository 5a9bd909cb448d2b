import { COMMAND_KINDS, kindAt, kindCounts, mixNeeds, OnceEach } from './command-mix';

describe('the command mix', () => {
  it('sends every kind in turn under `all`, and meetings alone under `meetings`', () => {
    expect(Array.from({ length: 7 }, (_, index) => kindAt('all', index))).toEqual([...COMMAND_KINDS, 'meeting']);
    expect(Array.from({ length: 3 }, (_, index) => kindAt('meetings', index))).toEqual(['meeting', 'meeting', 'meeting']);
  });

  it('counts each kind of a step as the turns give them out: equal shares, the first kinds one more when they do not divide', () => {
    expect(kindCounts('all', 1200)).toEqual(Object.fromEntries(COMMAND_KINDS.map((kind) => [kind, 200])));
    expect(kindCounts('all', 15)).toEqual({ meeting: 3, 'missed-meeting': 3, 'check-in': 3, measurement: 2, answer: 2, review: 2 });
    expect(kindCounts('meetings', 15)).toEqual({ meeting: 15 });
  });

  it('sums what the steps use up of the courses: answers, reviews and measurements over every rate', () => {
    expect(mixNeeds('all', [5, 10], 3)).toEqual({ answers: 7, reviews: 7, measurements: 7 });
    expect(mixNeeds('all', [10, 20, 50], 60)).toEqual({ answers: 800, reviews: 800, measurements: 800 });
    expect(mixNeeds('meetings', [10, 20, 50], 60)).toEqual({ answers: 0, reviews: 0, measurements: 0 });
  });
});

describe('OnceEach', () => {
  it('hands out each item once, in some order, and fails the take after the last', () => {
    const pool = new OnceEach(['a', 'b', 'c'], 'course with a review due');
    const taken = [pool.take(), pool.take(), pool.take()];
    expect([...taken].sort()).toEqual(['a', 'b', 'c']);
    expect(() => pool.take()).toThrow('no course with a review due left to send');
  });

  it('does not change the items it was given', () => {
    const items = [1, 2, 3, 4];
    new OnceEach(items, 'slot').take();
    expect(items).toEqual([1, 2, 3, 4]);
  });
});
