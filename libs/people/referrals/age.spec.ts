import { errorText } from '../../contracts/error-codes';
import { ageAtReferral, ageRefusal } from './age';

describe('age at referral', () => {
  it("is counted on the day of the referral in the program's time zone", () => {
    expect(ageAtReferral('2000-06-15', new Date('2030-06-14T23:59:59Z'), 'UTC')).toBe(29);
    expect(ageAtReferral('2000-06-15', new Date('2030-06-15T00:00:00Z'), 'UTC')).toBe(30);
    // Half past midnight on her birthday in Copenhagen (summer, UTC+2), still the day before in UTC.
    expect(ageAtReferral('2000-06-15', new Date('2030-06-14T22:30:00Z'), 'Europe/Copenhagen')).toBe(30);
    expect(ageAtReferral('2000-06-15', new Date('2030-06-14T21:30:00Z'), 'Europe/Copenhagen')).toBe(29);
  });
});

describe('age refusal', () => {
  const pift = { slug: 'pift', ageRange: { min: 15, max: 30 } };

  it('accepts both ends of the range', () => {
    expect(ageRefusal(15, 'female', pift)).toBeUndefined();
    expect(ageRefusal(30, 'female', pift)).toBeUndefined();
  });

  it('says who is too old or too young for which program', () => {
    const said = (...args: Parameters<typeof ageRefusal>) => errorText('age-outside-range', ageRefusal(...args)!);
    expect(said(31, 'female', pift)).toBe('she is 31 at referral; program pift takes ages 15–30');
    expect(said(14, 'male', pift)).toBe('he is 14 at referral; program pift takes ages 15–30');
    expect(said(14, null, pift)).toBe('they are 14 at referral; program pift takes ages 15–30');
  });
});
