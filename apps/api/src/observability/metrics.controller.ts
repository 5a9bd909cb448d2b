import { Controller, Get, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AccessService } from '../../../../libs/access/access.service';
import { Permission } from '../../../../libs/access/permission';
import type { AuthenticatedUser } from '../../../../libs/auth/roles';
import { CurrentUser, Roles } from '../auth/decorators';
import { ApiMetrics } from './api-metrics';

/**
 * Prometheus scrapes the API here, on the API's own port, as an operator:
 * an operator's API token in its `authorization` setting. Counts and
 * timings only, labelled by declared routes and the engine's own kinds,
 * never an id; see docs/decisions/0008-observability.md for why not an open
 * port of its own.
 */
@ApiTags('observability')
@ApiBearerAuth()
@Roles('operator')
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly access: AccessService,
    private readonly metrics: ApiMetrics,
  ) {}

  @Get()
  @ApiOkResponse({
    description: 'The Prometheus text exposition format (version 0.0.4); docs/operations.md names each metric',
    content: { 'text/plain': { schema: { type: 'string' } } },
  })
  async scrape(@CurrentUser() user: AuthenticatedUser, @Res({ passthrough: true }) response: Response): Promise<string> {
    await this.access.requireAccess(user, Permission.MetricsRead);
    const { contentType, body } = await this.metrics.render();
    response.setHeader('Content-Type', contentType);
    return body;
  }
}
