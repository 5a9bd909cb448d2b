import { ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { Request } from 'express';
import type { Principal } from '../../../../libs/auth/roles';
import { tokenVerifier, TokenVerifier } from '../../../../libs/auth/tokens';
import { AppConfig } from '../../../../libs/config/app-config';
import { requireJwtSecret } from '../../../../libs/config/load-config';
import { API_TOKEN_PREFIX, ApiTokens } from '../../../../libs/identity/api-tokens';
import { OidcSignIns } from '../../../../libs/identity/oidc-sign-ins';
import { Principals } from '../../../../libs/identity/principals';
import { Sessions } from '../../../../libs/identity/sessions';
import { IdentityAudit } from '../identity/identity-audit';
import { csrfTokenMatches, sessionCookieOf } from '../identity/session-cookie';
import { SignInRequired } from './sign-in-required';
import { coded, refusedAs } from '../../../../libs/validation/coded-exceptions';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Who a request comes from: a bearer header (an API token, a development
 * token when they are on, or the identity provider's access token of an operator) or else the session cookie. Every way ends in the
 * rows: a subject that is unknown or archived gets nobody. A write made with
 * the cookie must prove it comes from this site (CSRF); a bearer header is
 * no ambient credential, so it needs no such proof.
 */
@Injectable()
export class Credentials {
  private readonly verifyDevToken: TokenVerifier | undefined;
  private readonly siteOrigins: Set<string>;

  constructor(
    config: AppConfig,
    private readonly principals: Principals,
    private readonly sessions: Sessions,
    private readonly apiTokens: ApiTokens,
    private readonly audit: IdentityAudit,
    private readonly oidc: OidcSignIns,
  ) {
    this.verifyDevToken = config.identity.devTokens ? tokenVerifier(requireJwtSecret(config)) : undefined;
    this.siteOrigins = new Set([new URL(config.api.publicUrl).origin, new URL(config.mail.appUrl).origin]);
  }

  async principalOf(request: Request): Promise<Principal> {
    const [scheme, token, ...rest] = String(request.headers.authorization ?? '').split(' ');
    if (request.headers.authorization !== undefined) {
      const principal = scheme === 'Bearer' && token && rest.length === 0 ? await this.ofBearer(token) : undefined;
      if (!principal) throw coded(UnauthorizedException, 'unauthenticated');
      return principal;
    }
    const cookie = sessionCookieOf(request);
    if (!cookie) throw new SignInRequired();
    const subjectId = await this.sessions.subjectOf(cookie);
    const principal = subjectId ? await this.principals.ofSubject(subjectId, 'session') : undefined;
    if (!principal) throw new SignInRequired('session-ended');
    if (!SAFE_METHODS.has(request.method) && !this.provesSameSite(request, cookie))
      throw refusedAs(ForbiddenException, 'csrf-token-missing');
    return principal;
  }

  private async ofBearer(token: string): Promise<Principal | undefined> {
    if (token.startsWith(API_TOKEN_PREFIX)) {
      const used = await this.apiTokens.use(token);
      if (used?.firstUseThisMinute) await this.audit.record('api-token-used', used.principal, { tokenId: used.principal.id });
      return used?.principal;
    }
    const claims = this.verifyDevToken?.(token);
    if (claims && isUUID(claims.subjectId)) return this.principals.ofSubject(claims.subjectId, 'dev-token', claims.roles);
    return this.ofProviderToken(token);
  }

  /**
   * An access token the identity provider issued, as the Temporal Web UI passes its signed-in operator's on to
   * the codec server. It may have been issued to another client of the provider, so it counts for the operator
   * role only (whose rows say so, as ever): what the Web UI is for, never a coordinator's or a mentor's access.
   */
  private async ofProviderToken(token: string): Promise<Principal | undefined> {
    if (!this.oidc.configured) return undefined;
    const email = await this.oidc.emailOfAccessToken(token);
    const subject = email ? await this.principals.subjectOfEmail(email) : undefined;
    return subject ? this.principals.ofSubject(subject.id, 'oidc-token', ['operator']) : undefined;
  }

  /** The double-submitted token, and where the browser says the request comes from. */
  private provesSameSite(request: Request, cookie: string): boolean {
    return csrfTokenMatches(cookie, request.headers['x-csrf-token']) && this.comesFromThisSite(request);
  }

  /**
   * Where the browser says the request comes from, when it says: this site, or nothing else. Under the site's Referrer-Policy
   * (no-referrer) a browser's form post names its origin "null"; then Sec-Fetch-Site, which no page can set, says where it came from.
   */
  comesFromThisSite(request: Request): boolean {
    const origin = request.headers.origin;
    const site = request.headers['sec-fetch-site'];
    if (origin === 'null') return site === 'same-origin';
    if (origin !== undefined) return this.siteOrigins.has(origin);
    return site === undefined || site === 'same-origin';
  }
}
