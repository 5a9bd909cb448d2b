import { Controller, Get, NotFoundException, Query, Req, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AppConfig } from '../../../../libs/config/app-config';
import { OidcSignIns } from '../../../../libs/identity/oidc-sign-ins';
import { Principals } from '../../../../libs/identity/principals';
import { safeNextPath } from '../../../../libs/identity/secrets';
import { Public } from '../auth/decorators';
import { OidcStartQuery } from './identity.dto';
import { cookieOptions } from './session-cookie';
import { pageLook, refusedPage, seeOther } from './sign-in-page';
import { SignInFlow } from './sign-in-flow';
import { coded } from '../../../../libs/validation/coded-exceptions';

/** Binds the provider's answer to the browser that asked: a callback from anyone else's sign-in is refused. */
const STATE_COOKIE = 'mentorflow_oidc_state';
const STATE_COOKIE_PATH = '/sign-in/oidc';

/** Sign-in with the municipality's identity provider (OpenID Connect, code flow with PKCE). */
@ApiTags('sign-in')
@ApiNotFoundResponse({ description: 'Sign-in with an identity provider is not configured here' })
@Public()
@Controller('sign-in/oidc')
export class OidcController {
  constructor(
    private readonly oidc: OidcSignIns,
    private readonly principals: Principals,
    private readonly flow: SignInFlow,
    private readonly config: AppConfig,
  ) {}

  @Get()
  @ApiResponse({ status: 303, description: "To the provider's sign-in" })
  async start(@Query() query: OidcStartQuery, @Res({ passthrough: true }) response: Response): Promise<void> {
    if (!this.oidc.configured) throw coded(NotFoundException, 'oidc-not-configured');
    const { url, state } = await this.oidc.start(safeNextPath(query.next));
    response.cookie(STATE_COOKIE, state, { ...cookieOptions(this.config.api.publicUrl), path: STATE_COOKIE_PATH, maxAge: 10 * 60_000 });
    seeOther(response, url);
  }

  /**
   * Its query is the provider's answer (code, state, iss, or an error), read
   * whole from the URL and checked by openid-client rather than by a DTO,
   * since providers add parameters of their own.
   */
  @Get('callback')
  @ApiResponse({ status: 303, description: 'Signed in: to the page she was going to' })
  @ApiOkResponse({ description: 'Refused: a page saying so', content: { 'text/html': {} } })
  async callback(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<string | undefined> {
    if (!this.oidc.configured) throw coded(NotFoundException, 'oidc-not-configured');
    response.clearCookie(STATE_COOKIE, { ...cookieOptions(this.config.api.publicUrl), path: STATE_COOKIE_PATH });
    const callbackUrl = new URL(this.config.identity.oidc.redirectUrl);
    callbackUrl.search = new URL(request.originalUrl, callbackUrl).search;
    const outcome = await this.oidc.finish(callbackUrl, (request.cookies as Record<string, string> | undefined)?.[STATE_COOKIE]);
    if ('refused' in outcome) {
      await this.flow.failed('oidc', outcome.refused);
      return refusedPage(response, pageLook('da', this.config.api.consoleDir));
    }
    const subject = await this.principals.subjectOfEmail(outcome.email);
    if (!subject) {
      await this.flow.failed('oidc', 'unknown-or-archived-address', outcome.email);
      return refusedPage(response, pageLook('da', this.config.api.consoleDir));
    }
    if (!(await this.flow.complete(request, response, subject.id, 'oidc', outcome.nextPath)))
      return refusedPage(response, pageLook(subject.language, this.config.api.consoleDir));
    return undefined;
  }
}
