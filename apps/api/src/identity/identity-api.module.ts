import { Module } from '@nestjs/common';
import { IdentityModule } from '../../../../libs/identity/identity.module';
import { Credentials } from '../auth/credentials';
import { AccountsController } from './accounts.controller';
import { ApiTokensController } from './api-tokens.controller';
import { IdentityAudit } from './identity-audit';
import { OidcController } from './oidc.controller';
import { SessionController } from './session.controller';
import { SignInController } from './sign-in.controller';
import { SignInFlow } from './sign-in-flow';

/** Signing in and out, sessions, API tokens and accounts over HTTP; exports what the auth guard needs to know who calls. */
@Module({
  imports: [IdentityModule],
  controllers: [SignInController, OidcController, SessionController, ApiTokensController, AccountsController],
  providers: [IdentityAudit, SignInFlow, Credentials],
  exports: [Credentials],
})
export class IdentityApiModule {}
