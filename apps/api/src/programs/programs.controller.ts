import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AccessService } from '../../../../libs/access/access.service';
import { Permission } from '../../../../libs/access/permission';
import type { AuthenticatedUser } from '../../../../libs/auth/roles';
import { findPreset } from '../../../../libs/domain/policy/presets';
import { ProgramsService } from '../../../../libs/programs/programs.service';
import { CurrentUser, Roles } from '../auth/decorators';
import {
  CreateProgramDto,
  ListProgramsQuery,
  ProgramLeadDto,
  PolicyVersionParams,
  PolicyVersionView,
  ProgramView,
  ProgramWithPolicyView,
  RevisePolicyDto,
} from './program.dto';
import { ProgramWorkflows } from './program-workflows';
import { IdParam } from '../params';
import { refused } from '../../../../libs/validation/coded-exceptions';

@ApiTags('programs')
@ApiBearerAuth()
@Roles('program-admin')
@Controller('programs')
export class ProgramsController {
  constructor(
    private readonly programs: ProgramsService,
    private readonly workflows: ProgramWorkflows,
    private readonly access: AccessService,
  ) {}

  /**
   * Creates a program (from a preset or a whole policy) and starts its
   * lifecycle workflow, `program-<slug>`, answering once the workflow has
   * activated it. If the workflow cannot be started the program is not kept:
   * nothing is half-written.
   */
  @Post()
  @ApiCreatedResponse({ type: ProgramView })
  async create(@Body() dto: CreateProgramDto, @CurrentUser() user: AuthenticatedUser): Promise<ProgramView> {
    await this.access.requireAccess(user, Permission.ProgramCreate);
    const preset = dto.preset ? findPreset(dto.preset) : undefined;
    const program = await this.programs.create(
      {
        slug: dto.slug ?? preset!.slug,
        name: dto.name ?? preset!.name,
        description: dto.description ?? preset?.description ?? '',
        policy: dto.policy ?? preset!.policy,
      },
      user.id,
    );
    try {
      await this.workflows.startAndActivate(program);
    } catch (error) {
      await this.programs.discardDraft(program.id);
      throw error;
    }
    return ProgramView.of(await this.programs.get(program.id));
  }

  /** Program administrators see every program, coordinators those they coordinate. */
  @Get()
  @Roles('program-admin', 'coordinator')
  @ApiOkResponse({ type: [ProgramView] })
  async list(@Query() query: ListProgramsQuery, @CurrentUser() user: AuthenticatedUser): Promise<ProgramView[]> {
    const scope = await this.access.scope(user, Permission.ProgramRead);
    return (await this.programs.list(query.includeArchived === 'true', scope === 'all' ? undefined : scope.programIds)).map(ProgramView.of);
  }

  @Get(':id')
  @Roles('program-admin', 'coordinator')
  @ApiOkResponse({ type: ProgramWithPolicyView })
  async get(@Param() { id }: IdParam, @CurrentUser() user: AuthenticatedUser): Promise<ProgramWithPolicyView> {
    await this.access.requireAccess(user, Permission.ProgramRead, id);
    const program = await this.programs.get(id);
    const { policy } = await this.programs.policy(id);
    return { ...ProgramView.of(program), policy };
  }

  @Get(':id/policy/versions/:version')
  @Roles('program-admin', 'coordinator')
  @ApiOkResponse({ type: PolicyVersionView })
  async policyVersion(@Param() { id, version }: PolicyVersionParams, @CurrentUser() user: AuthenticatedUser): Promise<PolicyVersionView> {
    await this.access.requireAccess(user, Permission.ProgramRead, id);
    return PolicyVersionView.of(await this.programs.policy(id, version));
  }

  /** A new policy version; running mentorships keep theirs. */
  @Put(':id/policy')
  @ApiOkResponse({ type: PolicyVersionView })
  async revisePolicy(
    @Param() { id }: IdParam,
    @Body() dto: RevisePolicyDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<PolicyVersionView> {
    await this.access.requireAccess(user, Permission.ProgramManage, id);
    return PolicyVersionView.of(await this.programs.revisePolicy(id, dto.policy, user.id));
  }

  /** Names the program's lead, to whom an escalation goes when its coordinators do not answer in time. */
  @Put(':id/lead')
  @ApiOkResponse({ type: ProgramView })
  async setLead(@Param() { id }: IdParam, @Body() dto: ProgramLeadDto, @CurrentUser() user: AuthenticatedUser): Promise<ProgramView> {
    await this.access.requireAccess(user, Permission.ProgramManage, id);
    return ProgramView.of(await this.programs.setLead(id, dto.coordinatorId));
  }

  /** Archives the program through its workflow; refused with a reason when it is not active. */
  @Delete(':id')
  @ApiOkResponse({ type: ProgramView })
  @HttpCode(200)
  async archive(@Param() { id }: IdParam, @CurrentUser() user: AuthenticatedUser): Promise<ProgramView> {
    await this.access.requireAccess(user, Permission.ProgramManage, id);
    const program = await this.programs.get(id);
    if (program.status !== 'active') throw refused('program-not-active', { status: program.status });
    await this.workflows.archive(program, user.id);
    return ProgramView.of(await this.programs.get(id));
  }
}
