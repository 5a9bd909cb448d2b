import { Body, Controller, Get, HttpCode, NotFoundException, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Client, WorkflowHandle } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import { AccessService } from '../../../../libs/access/access.service';
import { Permission, Relation } from '../../../../libs/access/permission';
import { AuthenticatedUser, personIdAs } from '../../../../libs/auth/roles';
import { EscalationOwners } from '../../../../libs/escalations/escalation-owners';
import { EscalationRecords } from '../../../../libs/escalations/escalation-records';
import { coded, invalidInput } from '../../../../libs/validation/coded-exceptions';
import type { Escalation } from '../../../../libs/persistence/entities';
import * as e from '../../../../workflows/escalation/messages';
import { CurrentUser, Roles } from '../auth/decorators';
import { askState, sendCommand, storeThenCommand } from '../workflow-commands';
import {
  ApiEscalationOkResponse,
  EscalationIdParam,
  EscalationListQuery,
  EscalationView,
  PanelEscalationView,
  ReassignDto,
  ResolveDto,
  RespondDto,
} from './escalation.dto';
import { escalationView, sightOf } from './escalation-views';
import { problemAt } from '../../../../libs/validation/problems';
import { CommandsAnswer } from '../commands-answer';

/**
 * Escalations to the expert panel, `escalation-<id>`: lists for the people
 * they concern, and the panel's and coordinators' commands (Temporal
 * updates), each refused with its reason (409) when it does not fit.
 */
@ApiTags('escalations')
@ApiBearerAuth()
@CommandsAnswer(ApiEscalationOkResponse({ description: 'The escalation after the command' }))
@Roles('coordinator', 'panel')
@Controller('escalations')
export class EscalationsController {
  constructor(
    private readonly records: EscalationRecords,
    private readonly owners: EscalationOwners,
    private readonly client: Client,
    private readonly access: AccessService,
  ) {}

