import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Context } from '@temporalio/activity';
import { Client } from '@temporalio/client';
import { ApplicationFailure, WorkflowNotFoundError } from '@temporalio/common';
import { Repository } from 'typeorm';
import { IGNORED_NUDGE_KIND, WELCOME_KIND } from '../../libs/notifications/nudge-kinds';
import { NudgeClosing } from '../../libs/nudges/nudge-closing';
import { NudgeRaiser, RaiseNudge } from '../../libs/nudges/nudge-raiser';
import { YoungPersonAsks } from '../../libs/nudges/young-person-asks';
import { Nudge, Referral } from '../../libs/persistence/entities';
import { ignoredNudgeKey, nudgeWorkflowId, resolveNudgeSignal } from '../../workflows/nudge/messages';

export type NudgeInput = RaiseNudge;

/** The course's deadline nudge keyed "<workflow id>/measurement-due:<instrument>@<due point>". */
const MEASUREMENT_DUE_KIND = 'measurement-due';

export interface WelcomeMatch {
  mentorshipId: string;
  attempt: number;
  mentorId: string;
  programSlug: string;
  municipalityId: string;
  subjectWorkflowId: string;
}

/**
 * The engine's way of chasing people so the coordinator need not: raising
 * nudges, closing them, and reporting the ignored ones. Every method is
 * idempotent by the nudge's key.
 */
@Injectable()
export class NudgeActivities {
  constructor(
    private readonly raiser: NudgeRaiser,
    private readonly closing: NudgeClosing,
    private readonly client: Client,
    private readonly youngPersonAsks: YoungPersonAsks,
    @InjectRepository(Nudge) private readonly nudges: Repository<Nudge>,
    @InjectRepository(Referral) private readonly referrals: Repository<Referral>,
  ) {}

  async raiseNudge(input: NudgeInput): Promise<void> {
    await this.raiser.raise(input, Context.current().info.taskQueue);
  }

  /**
   * The nudges of deadlines that fell due together, in one activity; a retry raises again only those not raised yet. A measurement
   * falling due also asks the young person herself, by her own link.
   */
  async raiseNudges({ nudges }: { nudges: NudgeInput[] }): Promise<void> {
    const taskQueue = Context.current().info.taskQueue;
    for (const nudge of nudges) await this.raiser.raise(nudge, taskQueue);
    for (const nudge of nudges.filter((raised) => raised.kind === MEASUREMENT_DUE_KIND)) {
      await this.youngPersonAsks.askMeasurements(nudge.subjectId, [nudge.key.split(`/${MEASUREMENT_DUE_KIND}:`)[1]], taskQueue);
    }
  }

  /** A match has started: a welcome to the mentor and to the young person, each by her own mail; her link asks for the start's answers. */
  async welcomeMatch(match: WelcomeMatch): Promise<void> {
    const referral = await this.referrals.findOneBy({ id: match.mentorshipId });
    if (!referral) throw ApplicationFailure.nonRetryable(`mentorship ${match.mentorshipId} has no referral`, 'NotFound');
    const common = {
      kind: WELCOME_KIND,
      programSlug: match.programSlug,
      municipalityId: match.municipalityId,
      subjectWorkflowId: match.subjectWorkflowId,
      subjectId: match.mentorshipId,
    };
    const taskQueue = Context.current().info.taskQueue;
    await this.raiser.raise(
      {
        ...common,
        key: `${match.subjectWorkflowId}/welcome:${match.attempt}:mentor`,
        recipientRole: 'mentor',
        recipientId: match.mentorId,
      },
      taskQueue,
    );
    await this.raiser.raise(
      {
        ...common,
        key: `${match.subjectWorkflowId}/welcome:${match.attempt}:young-person`,
        recipientRole: 'young-person',
        recipientId: referral.youngPersonId,
      },
      taskQueue,
    );
    await this.youngPersonAsks.askStartMeasurements(match.mentorshipId, taskQueue);
  }

  /** Reports a nudge left open for the program's time to the coordinator; once, as the report's key is fixed. */
  async escalateNudge({ key }: { key: string }): Promise<void> {
    const ignored = await this.nudges.findOneBy({ key });
    if (!ignored) throw ApplicationFailure.nonRetryable(`no such nudge: ${key}`, 'NotFound');
    await this.nudges
      .createQueryBuilder()
      .update()
      .set({ escalatedAt: () => 'now()' })
      .where('key = :key AND escalated_at IS NULL', { key })
      .execute();
    await this.raiser.raise(
      {
        key: ignoredNudgeKey(key),
        kind: IGNORED_NUDGE_KIND,
        recipientRole: 'coordinator',
        programSlug: ignored.programSlug,
        municipalityId: ignored.municipalityId ?? undefined,
        subjectWorkflowId: ignored.subjectWorkflowId,
        subjectId: ignored.subjectId,
        escalationOf: key,
      },
      Context.current().info.taskQueue,
    );
  }

  /** Ends a nudge in Postgres and drops its mails not yet sent. */
  async closeNudge({ key, status, by }: { key: string; status: 'acknowledged' | 'resolved'; by: string }): Promise<void> {
    await this.closing.close([key], status, by);
  }

  /**
   * The thing these nudges chased has happened (a meeting logged, a
   * measurement submitted): their rows are closed and their mails not yet
   * sent dropped, then each nudge's workflow is told, and ends.
   */
  async resolveNudges({ keys, reason }: { keys: string[]; reason: string }): Promise<void> {
    await this.closing.close(keys, 'resolved', reason);
    for (const key of keys) {
      try {
        await this.client.workflow.getHandle(nudgeWorkflowId(key)).signal(resolveNudgeSignal, { reason, closedInPostgres: true });
      } catch (error) {
        // Its workflow has already ended (or never ran): the row was all there was to close.
        if (!(error instanceof WorkflowNotFoundError)) throw error;
      }
    }
  }
}
