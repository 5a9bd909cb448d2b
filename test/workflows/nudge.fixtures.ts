import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { NudgeDelivery } from '../../workflows/nudge/messages';

export interface Moment<T> {
  /** Simulated time (ms) at which the activity ran. */
  at: number;
  what: T;
}

/**
 * The nudge workflow's activities in memory, with the real ones' contract:
 * each call is kept with the simulated moment it ran at, and a repeated
 * call for the same thing (an activity retry) changes nothing.
 */
export function nudgeActivities(
  env: TestWorkflowEnvironment,
  plan: (key: string, now: number) => Array<{ deliverInMs: number }> = () => [{ deliverInMs: 0 }],
) {
  const delivered: Array<Moment<string>> = [];
  const escalated: Array<Moment<string>> = [];
  const closed: Array<Moment<{ key: string; status: string; by: string }>> = [];
  /** The mails the raiser records for a nudge raised at `now`. */
  const deliveriesOf = (key: string, now: number): NudgeDelivery[] =>
    plan(key, now).map((planned, index) => ({
      notificationId: `${key}#${index}`,
      deliverAt: new Date(now + planned.deliverInMs).toISOString(),
    }));
  const activities = {
    // Nudges started before the raiser planned their mails ask for them.
    async planNudgeDeliveries({ key }: { key: string }): Promise<NudgeDelivery[]> {
      return deliveriesOf(key, await env.currentTimeMs());
    },
    async deliverNotification({ notificationId }: { notificationId: string }): Promise<NudgeDelivery['outcome']> {
      if (delivered.some((d) => d.what === notificationId)) return 'already-sent';
      delivered.push({ at: await env.currentTimeMs(), what: notificationId });
      return 'sent';
    },
    async escalateNudge({ key }: { key: string }): Promise<void> {
      if (!escalated.some((e) => e.what === key)) escalated.push({ at: await env.currentTimeMs(), what: key });
    },
    async closeNudge(close: { key: string; status: string; by: string }): Promise<void> {
      if (!closed.some((c) => c.what.key === close.key)) closed.push({ at: await env.currentTimeMs(), what: close });
    },
  };
  return { activities, deliveriesOf, delivered, escalated, closed };
}
