import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AccessService } from '../../../../libs/access/access.service';
import { Permission } from '../../../../libs/access/permission';
import type { AuthenticatedUser } from '../../../../libs/auth/roles';
import { EscalationRecords } from '../../../../libs/escalations/escalation-records';
import { raiseEscalationUpdate } from '../../../../workflows/mentorship/messages';
import { CurrentUser, Roles } from '../auth/decorators';
import { MentorshipIdParam } from '../mentorships/mentorship.dto';
import { MentorshipWorkflows } from '../mentorships/mentorship-workflows';
import { storeThenCommand } from '../workflow-commands';
import { EscalationView, RaiseEscalationDto } from './escalation.dto';
import { escalationView } from './escalation-views';

/** A mentor or coordinator raising a concern or a question about a course to the expert panel. */
@ApiTags('escalations')
@ApiBearerAuth()
@Controller('mentorships/:id/escalations')
export class MentorshipEscalationsController {
  constructor(
    private readonly records: EscalationRecords,
    private readonly mentorships: MentorshipWorkflows,
    private readonly access: AccessService,
  ) {}

  /**
   * The question is stored first, then the course is asked to take the
   * escalation (refused with its reason, e.g. before consent, and then not
   * kept); the course flags itself and starts `escalation-<id>`.
   */
  @Post()
  @HttpCode(200)
  @Roles('coordinator', 'mentor')
  @ApiOkResponse({ type: EscalationView })
  async raise(
    @Param() { id }: MentorshipIdParam,
    @Body() body: RaiseEscalationDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<EscalationView> {
    const raisedByRole = await this.access.requireAccess(user, Permission.MentorshipLog, id);
    await storeThenCommand(
      async () => {
        const { retried } = await this.records.draft({
          ...body,
          mentorshipId: id,
          raisedBy: user.id,
          raisedByRole: raisedByRole as 'coordinator' | 'mentor',
        });
        return retried ? undefined : () => this.records.discardDraft(body.id);
      },
      () => this.mentorships.command(id, raiseEscalationUpdate, { by: user.id, escalationId: body.id }),
    );
    const [parts] = await this.records.stored([await this.records.get(body.id)]);
    return escalationView(user, 'whole', parts) as EscalationView;
  }
}
