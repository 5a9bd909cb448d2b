import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { Accounts } from './accounts';
import { ApiTokens } from './api-tokens';
import { OidcSignIns } from './oidc-sign-ins';
import { Principals } from './principals';
import { Sessions } from './sessions';
import { SignInLimits } from './sign-in-limits';
import { SignInLinks } from './sign-in-links';
import { SignInMail } from './sign-in-mail';

/**
 * Who is signed in and how: principals from the rows, sessions, sign-in links
 * and OIDC, API tokens, operators' and program administrators' accounts. Repositories come from the global PersistenceModule.
 */
@Module({
  imports: [NotificationsModule],
  providers: [Principals, Sessions, SignInLinks, SignInLimits, SignInMail, OidcSignIns, ApiTokens, Accounts],
  exports: [Principals, Sessions, SignInLinks, SignInLimits, SignInMail, OidcSignIns, ApiTokens, Accounts],
})
export class IdentityModule {}
