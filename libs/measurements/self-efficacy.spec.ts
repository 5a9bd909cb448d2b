import { scoreOf } from './scoring';

const scoreSelfEfficacy = (answers: number[]) => scoreOf('self-efficacy', answers).score;

describe('scoring self-efficacy', () => {
  it('sums ten answers 1–4 into a total 10–40', () => {
    expect(scoreSelfEfficacy([1, 1, 1, 1, 1, 1, 1, 1, 1, 1])).toBe(10);
    expect(scoreSelfEfficacy([3, 2, 4, 3, 3, 2, 1, 4, 3, 2])).toBe(27);
    expect(scoreSelfEfficacy([4, 4, 4, 4, 4, 4, 4, 4, 4, 4])).toBe(40);
  });

  it.each([
    [[1, 2, 3, 4, 1, 2, 3, 4, 1], 'got 9'],
    [[1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3], 'got 11'],
    [[1, 2, 3, 4, 0, 2, 3, 4, 1, 2], 'answer 5 is 0'],
    [[1, 2, 3, 4, 1, 2, 3, 4, 1, 5], 'answer 10 is 5'],
  ])('refuses to score %j (%s)', (answers, detail) => {
    expect(() => scoreSelfEfficacy(answers)).toThrow(`self-efficacy needs exactly 10 answers, each an integer from 1 to 4; ${detail}`);
  });
});
