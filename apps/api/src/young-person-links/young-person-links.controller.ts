import { codedBody } from '../../../../libs/validation/coded-exceptions';
import { Body, Controller, Get, HttpCode, HttpException, HttpStatus, Post, Query, Req, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiGoneResponse, ApiNotFoundResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AppConfig } from '../../../../libs/config/app-config';
import { LIMIT_WINDOW_MINUTES, SignInLimits } from '../../../../libs/identity/sign-in-limits';
import { Public } from '../auth/decorators';
import { LinkAnswersDto, LinkConsentDto, LinkTokenQuery } from './young-person-link.dto';
import { LinkPurposeView } from './young-person-link-view';
import { YoungPersonLinkService } from './young-person-link.service';

/**
 * The young person's own link, without an account: what it asks, her
 * consent, her answers. Public, and limited per client address like the
 * sign-in links (the same limit, counted apart), so tokens cannot be tried
 * in bulk. The token travels in the query or the body, never the path, so
 * the audit log (which keeps path ids) never holds it.
 */
@ApiTags('young-person-links')
@ApiNotFoundResponse({ description: 'The token names no link (the same answer as a used or expired one, bar the status)' })
@ApiGoneResponse({ description: 'The link was used, expired, or its course no longer asks it' })
@ApiTooManyRequestsResponse({ description: 'Too many link requests from this address in a quarter of an hour (see Retry-After)' })
@Public()
@Controller('young-person-links')
export class YoungPersonLinksController {
  constructor(
    private readonly service: YoungPersonLinkService,
    private readonly limits: SignInLimits,
    private readonly config: AppConfig,
  ) {}

  @Get()
  async purpose(
    @Query() { token }: LinkTokenQuery,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LinkPurposeView> {
    await this.limit(request, response);
    return this.service.purpose(token);
  }

  @Post('consent')
  @HttpCode(200)
  @ApiConflictResponse({ description: 'The link asks for answers, not consent; or the explanation changed since it was shown' })
  async consent(@Body() body: LinkConsentDto, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    await this.limit(request, response);
    return this.service.consent(body);
  }

  @Post('answers')
  @HttpCode(200)
  @ApiConflictResponse({ description: 'The link asks for consent, not answers; or the wording changed since it was shown' })
  async answers(@Body() body: LinkAnswersDto, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    await this.limit(request, response);
    return this.service.answer(body);
  }

  private async limit(request: Request, response: Response): Promise<void> {
    const perIp = await this.limits.count(`young-person-link:ip:${request.ip ?? request.socket.remoteAddress ?? 'unknown'}`);
    const perIpLimit = this.config.identity.signInLimitPerIp;
    if (perIp.count <= perIpLimit) return;
    response.setHeader('Retry-After', String(perIp.retryAfterSeconds));
    throw new HttpException(
      codedBody('link-rate-limited', { limit: perIpLimit, minutes: LIMIT_WINDOW_MINUTES, retryAfterSeconds: perIp.retryAfterSeconds }),
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
