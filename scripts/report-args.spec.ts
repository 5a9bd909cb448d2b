import { parseReportArgs, REPORT_USAGE } from './report-args';

function problemsOf(argv: string[]): string[] {
  const result = parseReportArgs(argv);
  if (!('problems' in result)) throw new Error(`expected problems, got ${JSON.stringify(result)}`);
  return result.problems;
}

describe('parseReportArgs', () => {
  it('turns a full command line into the request', () => {
    expect(
      parseReportArgs([
        'well-being',
        '--program',
        'mentor-aarhus',
        '--from',
        '2024-01-01',
        '--to',
        '2024-12-31',
        '--municipality',
        '751',
        '--instrument',
        'self-efficacy',
        '--csv',
      ]),
    ).toEqual({
      request: {
        kind: 'well-being',
        programSlug: 'mentor-aarhus',
        from: '2024-01-01',
        to: '2024-12-31',
        municipalityId: '751',
        instrument: 'self-efficacy',
        csv: true,
      },
    });
  });

  it('defaults the instrument to who5 and csv to false, and leaves unset options undefined', () => {
    expect(parseReportArgs(['outcomes', '--program', 'p1'])).toEqual({
      request: {
        kind: 'outcomes',
        programSlug: 'p1',
        from: undefined,
        to: undefined,
        municipalityId: undefined,
        instrument: 'who5',
        csv: false,
      },
    });
  });

  it('takes --csv anywhere and --option=value forms', () => {
    const result = parseReportArgs(['--csv', 'mentors', '--program=p2', '--from=2023-06-01']);
    expect(result).toEqual({
      request: {
        kind: 'mentors',
        programSlug: 'p2',
        from: '2023-06-01',
        to: undefined,
        municipalityId: undefined,
        instrument: 'who5',
        csv: true,
      },
    });
  });

  it.each(['outcomes', 'well-being', 'referrals', 'mentors'])('accepts the %s report', (kind) => {
    const result = parseReportArgs([kind, '--program', 'p']);
    expect('request' in result && result.request.kind).toBe(kind);
  });

  it('names the reports when the kind is missing', () => {
    expect(problemsOf(['--program', 'p'])).toEqual(['the report must be one of outcomes, well-being, referrals, mentors']);
  });

  it('names the unknown kind', () => {
    expect(problemsOf(['wellbeing', '--program', 'p'])).toEqual([
      'the report must be one of outcomes, well-being, referrals, mentors, not wellbeing',
    ]);
  });

  it('names an extra positional', () => {
    expect(problemsOf(['outcomes', 'mentors', 'extra', '--program', 'p'])).toEqual(['one report at a time: mentors extra is extra']);
  });

  it('asks for --program when it is missing', () => {
    expect(problemsOf(['outcomes'])).toEqual(['--program SLUG is required']);
    expect(problemsOf(['outcomes', '--program='])).toEqual(['--program SLUG is required']);
  });

  it.each(['2024-1-01', '01-01-2024', '2024/01/01', 'yesterday', ''])('rejects --from %j', (from) => {
    expect(problemsOf(['outcomes', '--program', 'p', `--from=${from}`])).toEqual(['--from must be a date, YYYY-MM-DD']);
  });

  it('rejects a bad --to', () => {
    expect(problemsOf(['outcomes', '--program', 'p', '--to', '31-12-2024'])).toEqual(['--to must be a date, YYYY-MM-DD']);
  });

  it('names the instruments for a bad --instrument', () => {
    expect(problemsOf(['well-being', '--program', 'p', '--instrument', 'who-5'])).toEqual([
      '--instrument must be one of who5, self-efficacy',
    ]);
  });

  it('names an unknown option', () => {
    const problems = problemsOf(['outcomes', '--program', 'p', '--bogus']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("'--bogus'");
  });

  it('says when an option lacks its value', () => {
    const problems = problemsOf(['outcomes', '--program']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('--program');
  });

  it('reports several problems at once, all of them', () => {
    expect(problemsOf(['weekly', 'extra', '--from', '2024', '--to', 'soon', '--instrument', 'gad7'])).toEqual([
      'the report must be one of outcomes, well-being, referrals, mentors, not weekly',
      'one report at a time: extra is extra',
      '--program SLUG is required',
      '--from must be a date, YYYY-MM-DD',
      '--to must be a date, YYYY-MM-DD',
      '--instrument must be one of who5, self-efficacy',
    ]);
  });
});

describe('REPORT_USAGE', () => {
  it('lists the reports, the options and the instruments', () => {
    expect(REPORT_USAGE).toBe(
      'usage: ./mentorflow report outcomes|well-being|referrals|mentors --program SLUG [--from YYYY-MM-DD] [--to YYYY-MM-DD] ' +
        '[--municipality ID] [--instrument who5|self-efficacy] [--csv]',
    );
  });
});
