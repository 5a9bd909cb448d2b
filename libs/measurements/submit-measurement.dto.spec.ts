import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { validationProblems } from '../validation/problems';
import { SubmitMeasurementDto } from './submit-measurement.dto';

const valid = {
  id: '5f0c7a34-8a51-4f0e-9d43-6f1b8a0c2e11',
  instrument: 'who5',
  duePoint: 'P3M',
  measuredOn: '2025-03-01',
  answers: [3, 4, 2, 5, 3],
};
const problems = (plain: object) =>
  validationProblems(validateSync(plainToInstance(SubmitMeasurementDto, plain), { whitelist: true, forbidNonWhitelisted: true }));

describe('SubmitMeasurementDto', () => {
  it('accepts a due point written as an offset, or "close"', () => {
    expect(problems(valid)).toEqual([]);
    expect(problems({ ...valid, duePoint: '0d' })).toEqual([]);
    expect(problems({ ...valid, duePoint: 'close' })).toEqual([]);
  });

  it.each(['soon', '', 'P3M and a bit more'])('refuses the due point %j', (duePoint) => {
    expect(problems({ ...valid, duePoint }).map((problem) => problem.path)).toContain('duePoint');
  });

  it('refuses a due point that is missing', () => {
    const { duePoint: _, ...withoutDuePoint } = valid;
    expect(problems(withoutDuePoint).map((problem) => problem.path)).toContain('duePoint');
  });

  it('wants the day measured as YYYY-MM-DD, not in the future', () => {
    expect(problems({ ...valid, measuredOn: '2025-02-30' })).toEqual([
      { path: 'measuredOn', problem: 'must be a date written YYYY-MM-DD', code: 'must-be-date' },
    ]);
    expect(problems({ ...valid, measuredOn: '2999-01-01' })).toEqual([
      { path: 'measuredOn', problem: 'must not be in the future', code: 'must-not-be-in-future' },
    ]);
  });

  it('leaves which answers an instrument needs to measurementProblems, checking only that they are integers', () => {
    expect(problems({ ...valid, answers: [1, 2] })).toEqual([]);
    expect(problems({ ...valid, answers: [1, 'two'] }).map((problem) => problem.path)).toEqual(['answers']);
  });
});
