import { mentorCsv, referralCsv, wellBeingCsv } from './report-csv';
import type { MentorReport } from './mentor-report';
import type { ReferralReport } from './referral-report';
import type { WellBeingReport } from './well-being-report';

const scope = { programId: 'p', from: '2026-01-01', to: '2026-12-31' };

const referrals: ReferralReport = {
  scope,
  minimumCount: 5,
  municipalities: [
    {
      municipalityId: 'm',
      municipality: 'Ærø; Marstal',
      referrals: 12,
      quota: 20,
      shareOfQuota: 0.6,
      daysToMatch: { mean: 12.5, median: 11, n: 8 },
      declined: null,
      rematched: 0,
    },
  ],
};

describe('report CSVs', () => {
  it('writes English headers, commas and decimal points unless told', () => {
    expect(referralCsv(referrals)).toBe(
      'municipality,referrals,quota,share_of_quota,days_to_match_mean,days_to_match_median,matched,declined,rematched\r\n' +
        'Ærø; Marstal,12,20,0.6,12.5,11,8,,0\r\n',
    );
  });

  it('writes Danish headers, semicolons and decimal commas for Excel set to Danish; a suppressed cell stays empty', () => {
    expect(referralCsv(referrals, { separator: ';', language: 'da' })).toBe(
      'kommune;henvisninger;kvote;andel_af_kvote;dage_til_match_gennemsnit;dage_til_match_median;matchet;afslået;genmatchet\r\n' +
        '"Ærø; Marstal";12;20;0,6;12,5;11;8;;0\r\n',
    );
  });

  it('names the figures of a figures report in Danish, and leaves a figure name without a Danish word as it is', () => {
    const mentors: MentorReport = {
      scope,
      minimumCount: 5,
      byPhase: { applied: null } as MentorReport['byPhase'],
      screeningDays: { mean: 3.5, n: 6 },
      courseDays: { mean: null, n: null },
      capacity: { mentors: 6, slots: 6, used: null, share: null },
    };
    const lines = mentorCsv(mentors, { separator: ';', language: 'da' }).split('\r\n');
    expect(lines[0]).toBe('nøgletal;værdi');
    expect(lines).toContain('byPhase.applied;');
    expect(lines).toContain('screeningDays.mean;3,5');
  });

  it("keeps a well-being cohort's hidden bands empty in either dialect", () => {
    const report: WellBeingReport = {
      scope,
      minimumCount: 5,
      instrument: 'who5',
      duePoints: ['0d'],
      cohorts: [
        {
          through: '0d',
          n: 6,
          points: [{ duePoint: '0d', mean: 44.3, bands: { 'likely-depression': null, poor: null, good: 6 } }],
          changeFromStart: null,
        },
      ],
    } as WellBeingReport;
    const [header, row] = wellBeingCsv(report, { separator: ';', language: 'da' }).split('\r\n');
    expect(header).toBe(
      'måleredskab;målt_til_og_med;antal;målepunkt;gennemsnit;sandsynlig_depression;lav_trivsel;god_trivsel;ændring_fra_start',
    );
    expect(row).toBe('who5;0d;6;0d;44,3;;;6;');
  });
});
