import i18n from 'i18next';
import { formatAge, formatDate, formatMinutes, formatNumber, today } from './format';

describe("formatting in the reader's language, with formatters made once", () => {
  beforeAll(() => i18n.init({ lng: 'da', resources: {} }));
  afterEach(() => i18n.changeLanguage('da'));

  it('writes days, numbers and durations the Danish way, then the British way once she switches', async () => {
    const written = () => [formatDate('2026-03-12'), formatNumber(1234.5, 1), formatMinutes(90)];
    expect(written()).toEqual(['12. mar. 2026', '1.234,5', '1 time og 30 minutter']);
    await i18n.changeLanguage('en');
    expect(written()).toEqual(['12 Mar 2026', '1,234.5', '1 hour and 30 minutes']);
  });

  it('keeps formatters apart by their options: a number with decimals is not rounded as one without', () => {
    expect([formatNumber(2.5), formatNumber(2.25, 1), formatNumber(2.25, 2)]).toEqual(['3', '2,3', '2,25']);
  });

  it('says how long ago in hours within a day, in days after', () => {
    const now = new Date('2026-03-12T12:00:00Z');
    expect([formatAge('2026-03-12T09:00:00Z', now), formatAge('2026-03-09T12:00:00Z', now)]).toEqual([
      'for 3 timer siden',
      'for 3 dage siden',
    ]);
  });

  it("says what day it is in a program's time zone, and in Copenhagen when none is given", () => {
    jest.useFakeTimers({ now: new Date('2026-12-05T23:30:00Z') }); // half past midnight in Copenhagen
    try {
      expect([today(), today('Europe/Copenhagen'), today('UTC'), today('America/Nuuk'), today('Pacific/Kiritimati')]).toEqual([
        '2026-12-06',
        '2026-12-06',
        '2026-12-05',
        '2026-12-05',
        '2026-12-06',
      ]);
    } finally {
      jest.useRealTimers();
    }
  });
});
