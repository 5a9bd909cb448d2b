import { apiDuration, durationMs, humanDuration, valueAt, withValueAt } from './policy-values';

describe('policy durations in human units', () => {
  it.each([
    ['P6M', { amount: '6', unit: 'months' }],
    ['14d', { amount: '2', unit: 'weeks' }],
    ['48h', { amount: '2', unit: 'days' }],
    ['PT36H', { amount: '36', unit: 'hours' }],
    ['P1Y', { amount: '1', unit: 'years' }],
    ['0d', { amount: '0', unit: 'days' }],
    ['6 months', { amount: '6', unit: 'months' }],
  ])('reads %s as %j', (text, human) => {
    expect(humanDuration(text)).toEqual(human);
  });

  it('writes ISO 8601 that means the same', () => {
    expect(apiDuration({ amount: '6', unit: 'months' })).toBe('P6M');
    expect(apiDuration({ amount: '36', unit: 'hours' })).toBe('PT36H');
    expect(apiDuration({ amount: '1,5', unit: 'weeks' })).toBe('P1.5W');
    expect(durationMs(apiDuration(humanDuration('21d')))).toBe(durationMs('21d'));
  });

  it('sends what she typed when it is not a number, so the API says what is wrong', () => {
    expect(apiDuration({ amount: 'snart', unit: 'days' })).toBe('snart');
    expect(apiDuration({ amount: '', unit: 'days' })).toBe('');
  });
});

describe('policy paths', () => {
  it('reads and replaces a value without changing the document it came from', () => {
    const policy = { contact: { targetHours: 4, per: 'month' }, reviews: { at: ['P3M', 'P6M'] } };
    const changed = withValueAt(policy, 'reviews.at.1', 'P9M');
    expect(valueAt(changed, 'reviews.at')).toEqual(['P3M', 'P9M']);
    expect(policy.reviews.at).toEqual(['P3M', 'P6M']);
    expect(changed.contact).toBe(policy.contact);
  });
});
