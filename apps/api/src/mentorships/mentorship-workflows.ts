import { HttpException, Injectable, NotFoundException } from '@nestjs/common';
import { Client, WithStartWorkflowOperation, WorkflowHandle } from '@temporalio/client';
import { WorkflowNotFoundError, type UpdateDefinition } from '@temporalio/common';
import { AppConfig } from '../../../../libs/config/app-config';
import { mentorshipPolicy } from '../../../../libs/programs/mentorship-policy';
import type { Program, Referral } from '../../../../libs/persistence/entities';
import { ProgramsService } from '../../../../libs/programs/programs.service';
import { MeetingsService } from '../../../../libs/meetings/meetings.service';
import { askState, sendCommand } from '../workflow-commands';
import { MentorflowMunicipality, MentorflowPhase, MentorflowProgram } from '../../../../workflows/search-attributes';
import {
  contactRecordedSignal,
  type MeasurementCommand,
  measurementSubmittedUpdate,
  MentorshipInput,
  MentorshipState,
  missedMeetingsInARowUpdate,
  type MissedRunCommand,
  type RecordedContact,
  mentorshipStateQuery,
  mentorshipWorkflowId,
  proposalAcceptedSignal,
  type ProposalAcceptedCommand,
  reviewHeldSignal,
  type StoredReview,
  recordConsentUpdate,
} from '../../../../workflows/mentorship/messages';
import { currentCommandUpdateId } from '../idempotency/command-update-id';
import { workflowsVersionAttribute } from '../../../../workflows/version';
import { withStoredReviews } from '../../../../workflows/mentorship/review-rules';
import { coded } from '../../../../libs/validation/coded-exceptions';

/** The API's side of `mentorship-<id>`: start it from a referral, send it commands, ask its state. */
@Injectable()
export class MentorshipWorkflows {
  constructor(
    private readonly client: Client,
    private readonly config: AppConfig,
    private readonly programs: ProgramsService,
    private readonly meetings: MeetingsService,
  ) {}

  /** Starts the course under the policy version the referral kept; starting it again finds it running. */
  async start(referral: Referral, program: Program): Promise<string> {
    const handle = await this.client.workflow.start('mentorship', await this.startOptions(referral, program));
    return handle.workflowId;
  }

  /**
   * The same course, started with the young person's consent recorded in one round trip (update-with-start): it begins awaiting
   * consent as every course does and takes the consent as its first command, so either it runs with her consent or it did not
   * start. Sent again (with the same update id, the request's Idempotency-Key) it joins the first.
   */
  async startConsented(referral: Referral, program: Program, by: string): Promise<MentorshipState> {
    const startWorkflowOperation = new WithStartWorkflowOperation('mentorship', await this.startOptions(referral, program));
    return this.client.workflow.executeUpdateWithStart(recordConsentUpdate, {
      args: [{ by }],
      updateId: currentCommandUpdateId(),
      startWorkflowOperation,
    });
  }

  /** Whether the course's workflow exists; false too when the engine cannot say. */
  async started(mentorshipId: string): Promise<boolean> {
    try {
      await this.handle(mentorshipId).describe();
      return true;
    } catch {
      return false;
    }
  }

  private async startOptions(referral: Referral, program: Program) {
    const { policy } = await this.programs.policy(program.id, referral.policyVersion);
    return {
      workflowId: mentorshipWorkflowId(referral.id),
      taskQueue: this.config.temporal.taskQueues.main,
      workflowIdConflictPolicy: 'USE_EXISTING' as const,
      args: [
        {
          mentorshipId: referral.id,
          programSlug: program.slug,
          municipalityId: referral.municipalityId,
          policy: mentorshipPolicy(policy, referral.policyVersion),
        },
      ] as [MentorshipInput],
      typedSearchAttributes: [
        { key: MentorflowProgram, value: program.slug },
        { key: MentorflowMunicipality, value: referral.municipalityId },
        { key: MentorflowPhase, value: 'awaiting-consent' },
        workflowsVersionAttribute,
      ],
    };
  }

  /** The course as its workflow holds it, with its meetings and check-ins as stored (withContact). */
  async state(mentorshipId: string): Promise<MentorshipState> {
    // Neither waits on the other: the course page's two round trips, at once.
    const [state, contact] = await Promise.all([
      askState(this.handle(mentorshipId), mentorshipStateQuery, this.notFound(mentorshipId)),
      this.meetings.contact(mentorshipId),
    ]);
    return withContact(state, contact);
  }

