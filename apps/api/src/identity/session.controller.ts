import { BadRequestException, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Principal, ROLES } from '../../../../libs/auth/roles';
import { AppConfig } from '../../../../libs/config/app-config';
import { Principals } from '../../../../libs/identity/principals';
import { Sessions } from '../../../../libs/identity/sessions';
import { CurrentPrincipal, Roles } from '../auth/decorators';
import { IdentityAudit } from './identity-audit';
import { SessionView } from './identity.dto';
import { clearSessionCookie, csrfTokenOf, sessionCookieOf } from './session-cookie';
import { coded } from '../../../../libs/validation/coded-exceptions';

const NO_SESSION = { description: 'Signed in with a bearer token, which is no session to end' };

/** What a signed-in page needs: who she is, the CSRF token for her writes, and signing out. */
@ApiTags('sign-in')
@Roles(...ROLES)
@Controller()
export class SessionController {
  constructor(
    private readonly sessions: Sessions,
    private readonly principals: Principals,
    private readonly audit: IdentityAudit,
    private readonly config: AppConfig,
  ) {}

  /**
   * `csrfToken` goes back as the X-CSRF-Token header of every write made with the cookie; null without a session. An operator
   * also gets the Temporal Web UI's address, which the console links each workflow to.
   */
  @Get('session')
  @ApiOkResponse({ type: SessionView })
  async session(@CurrentPrincipal() principal: Principal, @Req() request: Request): Promise<SessionView> {
    const cookie = principal.via === 'session' ? sessionCookieOf(request) : undefined;
    const temporalUi = principal.roles.includes('operator')
      ? { url: this.config.api.codecCorsOrigin, namespace: this.config.temporal.namespace }
      : undefined;
    const name = await this.principals.nameOf(principal.id);
    return { principal, name, csrfToken: cookie ? csrfTokenOf(cookie) : null, ...(temporalUi ? { temporalUi } : {}) };
  }

  /** Ends this browser's session. */
  @Post('sign-out')
  @HttpCode(204)
  @ApiBadRequestResponse(NO_SESSION)
  async signOut(
    @CurrentPrincipal() principal: Principal,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    const cookie = this.sessionOf(principal, request);
    await this.sessions.end(cookie);
    clearSessionCookie(response, this.config.api.publicUrl);
    await this.audit.record('sign-out', principal, {});
  }

  /** Ends every session she has, on every device. */
  @Post('sign-out/everywhere')
  @ApiCreatedResponse({ schema: { type: 'object', required: ['ended'], properties: { ended: { type: 'integer', minimum: 0 } } } })
  @ApiBadRequestResponse(NO_SESSION)
  async signOutEverywhere(
    @CurrentPrincipal() principal: Principal,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<{ ended: number }> {
    this.sessionOf(principal, request);
    const ended = await this.sessions.endAll(principal.id);
    clearSessionCookie(response, this.config.api.publicUrl);
    await this.audit.record('sign-out-everywhere', principal, { ended: String(ended) });
    return { ended };
  }

  private sessionOf(principal: Principal, request: Request): string {
    const cookie = principal.via === 'session' ? sessionCookieOf(request) : undefined;
    if (!cookie) throw coded(BadRequestException, 'no-session');
    return cookie;
  }
}
