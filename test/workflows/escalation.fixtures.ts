import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { EscalationProgress } from '../../activities/escalations/escalation.activities';
import { EscalationNotice, EscalationRun, OWNER_LEVELS, OwnerLevel, Owners } from '../../workflows/escalation/messages';
import type { Moment } from './nudge.fixtures';

export type Ladder = Record<OwnerLevel, string[]>;

export const FULL_LADDER: Ladder = {
  panel: ['psychologist-1', 'counsellor-1'],
  coordinator: ['coordinator-1'],
  'program-lead': ['lead-1'],
};

export function escalationRun(escalationId: string, run: Partial<EscalationRun> = {}): EscalationRun {
  return {
    escalationId,
    mentorshipId: `course-of-${escalationId}`,
    programSlug: 'pift',
    municipalityId: 'municipality-odense',
    category: 'mental-health',
    urgency: 'normal',
    reason: 'concern',
    acknowledgeWithinMs: 3 * 24 * 60 * 60 * 1000,
    respondWithinMs: 7 * 24 * 60 * 60 * 1000,
    ...run,
  };
}

/**
 * The escalation workflow's activities in memory, with the real ones'
 * contract: owners found level by level on a ladder (an empty level is
 * skipped, nobody at or above a level answers null), notices kept with the simulated
 * moment they were sent, and retries changing nothing.
 */
export function escalationActivities(env: TestWorkflowEnvironment, ladder: Ladder = FULL_LADDER, noticeInMs = 0) {
  const assignments: Array<Moment<Owners & { kind: string }>> = [];
  const delivered: Array<Moment<string>> = [];
  const progress: EscalationProgress[] = [];
  const routed: number[] = [];
  const from = (level: OwnerLevel): Owners | null => {
    const found = OWNER_LEVELS.slice(OWNER_LEVELS.indexOf(level)).find((candidate) => ladder[candidate].length > 0);
    return found ? { level: found, ids: ladder[found] } : null;
  };
  const notices = async (occasion: string, ids: string[]): Promise<EscalationNotice[]> => {
    const now = await env.currentTimeMs();
    return ids.map((id) => ({ notificationId: `${occasion}/${id}`, deliverAt: new Date(now + noticeInMs).toISOString() }));
  };
  const assign = async (owners: Owners, assignment: number, kind: string) => {
    if (assignments.length <= assignment) assignments.push({ at: await env.currentTimeMs(), what: { ...owners, kind } });
    return { owners, notices: await notices(`${kind}#${assignment}`, owners.ids) };
  };
  const activities = {
    async routeEscalation({ assignment }: { assignment: number }) {
      routed.push(await env.currentTimeMs());
      const owners = from('panel');
      return owners ? assign(owners, assignment, 'escalation-assigned') : null;
    },
    async handEscalationUp({ level, assignment }: { level: OwnerLevel; assignment: number }) {
      const owners = from(level);
      return owners ? assign(owners, assignment, 'escalation-handed-up') : null;
    },
    async reassignEscalation({ panelMemberIds, assignment }: { panelMemberIds: string[]; assignment: number }) {
      return assign({ level: 'panel', ids: panelMemberIds }, assignment, 'escalation-assigned');
    },
    async recordEscalationProgress(update: EscalationProgress) {
      progress.push(update);
    },
    async noticeAdvice({ responseId }: { responseId: string }) {
      return notices(`advice/${responseId}`, ['raiser-1']);
    },
    async deliverNotification({ notificationId }: { notificationId: string }) {
      if (delivered.some((d) => d.what === notificationId)) return 'already-sent';
      delivered.push({ at: await env.currentTimeMs(), what: notificationId });
      return 'sent';
    },
  };
  return { activities, assignments, delivered, progress, routed };
}
