import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppConfig } from '../../../../libs/config/app-config';
import { Principals } from '../../../../libs/identity/principals';
import { safeNextPath, sha256Hex, normalEmail } from '../../../../libs/identity/secrets';
import { Sessions } from '../../../../libs/identity/sessions';
import { IdentityAudit } from './identity-audit';
import { setSessionCookie } from './session-cookie';
import { seeOther } from './sign-in-page';

/** The end every way of signing in shares: check the rows once more, start the session, set the cookie, land on `next`. */
@Injectable()
export class SignInFlow {
  constructor(
    private readonly principals: Principals,
    private readonly sessions: Sessions,
    private readonly audit: IdentityAudit,
    private readonly config: AppConfig,
  ) {}

  /** False when the subject may not sign in (archived since, or unknown); nothing is created then. */
  async complete(request: Request, response: Response, subjectId: string, method: 'email' | 'oidc', nextPath: string): Promise<boolean> {
    const principal = await this.principals.ofSubject(subjectId, 'session');
    if (!principal) {
      await this.audit.record('sign-in-failed', undefined, { method, reason: 'archived-or-unknown' }, 401);
      return false;
    }
    const session = await this.sessions.start(subjectId, method, String(request.headers['user-agent'] ?? ''));
    setSessionCookie(response, this.config.api.publicUrl, session.cookieValue, session.expiresAt);
    await this.audit.record('sign-in', principal, { method });
    seeOther(response, safeNextPath(nextPath));
    return true;
  }

  /** A failed sign-in in the audit log: the reason, and the address only as its hash. */
  failed(method: 'email' | 'oidc', reason: string, email?: string): Promise<void> {
    return this.audit.record(
      'sign-in-failed',
      undefined,
      { method, reason, ...(email ? { emailSha256: sha256Hex(normalEmail(email)) } : {}) },
      401,
    );
  }
}
