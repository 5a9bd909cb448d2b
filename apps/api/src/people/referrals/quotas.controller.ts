import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { QuotaWithProgress, ReferralQuotasService } from '../../../../../libs/people/referrals/referral-quotas.service';
import { Roles } from '../../auth/decorators';
import { ByProgramAndMunicipalityQuery } from '../shared.dto';
import { CreateQuotaDto, QuotaView } from './quota.dto';

/** Referral quotas, each answered with its progress so a shortfall shows while the period runs. */
@ApiTags('quotas')
@ApiBearerAuth()
@Roles('coordinator')
@Controller('quotas')
export class QuotasController {
  constructor(private readonly quotas: ReferralQuotasService) {}

  /** Refused with 409 when the program and municipality already have a quota starting that day. */
  @Post()
  @ApiCreatedResponse({ type: QuotaView })
  async create(@Body() dto: CreateQuotaDto): Promise<QuotaWithProgress> {
    const quota = await this.quotas.create(dto);
    return this.quotas.getWithProgress(quota.id);
  }

  @Get()
  @ApiOkResponse({ type: [QuotaView] })
  list(@Query() { includeArchived, ...filters }: ByProgramAndMunicipalityQuery): Promise<QuotaWithProgress[]> {
    return this.quotas.listWithProgress(filters, includeArchived === 'true');
  }

  @Get(':id')
  @ApiOkResponse({ type: QuotaView })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<QuotaWithProgress> {
    return this.quotas.getWithProgress(id);
  }

  /** Archives the quota; its referrals are untouched. */
  @Delete(':id')
  @HttpCode(200)
  @ApiOkResponse({ type: QuotaView })
  async archive(@Param('id', ParseUUIDPipe) id: string): Promise<QuotaWithProgress> {
    await this.quotas.archive(id);
    return this.quotas.getWithProgress(id);
  }
}
