import {
  Body,
  Controller,
  ForbiddenException,
  Get,
  HttpCode,
  HttpException,
  HttpStatus,
  Logger,
  Post,
  Query,
  Req,
  Res,
  UnauthorizedException,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AppConfig } from '../../../../libs/config/app-config';
import { Principals } from '../../../../libs/identity/principals';
import { normalEmail, safeNextPath, sha256Hex } from '../../../../libs/identity/secrets';
import { OidcSignIns } from '../../../../libs/identity/oidc-sign-ins';
import { LIMIT_WINDOW_MINUTES, SignInLimits } from '../../../../libs/identity/sign-in-limits';
import { SignInLinks } from '../../../../libs/identity/sign-in-links';
import { SignInMail } from '../../../../libs/identity/sign-in-mail';
import { Credentials } from '../auth/credentials';
import { Public } from '../auth/decorators';
import { SignInEmailDto, SignInPageQuery, SignInVerifyDto, SignInVerifyQuery } from './identity.dto';
import { confirmSignInPage, linkSentPage, linkUnusablePage, pageLook, signInFormPage } from './sign-in-page';
import { SignInFlow } from './sign-in-flow';
import { coded, codedBody } from '../../../../libs/validation/coded-exceptions';

/** Links an address may ask for in a quarter of an hour; past it, still the same 202, and no mail. */
const PER_ADDRESS = 5;
const MESSAGE_SCHEMA = { type: 'object', required: ['message'], properties: { message: { type: 'string' } } };
const LINK_ON_ITS_WAY = { message: 'if the address belongs to someone who may sign in, a sign-in link is on its way to it' };

/** Sign-in by a mailed one-time link: the page, the request for a link, opening the link and using it. */
@ApiTags('sign-in')
@Public()
@Controller('sign-in')
export class SignInController {
  private readonly logger = new Logger(SignInController.name);

  constructor(
    private readonly limits: SignInLimits,
    private readonly principals: Principals,
    private readonly mail: SignInMail,
    private readonly links: SignInLinks,
    private readonly oidc: OidcSignIns,
    private readonly flow: SignInFlow,
    private readonly credentials: Credentials,
    private readonly config: AppConfig,
  ) {}

  @Get()
  @ApiOkResponse({ description: 'The sign-in form', content: { 'text/html': {} } })
  page(@Query() query: SignInPageQuery, @Res({ passthrough: true }) response: Response): string {
    return signInFormPage(response, {
      ...pageLook(query.lang ?? 'da', this.config.api.consoleDir),
      nextPath: safeNextPath(query.next),
      oidc: this.oidc.configured,
    });
  }

  /**
   * Always the same 202, known address or not. The lookup and the mail run
   * after the answer, so neither its body nor its timing tells whether the
   * address is known. A form post (the sign-in page) gets a page back.
   */
  @Post('email')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ schema: MESSAGE_SCHEMA })
  @ApiTooManyRequestsResponse({ description: 'Too many requests for a link from this address (see Retry-After)' })
  async email(
    @Body() dto: SignInEmailDto,
    @Query() query: SignInPageQuery,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string | typeof LINK_ON_ITS_WAY> {
    const perIp = await this.limits.count(`ip:${request.ip ?? request.socket.remoteAddress ?? 'unknown'}`);
    const perIpLimit = this.config.identity.signInLimitPerIp;
    if (perIp.count > perIpLimit) {
      response.setHeader('Retry-After', String(perIp.retryAfterSeconds));
      throw new HttpException(
        codedBody('sign-in-rate-limited', { limit: perIpLimit, minutes: LIMIT_WINDOW_MINUTES, retryAfterSeconds: perIp.retryAfterSeconds }),
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    const perAddress = await this.limits.count(`email:${sha256Hex(normalEmail(dto.email))}`);
    if (perAddress.count <= PER_ADDRESS) {
      void this.mailLink(dto.email, safeNextPath(dto.next ?? query.next));
    }
    if (request.is('application/x-www-form-urlencoded'))
      return linkSentPage(response, pageLook(query.lang ?? 'da', this.config.api.consoleDir));
    return LINK_ON_ITS_WAY;
  }

  /**
   * Opening the mailed link shows a page whose button posts it back: a GET
   * never uses the link up, so a mail scanner opening it first leaves it for
   * her. The page is in her language; a link that cannot be used says so.
   */
  @Get('verify')
  @ApiOkResponse({ description: 'A page whose button posts the link back', content: { 'text/html': {} } })
  @ApiUnauthorizedResponse({ description: 'A page saying the link cannot be used', content: { 'text/html': {} } })
  async open(@Query() query: SignInVerifyQuery, @Res({ passthrough: true }) response: Response): Promise<string> {
    const link = await this.links.peek(query.token);
    const subject = link && (await this.principals.ofSubject(link.subjectId, 'session'));
    if (!subject) return linkUnusablePage(response, pageLook('da', this.config.api.consoleDir));
    return confirmSignInPage(response, pageLook(subject.language, this.config.api.consoleDir), query.token);
  }

  /**
   * Uses the link up and signs her in, landing (303) on the path she was
   * going to, which the link's row holds. Only from this site's own page: a
   * post from another site could sign her in as someone else.
   */
  @Post('verify')
  @HttpCode(HttpStatus.SEE_OTHER)
  @ApiForbiddenResponse({ description: 'Posted from another site' })
  @ApiUnauthorizedResponse({ description: 'The link was used already, expired, never existed, or names no one who may sign in' })
  async verify(
    @Body() dto: SignInVerifyDto,
    @Query() query: SignInPageQuery,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string | undefined> {
    if (!this.credentials.comesFromThisSite(request)) throw coded(ForbiddenException, 'sign-in-cross-site');
    const form = request.is('application/x-www-form-urlencoded');
    const link = await this.links.consume(dto.token);
    if (!link) {
      await this.flow.failed('email', 'link-used-expired-or-unknown');
      if (form) return linkUnusablePage(response, pageLook(query.lang ?? 'da', this.config.api.consoleDir));
      throw coded(UnauthorizedException, 'sign-in-link-unusable');
    }
    if (!(await this.flow.complete(request, response, link.subjectId, 'email', link.nextPath))) {
      if (form) return linkUnusablePage(response, pageLook(query.lang ?? 'da', this.config.api.consoleDir));
      throw coded(UnauthorizedException, 'sign-in-not-allowed');
    }
    return undefined;
  }

  private async mailLink(email: string, nextPath: string): Promise<void> {
    try {
      const subject = await this.principals.subjectOfEmail(email);
      if (!subject) return await this.flow.failed('email', 'unknown-or-archived-address', email);
      await this.mail.send(subject, nextPath);
    } catch (error) {
      this.logger.error({ message: 'sign-in link not sent', error: String(error) });
    }
  }
}
