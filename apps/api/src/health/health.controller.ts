import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Client } from '@temporalio/client';
import { Check, settle } from '../../../../libs/health/settle';
import { DatabaseHealth } from '../../../../libs/persistence/database-health';
import { Public } from '../auth/decorators';
import { coded } from '../../../../libs/validation/coded-exceptions';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly database: DatabaseHealth,
    private readonly temporal: Client,
  ) {}

  /** The process is up. */
  @Get('live')
  @ApiOkResponse({ schema: { type: 'object', required: ['status'], properties: { status: { enum: ['ok'] } } } })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** The process can serve: Postgres and Temporal both answer. */
  @Get('ready')
  @ApiOkResponse({
    schema: {
      type: 'object',
      required: ['status', 'checks'],
      properties: { status: { enum: ['ok'] }, checks: { type: 'object', additionalProperties: { enum: ['ok'] } } },
    },
  })
  async ready(): Promise<{ status: 'ok'; checks: Record<string, Check> }> {
    const [postgres, temporal] = await Promise.all([
      settle(this.database.ping()),
      settle(this.temporal.connection.workflowService.getSystemInfo({})),
    ]);
    const checks = { postgres, temporal };
    const failing = Object.entries(checks).filter(([, check]) => check !== 'ok');
    if (failing.length)
      throw coded(ServiceUnavailableException, 'not-ready', { failing: failing.map(([name, check]) => `${name}: ${check}`) });
    return { status: 'ok', checks };
  }
}
