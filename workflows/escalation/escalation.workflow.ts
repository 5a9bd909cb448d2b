import { allHandlersFinished, condition, getExternalWorkflowHandle, proxyActivities, setHandler, upsertSearchAttributes } from '@temporalio/workflow';
import type { DeliveryActivities } from '../../activities/notifications/delivery.activities';
import type { EscalationActivities } from '../../activities/escalations/escalation.activities';
import { ActivitiesOf, MAIL_DELIVERY, PERSISTENT_WORK } from '../activities';
import { onCommand } from '../commands';
import { escalationClosedSignal, mentorshipWorkflowId } from '../mentorship/messages';
import {
  MentorflowEscalationLevel,
  MentorflowMentorshipId,
  MentorflowMunicipality,
  MentorflowNextDue,
  MentorflowPhase,
  MentorflowPhaseSince,
  MentorflowProgram,
  MentorflowUrgency,
} from '../search-attributes';
import { Escalation } from './escalation';
import * as m from './messages';

const activities = proxyActivities<ActivitiesOf<EscalationActivities>>(PERSISTENT_WORK);
const delivery = proxyActivities<DeliveryActivities>(MAIL_DELIVERY);

/**
 * A concern about one young person, put to the program's expert panel: the
 * panel members for its category must acknowledge it and give advice within
 * the policy's times (shorter when urgent); when they do not, it goes up to
 * the coordinators, then to the program's lead, and stays with the last
 * owners there are. It ends when someone resolves it with an outcome, which
 * clears the mentorship's risk flag.
 */
export async function escalation(run: m.EscalationRun): Promise<m.EscalationState> {
  const escalation = Escalation.fresh(run, new Date());
  const { state } = escalation;
  let revision = 0;
  let assignments = 0;
  const deliveries: Promise<void>[] = [];

  const publish = () => {
    const next = escalation.nextDeadline();
    upsertSearchAttributes([
      { key: MentorflowProgram, value: run.programSlug },
      { key: MentorflowMunicipality, value: run.municipalityId },
      { key: MentorflowMentorshipId, value: run.mentorshipId },
      { key: MentorflowUrgency, value: run.urgency },
      { key: MentorflowPhase, value: state.phase },
      { key: MentorflowPhaseSince, value: new Date(state.phaseSince) },
      { key: MentorflowEscalationLevel, value: state.owners.level },
      { key: MentorflowNextDue, value: next && escalation.isOpen ? new Date(next.at) : null },
    ]);
  };
  const recordProgress = () =>
    activities.recordEscalationProgress({
      escalationId: run.escalationId,
      phase: state.phase,
      owners: state.owners,
      acknowledged: state.acknowledged ?? null,
      resolution: state.resolution ?? null,
    });
  /** Applies a command at once (so the next validator sees it), then writes it to Postgres before answering. */
  const command = async (apply: (now: Date) => void | Promise<void>, after?: () => Promise<void>): Promise<m.EscalationState> => {
    await apply(new Date());
    revision += 1;
    await after?.();
    await recordProgress();
    return state;
  };
  /** Sends notices in the background, each when its quiet hours allow; those asking owners to act are dropped once it is resolved. */
  const send = (notices: m.EscalationNotice[], dropWhenResolved: boolean) => {
    deliveries.push(
      (async () => {
        for (const notice of notices) {
          const wait = Date.parse(notice.deliverAt) - Date.now();
          const resolved = () => dropWhenResolved && !escalation.isOpen;
          if (wait > 0) await condition(resolved, wait);
          if (resolved()) return;
          notice.outcome = await delivery.deliverNotification({ notificationId: notice.notificationId });
        }
      })(),
    );
  };
  const handTo = (assignment: m.Assignment, why: string) => {
    escalation.handTo(assignment.owners, why, new Date());
    send(assignment.notices, true);
  };

  // ---- message handlers
  setHandler(m.escalationStateQuery, () => state);
  onCommand(m.acknowledgeEscalationUpdate, (actor) => escalation.checkAcknowledge(actor), (actor) => command((now) => escalation.acknowledge(actor, now)));
  onCommand(
    m.respondEscalationUpdate,
    (response) => escalation.checkRespond(response),
    (response) => {
      let isNew = false;
      return command(
        (now) => void (isNew = escalation.respond(response, now)),
        async () => {
          if (isNew) send(await activities.noticeAdvice({ escalationId: run.escalationId, responseId: response.responseId }), false);
        },
      );
    },
  );
  onCommand(
    m.reassignEscalationUpdate,
    (reassignment) => escalation.checkReassign(reassignment),
    (reassignment) =>
      command(async () => {
        const assignment = await activities.reassignEscalation({ escalationId: run.escalationId, panelMemberIds: reassignment.panelMemberIds, assignment: ++assignments });
        handTo(assignment, reassignment.by);
      }),
  );
  onCommand(
    m.resolveEscalationUpdate,
    (resolution) => escalation.checkResolve(resolution),
    (resolution) =>
      command(
        (now) => escalation.resolve(resolution, now),
        // Before answering, so whoever resolved it no longer sees the course flagged.
        () => clearRiskFlag(),
      ),
  );

  // ---- main logic
  publish();
  handTo(await activities.routeEscalation({ escalationId: run.escalationId }), 'raised');
  await recordProgress();
  while (escalation.isOpen) {
    const seen = revision;
    const next = escalation.nextDeadline();
    publish();
    const moved = () => revision !== seen;
    // A deadline already past is acted on now, not through a zero-length timer.
    const timedOut = next ? next.at <= Date.now() || !(await condition(moved, next.at - Date.now())) : !(await condition(moved), true);
    if (!timedOut || !next || !escalation.isOpen) continue;
    const above = await activities.handEscalationUp({ escalationId: run.escalationId, level: escalation.levelAbove!, assignment: ++assignments });
    if (above) handTo(above, next.missed);
    else escalation.keepWithOwners();
    await recordProgress();
  }
  publish();
  await Promise.all(deliveries);
  await condition(allHandlersFinished);
  return state;

  async function clearRiskFlag(): Promise<void> {
    try {
      await getExternalWorkflowHandle(mentorshipWorkflowId(run.mentorshipId)).signal(escalationClosedSignal, { escalationId: run.escalationId });
    } catch {
      // The course's workflow is gone (terminated): it has no flag left to clear.
    }
  }
}
