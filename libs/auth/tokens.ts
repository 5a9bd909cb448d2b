import { createSecretKey } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { AuthenticatedUser, Role, ROLES } from './roles';

/** A development token lives at most this long from its issue: a leaked one dies within a working day. */
export const DEV_TOKEN_MAX_LIFETIME_SECONDS = 12 * 60 * 60;

interface TokenClaims {
  sub: string;
  roles: Role[];
  iat: number;
  exp: number;
}

/** What a valid development token claims: whom it names, and the roles it narrows her to (her rows decide what she has). */
export interface DevTokenClaims {
  subjectId: string;
  roles: Role[];
}

/** Signs a development token (`up`, `./mentorflow token`, tests); the API accepts it only with MENTORFLOW_DEV_TOKENS=true. */
export function issueToken(secret: string, user: AuthenticatedUser, expiresIn: `${number}${'m' | 'h'}` = '12h'): string {
  return new JwtService({ secret }).sign({ sub: user.id, roles: user.roles }, { expiresIn, algorithm: 'HS256' });
}

/** What checks development tokens against one secret. */
export type TokenVerifier = (token: string) => DevTokenClaims | undefined;

/**
 * The claims of a valid token, or undefined for anything else: bad
 * signature, expired, no expiry at all, a lifetime over the bound, malformed
 * claims. The secret becomes a key once: given as a string, the JWT library
 * first tries it as a public key and catches the failure on every request.
 */
export function tokenVerifier(secret: string): TokenVerifier {
  const key = createSecretKey(Buffer.from(secret));
  const jwt = new JwtService({ secretOrKeyProvider: () => key });
  return (token) => {
    try {
      const claims = jwt.verify<Partial<TokenClaims>>(token, { algorithms: ['HS256'] });
      if (typeof claims.exp !== 'number' || typeof claims.iat !== 'number') return undefined;
      if (claims.exp - claims.iat > DEV_TOKEN_MAX_LIFETIME_SECONDS || claims.iat > Date.now() / 1000 + 60) return undefined;
      const roles = Array.isArray(claims.roles) ? claims.roles.filter((role): role is Role => ROLES.includes(role)) : [];
      return typeof claims.sub === 'string' && claims.sub && roles.length ? { subjectId: claims.sub, roles } : undefined;
    } catch {
      return undefined;
    }
  };
}
