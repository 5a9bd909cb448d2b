// eslint-disable-next-line @typescript-eslint/no-require-imports -- the reporters are plain CommonJS, which jest loads untranspiled.
const { summaryLines } = require('./summary-lines') as { summaryLines: (summaries: object[]) => string };

describe("a test run's summary", () => {
  it('is the one counting line when nothing failed, summed over both jest runs', () => {
    const summaries = [
      { passed: 244, failed: 0, skipped: 0, failures: [] },
      { passed: 963, failed: 0, skipped: 1, failures: [] },
    ];
    expect(summaryLines(summaries)).toBe('\n1207 passed, 0 failed, 1 skipped\n');
  });

  it('lists every failure, with its file and message, just above the counting line', () => {
    const summaries = [
      { passed: 3, failed: 1, skipped: 0, failures: [{ file: 'test/a.e2e.ts', test: 'a › answers', message: 'Expected: 0\nReceived: 1' }] },
      { passed: 0, failed: 1, skipped: 0, failures: [{ file: 'run.json', test: '(no summary)', message: 'did not finish' }] },
    ];
    expect(summaryLines(summaries)).toBe(
      '\nfailed:\n' +
        '✕ test/a.e2e.ts: a › answers\n    Expected: 0\n    Received: 1\n' +
        '✕ run.json: (no summary)\n    did not finish\n' +
        '\n3 passed, 2 failed, 0 skipped\n',
    );
  });
});
