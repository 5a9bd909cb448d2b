import { Controller, Get, HttpCode, NotFoundException, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Client } from '@temporalio/client';
import { AccessService } from '../../../../libs/access/access.service';
import { Permission } from '../../../../libs/access/permission';
import { AuthenticatedUser, personIdAs } from '../../../../libs/auth/roles';
import { awaitsAcknowledgement } from '../../../../libs/notifications/nudge-kinds';
import { NudgeInbox } from '../../../../libs/nudges/nudge-inbox';
import type { Nudge } from '../../../../libs/persistence/entities';
import { acknowledgeNudgeUpdate, nudgeStateQuery, nudgeWorkflowId } from '../../../../workflows/nudge/messages';
import { CurrentUser, Roles } from '../auth/decorators';
import { sendCommand } from '../workflow-commands';
import { NudgeIdParam, NudgeListQuery, NudgeView } from './nudge.dto';
import { coded, refused } from '../../../../libs/validation/coded-exceptions';

/** Each user's open nudges, in the app, and acknowledging them (an update on the nudge's own workflow). */
@ApiTags('nudges')
@ApiBearerAuth()
@Roles('coordinator', 'mentor', 'referrer', 'panel')
@Controller('nudges')
export class NudgesController {
  constructor(
    private readonly inbox: NudgeInbox,
    private readonly client: Client,
    private readonly access: AccessService,
  ) {}

  @Get()
  @ApiOkResponse({ type: [NudgeView] })
  async list(@Query() query: NudgeListQuery, @CurrentUser() user: AuthenticatedUser): Promise<NudgeView[]> {
    const nudges = await this.inbox.list(user, { status: query.status ?? 'open', programSlug: query.programSlug });
    return Promise.all(nudges.map((nudge) => this.view(nudge)));
  }

  @Get(':id')
  @ApiOkResponse({ type: NudgeView })
  async get(@Param() { id }: NudgeIdParam, @CurrentUser() user: AuthenticatedUser): Promise<NudgeView> {
    await this.access.requireAccess(user, Permission.NudgeAnswer, id);
    return this.view(await this.inbox.get(id));
  }

  /** "I have seen it": the nudge closes and is not reported to the coordinator. Refused (409) once it is closed. */
  @Post(':id/acknowledge')
  @HttpCode(200)
  @ApiOkResponse({ type: NudgeView })
  async acknowledge(@Param() { id }: NudgeIdParam, @CurrentUser() user: AuthenticatedUser): Promise<NudgeView> {
    await this.access.requireAccess(user, Permission.NudgeAnswer, id);
    const nudge = await this.inbox.get(id);
    // A notice (a welcome, her link) tells and is done: it has no workflow to answer, and the workflow of an older one refuses the same.
    if (!awaitsAcknowledgement(nudge.kind)) throw refused('needs-no-acknowledgement');
    // She answers as the row the nudge was sent to (one address can stand for several); a young person is never a user.
    const by = nudge.recipientRole === 'young-person' ? user.id : personIdAs(user, nudge.recipientRole);
    await sendCommand(this.client.workflow.getHandle(nudgeWorkflowId(nudge.key)), acknowledgeNudgeUpdate, { by }, nudgeStateQuery, {
      subject: 'nudge',
      notFound: () => coded(NotFoundException, 'no-workflow', { thing: 'nudge', id }),
    });
    return this.view(await this.inbox.get(id));
  }

  private async view(nudge: Nudge): Promise<NudgeView> {
    const reported = nudge.escalationOf ? await this.inbox.findByKey(nudge.escalationOf) : null;
    return {
      id: nudge.id,
      kind: nudge.kind,
      status: nudge.status,
      recipientRole: nudge.recipientRole,
      programSlug: nudge.programSlug,
      subjectWorkflowId: nudge.subjectWorkflowId,
      subjectId: nudge.subjectId,
      raisedAt: nudge.raisedAt,
      escalatedAt: nudge.escalatedAt,
      closedAt: nudge.closedAt,
      closedBy: nudge.closedBy,
      reportsNudgeId: reported?.id ?? null,
    };
  }
}
