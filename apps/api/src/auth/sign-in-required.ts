import { UnauthorizedException } from '@nestjs/common';
import { codedBody } from '../../../../libs/validation/coded-exceptions';

/**
 * No session (none, or one that ended): a browser asking for a page is sent
 * to sign in (see the exception filter), a program gets this 401.
 */
export class SignInRequired extends UnauthorizedException {
  constructor(code: 'sign-in-required' | 'session-ended' = 'sign-in-required') {
    super(codedBody(code));
  }
}