  /**
   * Urgent first, then the oldest: coordinators see their part of their programs, a mentor those about her mentees, a panel member those
   * put to her. One course's (`mentorshipId`, what its page lists) only for whom the course is hers: the panel is never told which
   * escalations share a course.
   */
  @Get()
  @Roles('coordinator', 'panel', 'mentor')
  @ApiEscalationOkResponse({ isArray: true })
  async list(
    @Query() query: EscalationListQuery,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<Array<PanelEscalationView | EscalationView>> {
    if (query.mentorshipId) await this.access.requireAccess(user, Permission.MentorshipLog, query.mentorshipId);
    const related = await this.access.related(user);
    const escalations = await this.records.list(related, {
      status: query.status ?? 'open',
      urgency: query.urgency,
      programSlug: query.programSlug,
      mentorshipId: query.mentorshipId,
    });
    // How much of each she sees follows from her relation to it, found for the whole list at once.
    const relations = await this.access.relationsOf(
      user,
      Permission.EscalationRead,
      escalations.map((escalation) => escalation.id),
    );
    // Their courses and responses too: a fixed number of queries however many she has.
    return (await this.records.stored(escalations)).map((parts) =>
      escalationView(user, sightOf(relations.get(parts.escalation.id) ?? 'panel'), parts),
    );
  }

  @Get(':id')
  @Roles('coordinator', 'panel', 'mentor')
  @ApiEscalationOkResponse()
  async get(@Param() { id }: EscalationIdParam, @CurrentUser() user: AuthenticatedUser): Promise<PanelEscalationView | EscalationView> {
    const relation = await this.access.requireAccess(user, Permission.EscalationRead, id);
    const escalation = await this.records.get(id);
    return this.view(
      escalation,
      user,
      relation,
      await askState(this.handle(id), e.escalationStateQuery, () => coded(NotFoundException, 'no-workflow', { thing: 'escalation', id })),
    );
  }

  /** "I have it": only its current owners; deadlines to respond still run. */
  @Post(':id/acknowledge')
  @HttpCode(200)
  async acknowledge(@Param() { id }: EscalationIdParam, @CurrentUser() user: AuthenticatedUser) {
    const role = await this.actingRole(id, user);
    return this.command(id, user, role, e.acknowledgeEscalationUpdate, { by: personIdAs(user, role), role });
  }

  /** Advice, kept in Postgres; the escalation records that it was given, and tells whoever raised it. Refused, it is not kept. */
  @Post(':id/responses')
  @HttpCode(200)
  async respond(@Param() { id }: EscalationIdParam, @Body() body: RespondDto, @CurrentUser() user: AuthenticatedUser) {
    const role = await this.actingRole(id, user);
    return storeThenCommand(
      async () => {
        const { retried } = await this.records.addResponse({
          id: body.id,
          escalationId: id,
          advice: body.advice,
          respondedBy: personIdAs(user, role),
          responderRole: role,
        });
        return retried ? undefined : () => this.records.discardResponse(body.id);
      },
      () => this.command(id, user, role, e.respondEscalationUpdate, { by: personIdAs(user, role), role, responseId: body.id }),
    );
  }

  /** To other members of the program's panel, with fresh deadlines. */
  @Post(':id/reassign')
  @HttpCode(200)
  async reassign(@Param() { id }: EscalationIdParam, @Body() body: ReassignDto, @CurrentUser() user: AuthenticatedUser) {
    const role = await this.actingRole(id, user);
    const escalation = await this.records.get(id);
    const onPanel = await this.owners.panelMembersOf(escalation.programSlug, body.panelMemberIds);
    const problems = body.panelMemberIds
      .map((memberId, index) => ({ memberId, index }))
      .filter(({ memberId }) => !onPanel.includes(memberId))
      .map(({ memberId, index }) =>
        problemAt(`panelMemberIds[${index}]`, 'not-on-panel', { id: memberId, program: escalation.programSlug }),
      );
    if (problems.length > 0) throw invalidInput(problems);
    return this.command(id, user, role, e.reassignEscalationUpdate, {
      by: personIdAs(user, role),
      role,
      panelMemberIds: body.panelMemberIds,
    });
  }

  /** Ends it with its outcome and clears the course's risk flag (when no other escalation is open). */
  @Post(':id/resolve')
  @HttpCode(200)
  async resolve(@Param() { id }: EscalationIdParam, @Body() body: ResolveDto, @CurrentUser() user: AuthenticatedUser) {
    const role = await this.actingRole(id, user);
    return this.command(id, user, role, e.resolveEscalationUpdate, { by: personIdAs(user, role), role, outcome: body.outcome });
  }

  private async command<Arg>(
    id: string,
    user: AuthenticatedUser,
    role: e.ActorRole,
    update: UpdateDefinition<e.EscalationState, [Arg]>,
    arg: Arg,
  ): Promise<PanelEscalationView | EscalationView> {
    const state = await sendCommand(this.handle(id), update, arg, e.escalationStateQuery, {
      subject: 'escalation',
      notFound: () => coded(NotFoundException, 'no-workflow', { thing: 'escalation', id }),
    });
    return this.view(await this.records.get(id), user, role, state);
  }

  /** A coordinator of its program steers any escalation; a panel member acts on those put to her (the workflow then checks she owns it). */
  private async actingRole(id: string, user: AuthenticatedUser): Promise<e.ActorRole> {
    return (await this.access.requireAccess(user, Permission.EscalationAct, id)) === 'coordinator' ? 'coordinator' : 'panel';
  }

  private async view(
    escalation: Escalation,
    user: AuthenticatedUser,
    relation: Relation,
    state?: e.EscalationState,
  ): Promise<PanelEscalationView | EscalationView> {
    const [parts] = await this.records.stored([escalation]);
    return escalationView(user, sightOf(relation), { ...parts, state });
  }

  private handle(id: string): WorkflowHandle {
    return this.client.workflow.getHandle(e.escalationWorkflowId(id));
  }
}
