import i18n from 'i18next';
import { formatDuration, formatErrorParams } from './error-params';

const resources = {
  da: {
    translation: {
      things: { 'young-person': 'den unge' },
      phases: { active: 'Aktivt' },
      escalations: { phases: { resolved: 'Afsluttet' } },
      roles: { coordinator: 'Koordinator', operator: 'Drift' },
    },
  },
};

describe('the params of an API error, made ready for its text', () => {
  beforeAll(() => i18n.init({ lng: 'da', resources, interpolation: { escapeValue: false } }));
  const format = (params: Record<string, unknown>) => formatErrorParams(params, i18n.t, 'da');

  it('write dates as Danish dates, and numbers as Danish numbers', () => {
    expect(format({ date: '2026-03-12', limitKb: 1234.5 }).values).toEqual({ date: '12. mar. 2026', limitKb: '1.234,5' });
  });

  it('put ISO 8601 durations into words, leaving other text as sent', () => {
    expect(format({ max: 'P12M', duePoint: 'PT1H30M', close: 'close', got: '6 months' }).values).toEqual({
      max: '12 måneder',
      duePoint: '1 time og 30 minutter',
      close: 'close',
      got: '6 months',
    });
    expect(formatDuration('P1Y2W', 'en')).toBe('1 year and 2 weeks');
    expect(formatDuration('P', 'da')).toBeUndefined();
  });

  it("translate enum values through the console's vocabularies by the param's name, showing an unknown one as sent", () => {
    expect(format({ thing: 'young-person', phase: 'resolved', subject: 'mentor-path', id: 'young-person' }).values).toEqual({
      thing: 'den unge',
      phase: 'Afsluttet',
      subject: 'mentor-path',
      id: 'young-person',
    });
  });

  it('join lists in words: alternatives with "eller", anything else with "og"', () => {
    expect(format({ allowed: ['a', 'b', 'c'], roles: ['coordinator', 'operator'], ids: ['m-1', 'm-2'] }).values).toEqual({
      allowed: 'a, b eller c',
      roles: 'Koordinator eller Drift',
      ids: 'm-1 og m-2',
    });
    expect(format({ needed: ['active'] }).values).toEqual({ needed: 'Aktivt' });
  });

  it('let a param pick the variant of the text, and keep count a number for plurals', () => {
    expect(format({ action: 'resolve', level: 'panel' }).context).toBe('panel');
    expect(format({ inName: false }).context).toBe('false');
    expect(format({ thing: 'program' }).context).toBeUndefined();
    expect(format({ count: 2, inName: true }).values).toEqual({ count: 2, inName: true });
    expect(formatErrorParams(undefined, i18n.t, 'da')).toEqual({ values: {} });
  });
});
