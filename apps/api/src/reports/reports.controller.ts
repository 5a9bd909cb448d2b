import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AccessService } from '../../../../libs/access/access.service';
import { Permission } from '../../../../libs/access/permission';
import type { AuthenticatedUser } from '../../../../libs/auth/roles';
import type { ReportScope } from '../../../../libs/reports/report-scope';
import { Reports } from '../../../../libs/reports/reports';
import { wellBeingChart } from '../../../../libs/reports/well-being-chart';
import type { WellBeingReport } from '../../../../libs/reports/well-being-report';
import { CurrentUser, Roles } from '../auth/decorators';
import { ReportKindParam, ReportQuery } from './report.dto';

/**
 * Figures for coordinators, funders and operators, from the engine's own
 * data, with small counts suppressed: nothing in them names or singles out a
 * person, so operators may read them too.
 */
@ApiTags('reports')
@ApiBearerAuth()
@Roles('coordinator', 'operator')
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly reports: Reports,
    private readonly access: AccessService,
  ) {}

  /** Well-being over the course as a line chart: each due point's mean for the mentees measured through the last. */
  @Get('well-being/chart.svg')
  @ApiOkResponse({ content: { 'image/svg+xml': { schema: { type: 'string' } } } })
  async wellBeingChart(
    @Query() query: ReportQuery,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const { report } = await this.reports.build('well-being', await this.permitted(user, query), query.instrument);
    // Set here, once the chart is drawn: a refusal before it is the one JSON error shape, not an "image".
    response.setHeader('Content-Type', 'image/svg+xml; charset=utf-8');
    return wellBeingChart(report as WellBeingReport);
  }

  @Get(':kind')
  @ApiOkResponse({
    description: "The report's figures (JSON, by kind; see docs), or with format=csv a spreadsheet file",
    content: { 'application/json': { schema: { type: 'object' } }, 'text/csv': { schema: { type: 'string' } } },
  })
  async report(
    @Param() { kind }: ReportKindParam,
    @Query() query: ReportQuery,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
  ) {
    const built = await this.reports.build(kind, await this.permitted(user, query), query.instrument);
    if (query.format !== 'csv') return built.report;
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="${kind}-${query.from}-${query.to}.csv"`);
    return built.csv();
  }

  /** The report's scope as the caller may have it: her program, and a municipal coordinator's own municipality. */
  private async permitted(user: AuthenticatedUser, query: ReportQuery): Promise<ReportScope> {
    await this.access.requireAccess(user, Permission.ReportRead, query.programId);
    return { ...query, municipalityId: await this.access.municipalityFilter(user, Permission.ReportRead, query.municipalityId) };
  }
}
