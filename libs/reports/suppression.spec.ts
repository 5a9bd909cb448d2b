import { oneDecimal, Suppression } from './suppression';

describe('Suppression', () => {
  const suppression = new Suppression(5);

  describe('count', () => {
    it('keeps the minimum it was made with', () => {
      expect(suppression.minimumCount).toBe(5);
    });

    it.each([1, 2, 3, 4])('suppresses %i, between 1 and the minimum', (n) => {
      expect(suppression.count(n)).toBeNull();
    });

    it('shows zero, which says of nobody', () => {
      expect(suppression.count(0)).toBe(0);
    });

    it.each([5, 6, 17, 1000])('shows %i, at or above the minimum', (n) => {
      expect(suppression.count(n)).toBe(n);
    });

    it('follows the minimum it was made with', () => {
      const strict = new Suppression(10);
      expect(strict.count(9)).toBeNull();
      expect(strict.count(10)).toBe(10);
      const lenient = new Suppression(1);
      expect(lenient.count(1)).toBe(1);
      expect(lenient.count(0)).toBe(0);
    });
  });

  describe('mean', () => {
    it('hides both the mean and n over fewer people than the minimum', () => {
      expect(suppression.mean([40])).toEqual({ mean: null, n: null });
      expect(suppression.mean([40, 50, 60, 70])).toEqual({ mean: null, n: null });
    });

    it('has no mean over nobody, but says n is 0', () => {
      expect(suppression.mean([])).toEqual({ mean: null, n: 0 });
    });

    it('gives the mean over exactly the minimum', () => {
      expect(suppression.mean([10, 20, 30, 40, 50])).toEqual({ mean: 30, n: 5 });
    });

    it('rounds the mean to one decimal: fifteen scores summing to 664 give 44.3', () => {
      const scores = [40, 44, 48, 52, 36, 44, 44, 44, 44, 44, 44, 44, 44, 44, 48];
      expect(scores).toHaveLength(15);
      expect(scores.reduce((sum, score) => sum + score, 0)).toBe(664);
      expect(suppression.mean(scores)).toEqual({ mean: 44.3, n: 15 });
    });

    it('rounds down as well as up', () => {
      // 61 / 6 = 10.1666…, 302 / 6 = 50.333…
      expect(suppression.mean([10, 10, 10, 10, 10, 11])).toEqual({ mean: 10.2, n: 6 });
      expect(suppression.mean([50, 50, 50, 50, 50, 52])).toEqual({ mean: 50.3, n: 6 });
    });
  });

  describe('share', () => {
    it('is null when the part is suppressed', () => {
      expect(suppression.share(3, 20)).toBeNull();
    });

    it('is null when the whole is suppressed', () => {
      expect(suppression.share(0, 4)).toBeNull();
    });

    it('is null when the whole is 0', () => {
      expect(suppression.share(0, 0)).toBeNull();
    });

    it('is 0 when the part is 0 of a shown whole', () => {
      expect(suppression.share(0, 20)).toBe(0);
    });

    it('is 1 when the part is the whole', () => {
      expect(suppression.share(12, 12)).toBe(1);
    });

    it('rounds to three decimals', () => {
      expect(suppression.share(5, 7)).toBe(0.714); // 0.714285…
      expect(suppression.share(6, 9)).toBe(0.667); // 0.666…
      expect(suppression.share(10, 40)).toBe(0.25);
    });
  });

  describe('group', () => {
    it('leaves the counts alone when none is suppressed', () => {
      expect(suppression.group({ a: 7, b: 12, c: 5, d: 0 })).toEqual({ a: 7, b: 12, c: 5, d: 0 });
    });

    it('suppresses the smallest other non-zero count too when exactly one is suppressed', () => {
      expect(suppression.group({ a: 3, b: 20, c: 8, d: 11 })).toEqual({ a: null, b: 20, c: null, d: 11 });
    });

    it('never picks a zero as the second one to suppress', () => {
      expect(suppression.group({ a: 2, zero: 0, b: 9, c: 6 })).toEqual({ a: null, zero: 0, b: 9, c: null });
    });

    it('suppresses nothing more when the suppressed counts together reach the minimum', () => {
      expect(suppression.group({ a: 1, b: 4, c: 6, d: 30 })).toEqual({ a: null, b: null, c: 6, d: 30 });
      expect(suppression.group({ a: 1, b: 2, c: 3, d: 50 })).toEqual({ a: null, b: null, c: null, d: 50 });
    });

    it('hides more while the suppressed counts together stay below the minimum (total minus the rest would give them away)', () => {
      expect(suppression.group({ a: 1, b: 2, c: 100 })).toEqual({ a: null, b: null, c: null });
      expect(suppression.group({ a: 1, b: 2, c: 40, d: 9 })).toEqual({ a: null, b: null, c: 40, d: null });
    });

    it('shows zeros when nothing is hidden', () => {
      expect(suppression.group({ a: 0, b: 0, c: 0 })).toEqual({ a: 0, b: 0, c: 0 });
    });

    it('hides the zeros too when they would tell that the hidden cells hold everyone', () => {
      // Every non-zero count hidden, together fewer than the minimum.
      // Three young people, all in the depression band: [null, 0, 0] would say so.
      expect(suppression.group({ depression: 3, poor: 0, good: 0 })).toEqual({ depression: null, poor: null, good: null });
      expect(suppression.group({ a: 1, b: 2, c: 0 })).toEqual({ a: null, b: null, c: null });
    });

    it('keeps a zero beside hidden counts that together reach the minimum: the rest is split among two or more, none pinned', () => {
      // The evaluation's early closures: 2 moved and 12 lost contact, both hidden; nobody withdrew.
      expect(new Suppression(3).group({ completed: 30, moved: 2, 'no-contact': 12, withdrawn: 0 })).toEqual({
        completed: 30,
        moved: null,
        'no-contact': null,
        withdrawn: 0,
      });
    });

    it('has nothing more to suppress when the one suppressed count stands alone', () => {
      expect(suppression.group({ only: 2 })).toEqual({ only: null });
    });

    it('does not change the counts it was given', () => {
      const counts = { a: 3, b: 20, c: 8 };
      suppression.group(counts);
      expect(counts).toEqual({ a: 3, b: 20, c: 8 });
    });
  });
});

describe('oneDecimal', () => {
  it('rounds to one decimal', () => {
    expect(oneDecimal(44.2667)).toBe(44.3);
    expect(oneDecimal(44.24)).toBe(44.2);
    expect(oneDecimal(44.25)).toBe(44.3);
    expect(oneDecimal(7)).toBe(7);
    expect(oneDecimal(0)).toBe(0);
  });
});
