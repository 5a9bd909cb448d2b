/** The commands a running course receives, each a request of its own through the API (course-commands.ts sends them). */
export const COMMAND_KINDS = ['meeting', 'missed-meeting', 'check-in', 'measurement', 'answer', 'review'] as const;
export type CommandKind = (typeof COMMAND_KINDS)[number];

/**
 * What the load steps send: `meetings` only (the load before issue 30, kept to compare with older runs), or `all` the kinds in
 * equal shares. Equal, not a course's natural proportions (some 48 meetings to one review a year): at 20/s for 60 s a kind at
 * its natural share would have a handful of samples, and a p99 of a handful is its maximum. A sixth each is 200 a minute.
 */
export const MIXES = { meetings: ['meeting'], all: COMMAND_KINDS } as const satisfies Record<string, readonly CommandKind[]>;
export type MixName = keyof typeof MIXES;
export const MIX_NAMES = Object.keys(MIXES) as MixName[];

/** Request `index` of a step: the kinds in turn, so every kind's share is the same within one request at any point of the step. */
export function kindAt(mix: MixName, index: number): CommandKind {
  const kinds = MIXES[mix];
  return kinds[index % kinds.length];
}

/** How many of each kind of the mix a step of `total` requests sends. */
export function kindCounts(mix: MixName, total: number): Partial<Record<CommandKind, number>> {
  const kinds = MIXES[mix];
  return Object.fromEntries(kinds.map((kind, at) => [kind, Math.floor(total / kinds.length) + (at < total % kinds.length ? 1 : 0)]));
}

/** Requests a step sends at `rate` for `seconds`: as the open loop counts them. */
export function stepTotal(rate: number, seconds: number): number {
  return Math.round(rate * seconds);
}

/**
 * What the whole load (every step, if each runs) sends of the kinds that use a course up: a proposal takes two answers, a
 * course one review (the one its policy has due, see run-scale.ts), and a measurement takes one of a course's three slots.
 */
export function mixNeeds(mix: MixName, rates: number[], seconds: number): { answers: number; reviews: number; measurements: number } {
  const sum = (kind: CommandKind) => rates.reduce((total, rate) => total + (kindCounts(mix, stepTotal(rate, seconds))[kind] ?? 0), 0);
  return { answers: sum('answer'), reviews: sum('review'), measurements: sum('measurement') };
}

/**
 * Items handed out once each, in random order: what a course can take only once (a review, one slot's measurement) is taken
 * from such a pool, so a command is never refused for having been given already. Running out is a failure of that request.
 */
export class OnceEach<T> {
  private readonly left: T[];

  constructor(
    items: readonly T[],
    private readonly what: string,
  ) {
    this.left = [...items];
    for (let index = this.left.length - 1; index > 0; index -= 1) {
      const other = Math.floor(Math.random() * (index + 1));
      [this.left[index], this.left[other]] = [this.left[other], this.left[index]];
    }
  }

  take(): T {
    const item = this.left.pop();
    if (item === undefined) throw new Error(`no ${this.what} left to send: the run needs more courses (--open) or less load`);
    return item;
  }
}
