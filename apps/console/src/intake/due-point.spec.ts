import { dueDays, duePointWords } from './due-point';

describe('a due point label', () => {
  it('reads as days after the match start', () => {
    expect(['0d', '14d', 'P2W', 'P3M', 'P1Y', 'close', 'PT5H'].map(dueDays)).toEqual([0, 14, 14, 90, 365, undefined, undefined]);
  });

  it('reads as words to translate, with the count for the plural', () => {
    expect(duePointWords('0d')).toEqual({ key: 'measurement.due.start' });
    expect(duePointWords('close')).toEqual({ key: 'measurement.due.close' });
    expect(duePointWords('P3M')).toEqual({ key: 'measurement.due.M', count: 3 });
    expect(duePointWords('14d')).toEqual({ key: 'measurement.due.D', count: 14 });
    expect(duePointWords('PT5H')).toBeUndefined();
  });
});
