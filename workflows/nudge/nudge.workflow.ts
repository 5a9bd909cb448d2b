import {
  allHandlersFinished,
  condition,
  getExternalWorkflowHandle,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
} from '@temporalio/workflow';
import type { DeliveryActivities } from '../../activities/notifications/delivery.activities';
import type { NudgeActivities } from '../../activities/nudges/nudge.activities';
import { ActivitiesOf, MAIL_DELIVERY, PERSISTENT_WORK } from '../activities';
import { onCommand, refuse } from '../commands';
import { continueAsNewAtVersion } from '../long-running';
import { renewSignal } from '../renewal/renewal';
import { initialNudgePhase, nudgeAttributes } from './attributes';
import {
  acknowledgeNudgeUpdate,
  ignoredNudgeKey,
  nudgeIgnoredSignal,
  NudgePhase,
  NudgeRun,
  NudgeState,
  nudgeStateQuery,
  nudgeWorkflowId,
  resolveNudgeSignal,
} from './messages';

const activities = proxyActivities<ActivitiesOf<NudgeActivities> & ActivitiesOf<DeliveryActivities>>(PERSISTENT_WORK);
const delivery = proxyActivities<DeliveryActivities>(MAIL_DELIVERY);

/**
 * Chases one person about one thing: mails them (after the program's quiet
 * hours, not at all if they take a daily digest), waits for them to
 * acknowledge it or for the thing to happen, and reports it to the
 * coordinator, once, if it is left open for the program's time. Waiting for
 * an answer, it continues as new when the renewal sweep sends `renew`,
 * carrying its state (its mails are sent by then: it waits for them first).
 */
export async function nudge(run: NudgeRun): Promise<NudgeState> {
  const raisedAt = Date.parse(run.state?.raisedAt ?? run.raisedAt ?? new Date().toISOString());
  const state: NudgeState = run.state ?? {
    key: run.key,
    phase: initialNudgePhase(run),
    phaseSince: new Date(raisedAt).toISOString(),
    raisedAt: new Date(raisedAt).toISOString(),
    deliveries: [],
  };
  let renewAsked = false;
  const isClosed = () => state.phase === 'acknowledged' || state.phase === 'resolved';
  /** Closed, or, still waiting, asked to continue as new. */
  const closedOrRenewing = () => isClosed() || renewAsked;
  const renew = () => continueAsNewAtVersion<typeof nudge>({ ...run, state });
  const escalationDue = run.escalateAfterMs === null ? undefined : raisedAt + run.escalateAfterMs;

  const publish = () =>
    upsertSearchAttributes(
      nudgeAttributes(run, state.phase, state.phaseSince, !isClosed() && !state.escalatedAt ? escalationDue : undefined),
    );
  const enter = (phase: NudgePhase) => {
    state.phase = phase;
    state.phaseSince = new Date().toISOString();
    publish();
  };
  /** Writes the end to Postgres (and drops mails not yet sent) before anyone is told it is over, unless whoever ended it did. */
  const close = async (status: 'acknowledged' | 'resolved', by: string, closedInPostgres = false) => {
    if (isClosed()) return;
    state.closedAt = new Date().toISOString();
    state.closedBy = by;
    enter(status);
    if (!closedInPostgres) await activities.closeNudge({ key: run.key, status, by });
  };

  // ---- message handlers
  setHandler(nudgeStateQuery, () => state);
  onCommand(
    acknowledgeNudgeUpdate,
    ({ by }) => {
      if (isClosed()) refuse('nudge-closed', { phase: state.phase });
      if (!run.awaitsAcknowledgement) refuse('needs-no-acknowledgement');
      if (!by) refuse('field-required', { field: 'by' });
    },
    async ({ by }) => {
      await close('acknowledged', by);
      return state;
    },
  );
  setHandler(resolveNudgeSignal, ({ reason, closedInPostgres }) => close('resolved', reason, closedInPostgres));
  setHandler(renewSignal, () => void (renewAsked = true));

  // ---- main logic
  if (run.state) {
    // A run continued as new starts with the version alone among its search attributes, its mails sent.
    publish();
  } else {
    await deliver();
  }

  if (!run.awaitsAcknowledgement) {
    await close('resolved', 'delivered');
  } else if (escalationDue !== undefined && !isClosed() && !state.escalatedAt) {
    const answered = escalationDue > Date.now() && (await condition(closedOrRenewing, escalationDue - Date.now()));
    if (renewAsked && !isClosed()) return renew();
    if (!answered && !isClosed()) {
      await activities.escalateNudge({ key: run.key });
      state.escalatedAt = new Date().toISOString();
      publish();
      if (run.reportIgnoredTo) await tellIgnored(run.reportIgnoredTo);
    }
  }
  await condition(closedOrRenewing);
  if (!isClosed()) return renew();
  // The coordinator's report of this nudge is moot once it is answered or resolved.
  if (state.escalatedAt) {
    try {
      await getExternalWorkflowHandle(nudgeWorkflowId(ignoredNudgeKey(run.key))).signal(resolveNudgeSignal, {
        reason: `the nudge it reported was ${state.phase}`,
      });
    } catch {
      // The coordinator already acknowledged the report: nothing left to close.
    }
  }
  await condition(allHandlersFinished);
  return state;

  async function deliver(): Promise<void> {
    if (run.deliveries) {
      // The raiser recorded its mails and set its search attributes as it started it.
      state.deliveries = run.deliveries.map((planned) => ({ ...planned }));
    } else {
      publish();
      state.deliveries = (await activities.planNudgeDeliveries({ key: run.key })).map((planned) => ({ ...planned }));
    }
    for (const planned of state.deliveries) {
      const wait = Date.parse(planned.deliverAt) - Date.now();
      // A mail held by quiet hours is dropped if the nudge ends first.
      if (wait > 0 && (await condition(isClosed, wait))) break;
      if (isClosed()) break;
      planned.outcome = await delivery.deliverNotification({ notificationId: planned.notificationId });
    }
    if (!isClosed() && state.phase !== 'open') enter('open');
  }

  async function tellIgnored(workflowId: string): Promise<void> {
    try {
      await getExternalWorkflowHandle(workflowId).signal(nudgeIgnoredSignal, { key: run.key });
    } catch {
      // The workflow that raised it has finished: nobody is left to count it.
    }
  }
}
