import { UnauthorizedException } from '@nestjs/common';

/** No credentials at all: a browser asking for a page is sent to sign in (see the exception filter), a program gets this 401. */
export class SignInRequired extends UnauthorizedException {
  constructor() {
    super('sign in first, or send a bearer token');
  }
}

export const CSRF_REFUSED = 'refused: a write signed in by cookie needs the X-CSRF-Token header from GET /session, sent from this site';
