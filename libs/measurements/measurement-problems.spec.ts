import { measurementProblems } from './measurement-problems';

const WHO5_RULE = 'WHO-5 needs exactly 5 answers, each an integer from 0 to 5';
const SELF_EFFICACY_RULE = 'self-efficacy needs exactly 10 answers, each an integer from 1 to 4';

describe('measurementProblems', () => {
  it('accepts what each instrument needs', () => {
    expect(measurementProblems({ instrument: 'who5', answers: [0, 5, 3, 2, 1] })).toEqual([]);
    expect(measurementProblems({ instrument: 'self-efficacy', answers: [1, 4, 2, 3, 1, 4, 2, 3, 1, 4] })).toEqual([]);
    expect(measurementProblems({ instrument: 'status', status: 'education' })).toEqual([]);
    expect(measurementProblems({ instrument: 'status', status: 'neither', answers: [] })).toEqual([]);
  });

  it.each([
    [undefined, 'got 0'],
    [[1, 2, 3, 4], 'got 4'],
    [[1, 2, 3, 4, 5, 0, 1, 2, 3, 4], 'got 10'],
    [[1, 2, 3, 4, 6], 'answer 5 is 6'],
    [[1.5, 2, 3, 4, 5], 'answer 1 is 1.5'],
  ])('names answers when WHO-5 gets %j', (answers, detail) => {
    expect(measurementProblems({ instrument: 'who5', answers })).toEqual([{ path: 'answers', problem: `${WHO5_RULE}; ${detail}` }]);
  });

  it.each([
    [[1, 2, 3, 4, 1], 'got 5'],
    [[1, 2, 3, 4, 1, 2, 3, 4, 1, 0], 'answer 10 is 0'],
  ])('names answers when self-efficacy gets %j', (answers, detail) => {
    expect(measurementProblems({ instrument: 'self-efficacy', answers })).toEqual([
      { path: 'answers', problem: `${SELF_EFFICACY_RULE}; ${detail}` },
    ]);
  });

  it('wants a status, and no answers, for a status measurement', () => {
    expect(measurementProblems({ instrument: 'status', answers: [1, 2, 3, 4, 5] })).toEqual([
      { path: 'status', problem: 'a status measurement needs a status: education, work or neither' },
      { path: 'answers', problem: 'a status measurement has no answers' },
    ]);
  });

  it('refuses a status on a questionnaire', () => {
    expect(measurementProblems({ instrument: 'who5', answers: [1, 2, 3, 4, 5], status: 'work' })).toEqual([
      { path: 'status', problem: 'only a status measurement has a status, not WHO-5' },
    ]);
  });
});
