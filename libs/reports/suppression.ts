/**
 * Small-count suppression: a report never shows how many people something
 * happened to when that number is between 1 and the minimum, nor an average
 * over fewer people than the minimum, so no young person can be recognised.
 * Zero is shown, as it says of nobody, unless it would give a hidden count away
 * (see `group`).
 */
export class Suppression {
  constructor(readonly minimumCount: number) {}

  count(n: number): number | null {
    return n > 0 && n < this.minimumCount ? null : n;
  }

  /** The mean of values, one decimal, or null when too few (or none) stand behind it. */
  mean(values: number[]): { mean: number | null; n: number | null } {
    const n = this.count(values.length);
    if (n === null || values.length === 0) return { mean: null, n };
    return { mean: oneDecimal(values.reduce((sum, value) => sum + value, 0) / values.length), n };
  }

  /** A part of a whole as a share (0–1, three decimals); null when either side is suppressed. */
  share(part: number, whole: number): number | null {
    if (whole === 0 || this.count(part) === null || this.count(whole) === null) return null;
    return Math.round((part / whole) * 1000) / 1000;
  }

  /**
   * Counts that add up to a total (shown beside them, or known elsewhere): the
   * hidden ones could be worked out together from the total and the rest, so
   * while they add up to fewer than the minimum, the smallest shown non-zero
   * count is hidden too. When every non-zero count is hidden and together they
   * are still fewer than the minimum, the zeros are hidden as well: shown, they
   * would tell that the hidden cells hold everyone ([null, 0, 0]: all in the
   * first). Beside hidden counts that reach the minimum a zero stays: the rest
   * is split among two or more of them and none is pinned.
   */
  group<K extends string>(counts: Record<K, number>): Record<K, number | null> {
    const keys = Object.keys(counts) as K[];
    const shown = Object.fromEntries(keys.map((key) => [key, this.count(counts[key])])) as Record<K, number | null>;
    const hiddenSum = () => keys.filter((key) => shown[key] === null).reduce((sum, key) => sum + counts[key], 0);
    while (hiddenSum() > 0 && hiddenSum() < this.minimumCount) {
      const next = keys.filter((key) => shown[key] !== null && counts[key] > 0).sort((a, b) => counts[a] - counts[b])[0];
      if (next === undefined) {
        for (const key of keys) shown[key] = null;
        break;
      }
      shown[next] = null;
    }
    return shown;
  }

  /** Whether a group (from `group`) hides any count: then a figure summing some of its cells could tell them apart. */
  hidesAny(group: Record<string, number | null>): boolean {
    return Object.values(group).some((count) => count === null);
  }
}

export function oneDecimal(value: number): number {
  return Math.round(value * 10) / 10;
}
