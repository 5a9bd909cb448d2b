import { JwtService } from '@nestjs/jwt';
import { issueToken, tokenVerifier } from './tokens';

const SECRET = 's'.repeat(32);
const verifyToken = tokenVerifier(SECRET);

describe('bearer tokens', () => {
  it('round-trips the user id and roles', () => {
    expect(verifyToken(issueToken(SECRET, { id: 'u-1', roles: ['coordinator', 'mentor'] }))).toEqual({ id: 'u-1', roles: ['coordinator', 'mentor'] });
  });

  it.each([
    ['signed with another secret', issueToken('o'.repeat(32), { id: 'u-1', roles: ['coordinator'] })],
    ['expired', new JwtService({ secret: SECRET }).sign({ sub: 'u-1', roles: ['coordinator'] }, { expiresIn: -10 })],
    ['without roles we know', new JwtService({ secret: SECRET }).sign({ sub: 'u-1', roles: ['admin'] })],
    ['without a subject', new JwtService({ secret: SECRET }).sign({ roles: ['coordinator'] })],
    ['not a token at all', 'not.a.token'],
  ])('refuses a token %s', (_, token) => {
    expect(verifyToken(token)).toBeUndefined();
  });
});
