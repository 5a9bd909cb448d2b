import { UnauthorizedException } from '@nestjs/common';

/**
 * No session (none, or one that ended): a browser asking for a page is sent
 * to sign in (see the exception filter), a program gets this 401.
 */
export class SignInRequired extends UnauthorizedException {
  constructor(message = 'sign in first, or send a bearer token') {
    super(message);
  }
}

export const CSRF_REFUSED = 'refused: a write signed in by cookie needs the X-CSRF-Token header from GET /session, sent from this site';
