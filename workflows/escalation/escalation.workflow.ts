import {
  allHandlersFinished,
  condition,
  getExternalWorkflowHandle,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
} from '@temporalio/workflow';
import type { DeliveryActivities } from '../../activities/notifications/delivery.activities';
import type { EscalationActivities } from '../../activities/escalations/escalation.activities';
import { ActivitiesOf, MAIL_DELIVERY, PERSISTENT_WORK } from '../activities';
import { onCommand } from '../commands';
import { DEFAULT_HISTORY_LIMIT, LongRun } from '../long-running';
import { MAX_RUN_AGE_MS } from '../renewal/renewal';
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
import { escalationClosedSignal, mentorshipWorkflowId } from '../shared/course-escalations';
import { Escalation, EscalationDeadline } from './escalation';
import * as m from './messages';

const activities = proxyActivities<ActivitiesOf<EscalationActivities>>(PERSISTENT_WORK);
const delivery = proxyActivities<DeliveryActivities>(MAIL_DELIVERY);

/**
 * A concern about one young person, put to the program's expert panel: the
 * panel members for its category must acknowledge it and give advice within
 * the policy's times (shorter when urgent); when they do not, it goes up to
 * the coordinators, then to the program's lead, and stays with the last
 * owners there are. With nobody at any level it is parked as unowned and
 * looks for owners daily. It ends when someone resolves it with an outcome,
 * which clears the mentorship's risk flag. It can wait indefinitely (with its
 * last owners, or for a resolution): each run continues as new within
 * MAX_RUN_AGE_MS.
 */
export async function escalation(run: m.EscalationRun): Promise<m.EscalationState> {
  const { state: carried, assignments: carriedAssignments = 0, ...input } = run;
  const current = carried ? new Escalation(input, carried) : Escalation.fresh(input, new Date());
  const { state } = current;
  const { escalationId } = input;
  const longRun = new LongRun(DEFAULT_HISTORY_LIMIT, MAX_RUN_AGE_MS);
  let revision = 0;
  let assignments = carriedAssignments;
  const deliveries: Promise<void>[] = [];

  const publish = () => {
    const next = current.nextDeadline();
    upsertSearchAttributes([
      { key: MentorflowProgram, value: input.programSlug },
      { key: MentorflowMunicipality, value: input.municipalityId },
      { key: MentorflowMentorshipId, value: input.mentorshipId },
      { key: MentorflowUrgency, value: input.urgency },
      { key: MentorflowPhase, value: state.phase },
      { key: MentorflowPhaseSince, value: new Date(state.phaseSince) },
      { key: MentorflowEscalationLevel, value: state.owners.level },
      { key: MentorflowNextDue, value: next && current.isOpen ? new Date(next.at) : null },
    ]);
  };
  const recordProgress = () =>
    activities.recordEscalationProgress({
      escalationId,
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
  /** Sends notices in the background, each when its quiet hours allow, unless by then they no longer need sending. */
  const send = (notices: m.EscalationNotice[], outdated: () => boolean) => {
    deliveries.push(
      (async () => {
        for (const notice of notices) {
          const wait = Date.parse(notice.deliverAt) - Date.now();
          if (wait > 0) await condition(outdated, wait);
          if (outdated()) return;
          notice.outcome = await delivery.deliverNotification({ notificationId: notice.notificationId });
        }
      })(),
    );
  };
  const handTo = (assignment: m.Assignment, why: string) => {
    current.handTo(assignment.owners, why, new Date());
    // Owners are no longer asked to act once it is resolved.
    send(assignment.notices, () => !current.isOpen);
  };
  /** Operators are told nobody can own it, unless someone owns it or resolved it before their mail goes out. */
  const tellOperators = async () => {
    const notices = await activities.noticeOperatorsOfUnownedEscalation({ escalationId, parking: assignments });
    send(notices, () => !current.isOpen || !current.isUnowned);
  };

  // ---- message handlers
  setHandler(m.escalationStateQuery, () => state);
  onCommand(
    m.acknowledgeEscalationUpdate,
    (actor) => current.checkAcknowledge(actor),
    (actor) => command((now) => current.acknowledge(actor, now)),
  );
  onCommand(
    m.respondEscalationUpdate,
    (response) => current.checkRespond(response),
    (response) => {
      let isNew = false;
      return command(
        (now) => void (isNew = current.respond(response, now)),
        async () => {
          if (isNew) send(await activities.noticeAdvice({ escalationId, responseId: response.responseId }), () => false);
        },
      );
    },
  );
  onCommand(
    m.reassignEscalationUpdate,
    (reassignment) => current.checkReassign(reassignment),
    (reassignment) =>
      command(async () => {
        const assignment = await activities.reassignEscalation({
          escalationId,
          panelMemberIds: reassignment.panelMemberIds,
          assignment: ++assignments,
        });
        handTo(assignment, reassignment.by);
      }),
  );
  onCommand(
    m.resolveEscalationUpdate,
    (resolution) => current.checkResolve(resolution),
    (resolution) =>
      command(
        (now) => current.resolve(resolution, now),
        // Before answering, so whoever resolved it no longer sees the course flagged.
        () => clearRiskFlag(),
      ),
  );

  // ---- main logic
  publish();
  if (!carried) {
    const first = await activities.routeEscalation({ escalationId, assignment: 0 });
    if (first) handTo(first, 'raised');
    else current.park(new Date());
    await recordProgress();
    if (current.isUnowned) await tellOperators();
  }
  while (current.isOpen) {
    const seen = revision;
    const next = current.nextDeadline();
    publish();
    const wake = await longRun.wait(() => revision !== seen, next?.at);
    if (wake === 'deadline' && next && current.isOpen) await actOn(next);
    if (longRun.due && current.isOpen) {
      // Mails still held by quiet hours go out from this run: a new one knows nothing of them.
      await Promise.all(deliveries);
      await longRun.continueAsNew<typeof escalation>({ ...input, state, assignments });
    }
  }
  publish();
  await Promise.all(deliveries);
  await condition(allHandlersFinished);
  return state;

  /** The owners' time ran out: up a level, or kept by the last owners. Unowned: owners looked for again. */
  async function actOn(deadline: EscalationDeadline): Promise<void> {
    if (current.isUnowned) {
      const found = await activities.routeEscalation({ escalationId, assignment: assignments + 1 });
      if (!found) return current.lookedForOwners(new Date());
      assignments += 1;
      handTo(found, 'owners found');
    } else {
      const above = await activities.handEscalationUp({ escalationId, level: current.levelAbove!, assignment: ++assignments });
      if (above) handTo(above, deadline.missed);
      else current.keepWithOwners();
    }
    await recordProgress();
  }

  async function clearRiskFlag(): Promise<void> {
    try {
      await getExternalWorkflowHandle(mentorshipWorkflowId(input.mentorshipId)).signal(escalationClosedSignal, { escalationId });
    } catch {
      // The course's workflow is gone (terminated): it has no flag left to clear.
    }
  }
}
