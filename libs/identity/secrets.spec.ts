import { safeNextPath, sameSecret, sha256Hex } from './secrets';

describe('safeNextPath', () => {
  it.each(['/', '/nudges/1f0c', '/mentorships/abc?tab=meetings', '/a/b#c'])('keeps a path on this site: %s', (path) => {
    expect(safeNextPath(path)).toBe(path);
  });

  it.each([
    '//evil.example',
    '/\\evil.example',
    'https://evil.example/',
    'nudges',
    '/a b',
    '/a\nb',
    '',
    undefined,
    42,
    '/' + 'a'.repeat(300),
  ])('sends anything else to "/": %p', (next) => {
    expect(safeNextPath(next)).toBe('/');
  });
});

describe('secrets', () => {
  it('compares equal strings as equal and anything else, another length too, as not', () => {
    expect(sameSecret('abc', 'abc')).toBe(true);
    expect(sameSecret('abd', 'abc')).toBe(false);
    expect(sameSecret('ab', 'abc')).toBe(false);
  });

  it('stores a SHA-256 in hex', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
