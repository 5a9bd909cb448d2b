import da from './da.json';
import en from './en.json';

type Tree = { [key: string]: string | Tree };

/** Every leaf's dotted key: `course.logMeeting.title`. */
function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

export function missingKeys(from: Tree, into: Tree): string[] {
  const present = new Set(keysOf(into));
  return keysOf(from).filter((key) => !present.has(key));
}

describe("the console's translations", () => {
  it('have every Danish text in English', () => {
    expect(missingKeys(da, en)).toEqual([]);
  });

  it('have every English text in Danish', () => {
    expect(missingKeys(en, da)).toEqual([]);
  });

  it('leave no text empty', () => {
    for (const [language, tree] of Object.entries({ da, en })) {
      expect([
        language,
        keysOf(tree).filter((key) => key.split('.').reduce<Tree | string>((node, part) => (node as Tree)[part], tree) === ''),
      ]).toEqual([language, []]);
    }
  });

  it('find a key missing in one language', () => {
    expect(missingKeys({ a: { b: 'x', c: 'y' } }, { a: { b: 'x' } })).toEqual(['a.c']);
  });
});
