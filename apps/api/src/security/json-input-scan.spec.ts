import { MAX_JSON_DEPTH, scanJsonInput } from './json-input-scan';

describe('scanJsonInput', () => {
  it('passes ordinary JSON, scalars and nothing', () => {
    expect(scanJsonInput({ name: 'Sara', tags: ['a', 'b'], policy: { contact: { targetHours: 4 } }, n: 1, ok: true, none: null })).toEqual({
      kind: 'fine',
    });
    expect(scanJsonInput(undefined)).toEqual({ kind: 'fine' });
    expect(scanJsonInput('text')).toEqual({ kind: 'fine' });
  });

  it('names every string and key holding a NUL or a lone surrogate, by dotted path, in the order sent', () => {
    const finding = scanJsonInput({ contact: { name: 'a\u0000b' }, tags: ['ok', 'half \ud800'], 'k\u0000ey': 1, pair: '\ud83d\ude00' });
    expect(finding).toEqual({
      kind: 'unstorable',
      problems: [
        { path: 'contact.name', problem: 'must not contain the NUL character (U+0000)', code: 'contains-nul', params: { inName: false } },
        {
          path: 'tags.1',
          problem: 'must be well-formed Unicode (it holds a lone surrogate, U+D800–U+DFFF)',
          code: 'contains-lone-surrogate',
          params: { inName: false },
        },
        {
          path: 'k\\u0000ey',
          problem: 'its name must not contain the NUL character (U+0000)',
          code: 'contains-nul',
          params: { inName: true },
        },
      ],
    });
  });

  it('reports at most ten problems', () => {
    const finding = scanJsonInput(Array.from({ length: 50 }, () => '\u0000'));
    expect(finding.kind === 'unstorable' && finding.problems).toHaveLength(10);
  });

  it(`allows ${MAX_JSON_DEPTH} levels of nesting and stops at the next, naming where, without recursing`, () => {
    const nested = (levels: number) => JSON.parse('['.repeat(levels) + ']'.repeat(levels));
    expect(scanJsonInput(nested(MAX_JSON_DEPTH))).toEqual({ kind: 'fine' });
    expect(scanJsonInput(nested(MAX_JSON_DEPTH + 1))).toEqual({ kind: 'too-deep', path: Array(MAX_JSON_DEPTH).fill('0').join('.') });
    expect(scanJsonInput(nested(100_000)).kind).toBe('too-deep');
    expect(scanJsonInput({ a: { b: {} } }, 2)).toEqual({ kind: 'too-deep', path: 'a.b' });
  });
});
