import { DURATION_UNITS_MS as U } from '../domain/duration';
import { piftPreset } from '../domain/policy/presets/pift';
import { closingInstruments, measurementDuePoints } from './due-points';

describe('PIFT measurement due points', () => {
  it('lists every scheduled measurement earliest first, the start in the order the policy names the instruments', () => {
    expect(measurementDuePoints(piftPreset.policy)).toEqual([
      { instrument: 'who5', duePoint: '0d', offsetMs: 0 },
      { instrument: 'self-efficacy', duePoint: '0d', offsetMs: 0 },
      { instrument: 'status', duePoint: '0d', offsetMs: 0 },
      { instrument: 'who5', duePoint: 'P3M', offsetMs: 3 * U.MONTH },
      { instrument: 'who5', duePoint: 'P6M', offsetMs: 6 * U.MONTH },
      { instrument: 'who5', duePoint: 'P9M', offsetMs: 9 * U.MONTH },
      { instrument: 'who5', duePoint: 'P12M', offsetMs: 12 * U.MONTH },
    ]);
  });

  it('measures all three instruments at closure', () => {
    expect(closingInstruments(piftPreset.policy)).toEqual(['who5', 'self-efficacy', 'status']);
  });
});

describe('due points of any schedule', () => {
  const policy = (schedule: Parameters<typeof measurementDuePoints>[0]['measurements']['schedule']) => ({
    measurements: { schedule, overdueAfter: '14d', who5: { poorAtOrBelow: 50, depressionAtOrBelow: 28, meaningfulChange: 10 } },
  });

  it('orders offsets written in different styles by their length, keeping each label as written', () => {
    const mixed = policy([
      { instrument: 'who5', at: ['P2M', '30d'], atClose: false },
      { instrument: 'status', at: ['6 weeks'], atClose: true },
    ]);
    expect(measurementDuePoints(mixed).map(({ duePoint }) => duePoint)).toEqual(['30d', '6 weeks', 'P2M']);
    expect(closingInstruments(mixed)).toEqual(['status']);
  });

  it('is empty for a program that measures nothing', () => {
    expect(measurementDuePoints(policy([]))).toEqual([]);
    expect(closingInstruments(policy([]))).toEqual([]);
  });
});
