import i18n from 'i18next';
import { ERROR_CODES, type ErrorCode } from '../../../../libs/contracts/error-codes';
import { THINGS } from '../../../../libs/contracts/things';
import { exampleParams } from '../../../../test/support/error-code-examples';
import { formatErrorParams } from '../api/error-params';
import da from './da.json';
import en from './en.json';

type Texts = Record<string, string>;
const LANGUAGES: Record<string, { apiErrors: Texts; things: Texts }> = { da, en };
/** Texts the same in Danish and English on purpose (a brand, a standard's name): any other is a sign it was not translated. */
const SAME_IN_BOTH_LANGUAGES = new Set<string>([]);

/** The code a key is the text of: the code itself, or a variant of it (`code_disable`, `code_one`) that i18next picks. */
function codeOf(key: string): string | undefined {
  return [...ERROR_CODES].sort((a, b) => b.length - a.length).find((code) => key === code || key.startsWith(`${code}_`));
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]);

describe('the texts of the API error codes', () => {
  it.each(Object.keys(LANGUAGES))('cover every code in %s', (language) => {
    expect(ERROR_CODES.filter((code) => !LANGUAGES[language].apiErrors[code]?.trim())).toEqual([]);
  });

  it.each(Object.keys(LANGUAGES))('in %s are each the text of a code, using only the params the code has', (language) => {
    const wrong = Object.entries(LANGUAGES[language].apiErrors).flatMap(([key, text]) => {
      const code = codeOf(key);
      if (!code) return [`${key}: no such code`];
      const params = Object.keys(exampleParams(code as ErrorCode) ?? {});
      return placeholders(text)
        .filter((name) => !params.includes(name))
        .map((name) => `${key}: {{${name}}} is not a param of ${code} (it has: ${params.join(', ') || 'none'})`);
    });
    expect(wrong).toEqual([]);
  });

  it('are translated: no Danish text is the English one', () => {
    const same = Object.entries(da.apiErrors as Texts)
      .filter(([key, text]) => (en.apiErrors as Texts)[key] === text && !SAME_IN_BOTH_LANGUAGES.has(key))
      .map(([key]) => key);
    expect(same).toEqual([]);
  });

  it.each(Object.keys(LANGUAGES))('name every thing an error can name in %s', (language) => {
    expect(Object.keys(THINGS).filter((thing) => !LANGUAGES[language].things[thing]?.trim())).toEqual([]);
  });

  it.each(Object.keys(LANGUAGES))(
    'render every code with its example params in %s, leaving no placeholder or raw value',
    async (language) => {
      await i18n.init({
        lng: language,
        resources: { da: { translation: da }, en: { translation: en } },
        interpolation: { escapeValue: false },
      });
      for (const code of ERROR_CODES) {
        const { values, context } = formatErrorParams(exampleParams(code), i18n.t, language);
        const text = i18n.t(`apiErrors.${code}`, { ...values, context });
        expect(`${code}: ${text}`).not.toMatch(/\{\{|undefined|\[object|apiErrors\./);
      }
    },
  );

  it('find a placeholder the code has no param for', () => {
    expect(placeholders('Vælg {{ min }} eller {{max}}.')).toEqual(['min', 'max']);
    expect(codeOf('last-operator_disable')).toBe('last-operator');
    expect(codeOf('no-such-thing')).toBeUndefined();
  });
});
