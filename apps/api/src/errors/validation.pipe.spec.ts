import { BadRequestException } from '@nestjs/common';
import { IsIn, IsUUID, Length } from 'class-validator';
import { apiValidationPipe } from './validation.pipe';

class Answer {
  @IsUUID() id!: string;
  @IsIn(['accept', 'decline']) answer!: string;
  @Length(1, 80) note!: string;
}

const refusalOf = async (value: unknown) => {
  const error = await apiValidationPipe.transform(value, { type: 'body', metatype: Answer }).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(BadRequestException);
  return (error as BadRequestException).getResponse() as { code: string; problems: Array<{ path: string; code: string; params?: object }> };
};

describe('apiValidationPipe', () => {
  it("answers a bad body with each problem's code and the decorator's parameters", async () => {
    const { code, problems } = await refusalOf({ id: 'x', answer: 'maybe', note: '', extra: 1 });
    expect(code).toBe('invalid-input');
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'id', code: 'must-be-uuid' }),
        expect.objectContaining({ path: 'answer', code: 'not-in', params: { allowed: ['accept', 'decline'] } }),
        expect.objectContaining({ path: 'note', code: 'too-short', params: { min: 1 } }),
        expect.objectContaining({ path: 'extra', code: 'unknown-field' }),
      ]),
    );
  });

  it('answers an array where an object belongs with the codes alone, its rules not being found for it', async () => {
    const { problems } = await refusalOf([{ id: 'x' }]);
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) expect(problem.code).toEqual(expect.any(String));
    expect(problems).toContainEqual(expect.objectContaining({ path: 'answer', code: 'not-in' }));
    expect(problems.find((problem) => problem.path === 'answer')).not.toHaveProperty('params');
  });
});
