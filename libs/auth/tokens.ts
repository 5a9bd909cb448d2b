import { createSecretKey } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { AuthenticatedUser, Role, ROLES } from './roles';

interface TokenClaims {
  sub: string;
  roles: Role[];
}

/** Signs a bearer token; used by the dev tooling (`up`, `./mentorflow token`) and tests. */
export function issueToken(secret: string, user: AuthenticatedUser, expiresIn: `${number}${'m' | 'h' | 'd'}` = '12h'): string {
  return new JwtService({ secret }).sign({ sub: user.id, roles: user.roles } satisfies TokenClaims, { expiresIn, algorithm: 'HS256' });
}

/** What checks bearer tokens against one secret. */
export type TokenVerifier = (token: string) => AuthenticatedUser | undefined;

/**
 * The user a valid token names, or undefined for anything else (bad
 * signature, expired, malformed claims). The secret becomes a key once:
 * given as a string, the JWT library first tries it as a public key and
 * catches the failure on every request.
 */
export function tokenVerifier(secret: string): TokenVerifier {
  const key = createSecretKey(Buffer.from(secret));
  const jwt = new JwtService({ secretOrKeyProvider: () => key });
  return (token) => {
    try {
      const claims = jwt.verify<Partial<TokenClaims>>(token, { algorithms: ['HS256'] });
      const roles = Array.isArray(claims.roles) ? claims.roles.filter((role): role is Role => ROLES.includes(role)) : [];
      return typeof claims.sub === 'string' && claims.sub && roles.length ? { id: claims.sub, roles } : undefined;
    } catch {
      return undefined;
    }
  };
}
