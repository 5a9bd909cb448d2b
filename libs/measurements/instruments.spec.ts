import { WHO5_BANDS } from '../domain/policy/presets/standards';
import { BANDS, INSTRUMENT_IDS, limitedBands, QUESTIONNAIRE_IDS } from '../domain/instruments';
import { bandOf, scoreRange } from './scoring';

describe('the instrument registry', () => {
  it('names the instruments a policy schedules and a measurement is stored under, questionnaires first', () => {
    expect(INSTRUMENT_IDS).toEqual(['who5', 'self-efficacy', 'status']);
    expect(QUESTIONNAIRE_IDS).toEqual(['who5', 'self-efficacy']);
  });

  it('gives each questionnaire the range its answers can score', () => {
    expect(scoreRange('who5')).toEqual({ min: 0, max: 100 });
    expect(scoreRange('self-efficacy')).toEqual({ min: 10, max: 40 });
  });

  it('lists every band once, lowest first, and the limits that end them highest first', () => {
    expect(BANDS).toEqual(['likely-depression', 'poor', 'good']);
    expect(limitedBands('who5').map(({ atOrBelow }) => atOrBelow)).toEqual(['poorAtOrBelow', 'depressionAtOrBelow']);
  });

  it('puts a score at a limit in the band the limit ends, and one above every limit in the highest band', () => {
    for (const { band, atOrBelow } of limitedBands('who5')) expect(bandOf('who5', WHO5_BANDS[atOrBelow], WHO5_BANDS)).toBe(band);
    expect(bandOf('who5', scoreRange('who5').max, WHO5_BANDS)).toBe(BANDS[BANDS.length - 1]);
  });
});