  /** The update id defaults to the request's Idempotency-Key's (see sendCommand). Answers the course after it, as `state` does. */
  async command<Arg>(
    mentorshipId: string,
    update: UpdateDefinition<MentorshipState, [Arg]>,
    arg: Arg,
    updateId?: string,
  ): Promise<MentorshipState> {
    const names = { subject: 'mentorship' as const, notFound: this.notFound(mentorshipId) };
    const state = await sendCommand(this.handle(mentorshipId), update, arg, mentorshipStateQuery, names, updateId);
    return withContact(state, await this.meetings.contact(mentorshipId));
  }

  /** Asks the course about a run of missed meetings the API stored (missedMeetingsInARowUpdate): it raises the run's escalation. */
  missedRun(mentorshipId: string, run: MissedRunCommand): Promise<void> {
    return this.ask(mentorshipId, missedMeetingsInARowUpdate, run);
  }

  /**
   * Asks the course about a measurement the API stored that it must act on at once (measurementSubmittedUpdate): a WHO-5 that
   * raises an escalation, or one a closing course waits on. The caller answers with the measurements as stored.
   */
  measurementSubmitted(mentorshipId: string, measurement: MeasurementCommand): Promise<void> {
    return this.ask(mentorshipId, measurementSubmittedUpdate, measurement);
  }

  /** A command whose answer the caller makes of what is stored, so the course's state is not read back (as command does). */
  private async ask<Arg>(mentorshipId: string, update: UpdateDefinition<MentorshipState, [Arg]>, arg: Arg): Promise<void> {
    const names = { subject: 'mentorship' as const, notFound: this.notFound(mentorshipId) };
    await sendCommand(this.handle(mentorshipId), update, arg, mentorshipStateQuery, names);
  }

  /** Tells the course of an accept the API stored and checked (proposalAcceptedSignal): it does not wait for the course to take it. */
  proposalAccepted(mentorshipId: string, accepted: ProposalAcceptedCommand): Promise<void> {
    return this.signal(mentorshipId, () => this.handle(mentorshipId).signal(proposalAcceptedSignal, accepted));
  }

  /** Sends a signal the course waits for: a course that has ended is not found. */
  private async signal(mentorshipId: string, send: () => Promise<void>): Promise<void> {
    try {
      await send();
    } catch (error) {
      throw error instanceof WorkflowNotFoundError ? this.notFound(mentorshipId)() : error;
    }
  }

  /** Tells the course of a review the API stored and checked (reviewHeldSignal): it does not wait for the course to take it. */
  reviewHeld(mentorshipId: string, review: StoredReview): Promise<void> {
    return this.signal(mentorshipId, () => this.handle(mentorshipId).signal(reviewHeldSignal, review));
  }

  /** Tells the course that contact it waits on was stored (contactRecordedSignal); a course that has ended waits on nothing. */
  async contactRecorded(mentorshipId: string): Promise<void> {
    try {
      await this.handle(mentorshipId).signal(contactRecordedSignal);
    } catch (error) {
      if (!(error instanceof WorkflowNotFoundError)) throw error;
    }
  }

  private notFound(mentorshipId: string): () => HttpException {
    return () => coded(NotFoundException, 'not-found', { thing: 'mentorship', id: mentorshipId });
  }

  private handle(mentorshipId: string): WorkflowHandle {
    return this.client.workflow.getHandle(mentorshipWorkflowId(mentorshipId));
  }
}

/**
 * The course's meetings, check-ins, measurements and reviews as stored, newer than its own reading of them: it reads them only
 * when it acts (RecordedContact), and every answer about it shows them as they are.
 */
function withContact(
  state: MentorshipState,
  { meetings, checkIns, measurements = state.measurements, reviews = [] }: RecordedContact,
): MentorshipState {
  const { firstHeldOn, ...counted } = meetings;
  const contact = { meetings: { ...state.meetings, ...counted }, firstMeetingOn: firstHeldOn, checkIns, measurements };
  return { ...state, ...contact, ...withStoredReviews(state, reviews) };
}
