import da from './da.json';
import en from './en.json';

type Tree = { [key: string]: string | Tree };

/** Every text with its dotted key: [`course.logMeeting.title`, 'Log et møde']. */
function textsOf(tree: Tree, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]): Array<[string, string]> =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : textsOf(value, `${prefix}${key}.`),
  );
}

export function missingKeys(from: Tree, into: Tree): string[] {
  const present = new Set(textsOf(into).map(([key]) => key));
  return textsOf(from)
    .map(([key]) => key)
    .filter((key) => !present.has(key));
}

describe("the console's translations", () => {
  it('have every Danish text in English', () => {
    expect(missingKeys(da, en)).toEqual([]);
  });

  it('have every English text in Danish', () => {
    expect(missingKeys(en, da)).toEqual([]);
  });

  it('leave no text empty', () => {
    const empty = [...textsOf(da).map(([key, text]) => ['da', key, text]), ...textsOf(en).map(([key, text]) => ['en', key, text])];
    expect(empty.filter(([, , text]) => text.trim() === '')).toEqual([]);
  });

  it('find a key missing in one language', () => {
    expect(missingKeys({ a: { b: 'x', c: 'y' } }, { a: { b: 'x' } })).toEqual(['a.c']);
  });
});
