import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AccessService } from '../../../../../libs/access/access.service';
import { Permission } from '../../../../../libs/access/permission';
import type { AuthenticatedUser } from '../../../../../libs/auth/roles';
import { QuotaWithProgress, ReferralQuotasService } from '../../../../../libs/people/referrals/referral-quotas.service';
import { CurrentUser, Roles } from '../../auth/decorators';
import { ByProgramAndMunicipalityQuery } from '../shared.dto';
import { CreateQuotaDto, QuotaView } from './quota.dto';
import { IdParam } from '../../params';

/**
 * Referral quotas, each answered with its progress so a shortfall shows while the period runs. Program administrators agree them;
 * coordinators follow their part.
 */
@ApiTags('quotas')
@ApiBearerAuth()
@Roles('program-admin', 'coordinator')
@Controller('quotas')
export class QuotasController {
  constructor(
    private readonly quotas: ReferralQuotasService,
    private readonly access: AccessService,
  ) {}

  /** Refused with 409 when the program and municipality already have a quota starting that day. */
  @Post()
  @ApiCreatedResponse({ type: QuotaView })
  async create(@Body() dto: CreateQuotaDto, @CurrentUser() user: AuthenticatedUser): Promise<QuotaWithProgress> {
    await this.access.requireAccess(user, Permission.ProgramManage, dto.programId);
    const quota = await this.quotas.create(dto);
    return this.quotas.getWithProgress(quota.id);
  }

  @Get()
  @ApiOkResponse({ type: [QuotaView] })
  async list(
    @Query() { includeArchived, ...filters }: ByProgramAndMunicipalityQuery,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<QuotaWithProgress[]> {
    return this.quotas.listWithProgress(filters, includeArchived === 'true', await this.access.scope(user, Permission.QuotaRead));
  }

  @Get(':id')
  @ApiOkResponse({ type: QuotaView })
  async get(@Param() { id }: IdParam, @CurrentUser() user: AuthenticatedUser): Promise<QuotaWithProgress> {
    await this.access.requireAccess(user, Permission.QuotaRead, id);
    return this.quotas.getWithProgress(id);
  }

  /** Archives the quota; its referrals are untouched. */
  @Delete(':id')
  @HttpCode(200)
  @ApiOkResponse({ type: QuotaView })
  async archive(@Param() { id }: IdParam, @CurrentUser() user: AuthenticatedUser): Promise<QuotaWithProgress> {
    await this.access.requireAccess(user, Permission.QuotaManage, id);
    await this.quotas.archive(id);
    return this.quotas.getWithProgress(id);
  }
}
