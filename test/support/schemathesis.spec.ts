import { errorsIn, failuresIn } from './schemathesis';

/** The parts of schemathesis's output the fuzz test reads, as schemathesis 4 writes them (CI, 2026-12-05, shortened). */
const HEAD = ['Test Phases:', '', '  ✅ Examples', '', '     ✅ 125 passed', ''];
const CRASH = [
  '==================================== ERRORS ====================================',
  '_______________________ POST /mentorships/{id}/agreement _______________________',
  'Runtime Error',
  '',
  'AST constructor recursion depth mismatch (before=66, after=62)',
  '',
  '    Traceback (most recent call last):',
  '      File "/tmp/ci2/.tools/schemathesis/hypothesis/internal/lambda_sources.py", line 353, in _lambda_description',
];
const FAILURE = [
  '=================================== FAILURES ===================================',
  '_______________________________ POST /referrals ________________________________',
  '- ST01 Server error',
  '',
  '[500] Internal Server Error:',
];
const TAIL = [
  '=================================== WARNINGS ===================================',
  'Missing test data: 9 operations repeatedly returned 404 responses',
  '=================================== SUMMARY ====================================',
  'Errors:',
  '  🚫 Runtime Error: 1',
];
const output = (...parts: string[][]) => parts.flat().join('\n');

describe("schemathesis's output, as the fuzz test reads it", () => {
  it('names each error with its operation, kind and message, and each failure apart from them', () => {
    const text = output(HEAD, CRASH, FAILURE, TAIL);
    expect(errorsIn(text)).toEqual([
      'POST /mentorships/{id}/agreement: Runtime Error: AST constructor recursion depth mismatch (before=66, after=62)',
    ]);
    expect(failuresIn(text)).toEqual(['POST /referrals: ST01 Server error [500]']);
  });
});
