import { plainToInstance } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  getMetadataStorage,
  IsIn,
  IsInt,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  validateSync,
} from 'class-validator';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { textOf } from '../contracts/error-codes';
import { CODED_CONSTRAINTS } from './constraint-codes';
import { formatProblem, validationProblems } from './problems';
import { IsAfter, IsCalendarDate, Nested } from './validators';

class Contact {
  @Length(1, 80) name!: string;
}

class Sample {
  @IsUUID() id!: string;
  @IsIn(['accept', 'decline']) answer!: string;
  @IsInt() @Min(1) @Max(600) minutes!: number;
  @Length(2, 64) slug!: string;
  @ArrayMaxSize(2) @ArrayUnique() @IsString({ each: true }) tags!: string[];
  @IsCalendarDate() start!: string;
  @IsCalendarDate() @IsAfter('start') end!: string;
  @Nested(Contact) contact!: Contact;
}

const VALID = {
  id: '0b6c3a52-4a4e-4f57-9d3e-2f0f4f9b6a10',
  answer: 'accept',
  minutes: 60,
  slug: 'pift',
  tags: ['a'],
  start: '2026-01-01',
  end: '2026-02-01',
  contact: { name: 'x' },
};

const problemsOf = (plain: object) =>
  validationProblems(validateSync(plainToInstance(Sample, { ...VALID, ...plain }), { whitelist: true, forbidNonWhitelisted: true }));

describe('validation problems', () => {
  it('give each broken constraint its code and the parameters the decorator was given', () => {
    expect(problemsOf({ id: 'x', answer: 'maybe', minutes: 0, slug: 'p', tags: ['a', 'a', 'b'], extra: 1 })).toEqual(
      expect.arrayContaining([
        { path: 'id', problem: 'must be a UUID', code: 'must-be-uuid' },
        {
          path: 'answer',
          problem: 'must be one of the following values: accept, decline',
          code: 'not-in',
          params: { allowed: ['accept', 'decline'] },
        },
        { path: 'minutes', problem: 'must not be less than 1', code: 'too-small', params: { min: 1 } },
        { path: 'slug', problem: 'must be longer than or equal to 2 characters', code: 'too-short', params: { min: 2 } },
        { path: 'tags', problem: 'must contain no more than 2 elements', code: 'too-many-items', params: { max: 2 } },
        { path: 'tags', problem: "All tags's elements must be unique", code: 'items-not-unique' },
        { path: 'extra', problem: 'should not exist', code: 'unknown-field' },
      ]),
    );
    expect(problemsOf({ id: 'x', answer: 'maybe', minutes: 0, slug: 'p', tags: ['a', 'a', 'b'], extra: 1 })).toHaveLength(7);
    expect(problemsOf({ minutes: 601, slug: 'x'.repeat(65), contact: { name: '' } })).toEqual([
      { path: 'minutes', problem: 'must not be greater than 600', code: 'too-large', params: { max: 600 } },
      { path: 'slug', problem: 'must be shorter than or equal to 64 characters', code: 'too-long', params: { max: 64 } },
      { path: 'contact.name', problem: 'must be longer than or equal to 1 characters', code: 'too-short', params: { min: 1 } },
    ]);
  });

  it("give Mentorflow's own rules the code and parameters they were declared with", () => {
    expect(problemsOf({ start: 'soon' })).toEqual([{ path: 'start', problem: 'must be a date written YYYY-MM-DD', code: 'must-be-date' }]);
    expect(problemsOf({ end: '2025-12-31' })).toEqual([
      { path: 'end', problem: 'must be after start', code: 'must-be-after', params: { other: 'start' } },
    ]);
  });

  it("word class-validator's problems as their codes do, so the English is the same whichever a client shows", () => {
    const problems = problemsOf({ id: 'x', answer: 'maybe', minutes: 0, slug: 'x'.repeat(65), start: 'soon', end: '2025-12-31', extra: 1 });
    for (const problem of problems)
      expect(formatProblem(problem)).toBe(formatProblem({ ...problem, problem: textOf(problem.code, problem.params) }));
  });

  it('have a code for every constraint the DTOs use', () => {
    const root = join(__dirname, '../..');
    const dtos = [...filesUnder(join(root, 'apps')), ...filesUnder(join(root, 'libs'))].filter(
      (file) => file.endsWith('.dto.ts') || /libs\/domain\/policy\/[a-z-]+-policy\.ts$|libs\/reports\/report-scope\.ts$/.test(file),
    );
    expect(dtos.length).toBeGreaterThan(15);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    for (const file of dtos) require(file);
    const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<unknown, ValidationRule[]> };
    const uncoded = [...storage.validationMetadatas.values()]
      .flat()
      .filter((rule) => rule.type !== 'conditionalValidation' && !rule.context?.code)
      .map((rule) => rule.name ?? rule.type)
      .filter((name) => !CODED_CONSTRAINTS.includes(name));
    expect([...new Set(uncoded)]).toEqual([]);
    expect(dtos.map((file) => relative(root, file))).toContain('libs/domain/policy/program-policy.ts');
  });
});

interface ValidationRule {
  type: string;
  name?: string;
  context?: { code?: string };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}
