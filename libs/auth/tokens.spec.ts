import { JwtService } from '@nestjs/jwt';
import { issueToken, tokenVerifier } from './tokens';

const SECRET = 's'.repeat(32);
const verifyToken = tokenVerifier(SECRET);
const sign = (claims: object, options: { expiresIn?: number; noTimestamp?: boolean } = {}) =>
  new JwtService({ secret: SECRET }).sign(claims, options);
const now = () => Math.floor(Date.now() / 1000);

describe('development tokens', () => {
  it('round-trips the subject and the roles it narrows her to', () => {
    expect(verifyToken(issueToken(SECRET, { id: 'u-1', roles: ['coordinator', 'mentor'] }))).toEqual({
      subjectId: 'u-1',
      roles: ['coordinator', 'mentor'],
    });
  });

  it.each([
    ['signed with another secret', issueToken('o'.repeat(32), { id: 'u-1', roles: ['coordinator'] })],
    ['expired', sign({ sub: 'u-1', roles: ['coordinator'] }, { expiresIn: -10 })],
    ['without an expiry', sign({ sub: 'u-1', roles: ['coordinator'] })],
    ['living longer than 12 hours', sign({ sub: 'u-1', roles: ['coordinator'] }, { expiresIn: 12 * 3600 + 1 })],
    ['without an issue time', sign({ sub: 'u-1', roles: ['coordinator'], exp: now() + 60 }, { noTimestamp: true })],
    ['issued in the future', sign({ sub: 'u-1', roles: ['coordinator'], iat: now() + 3600, exp: now() + 7200 })],
    ['without roles we know', sign({ sub: 'u-1', roles: ['admin'] }, { expiresIn: 60 })],
    ['without a subject', sign({ roles: ['coordinator'] }, { expiresIn: 60 })],
    ['not a token at all', 'not.a.token'],
  ])('refuses a token %s', (_, token) => {
    expect(verifyToken(token)).toBeUndefined();
  });
});
