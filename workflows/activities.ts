import type { ActivityOptions } from '@temporalio/workflow';

/**
 * The public methods of an activity provider. Providers keep private fields
 * (a repository, a client) under the same names, and TypeScript reduces an
 * intersection of classes with clashing private fields to `never`; the
 * methods alone combine, so one proxy can serve several providers.
 */
export type ActivitiesOf<Provider> = { [Method in keyof Provider]: Provider[Method] };

/**
 * Writes to Postgres and commands to other workflows. Each is idempotent, so
 * an outage (the database restarting, the network gone) is waited out.
 */
export const PERSISTENT_WORK: ActivityOptions = {
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
};

/**
 * Sending one mail. It heartbeats, so a worker that dies mid-send is noticed
 * within seconds and another attempt delivers it; the outbox row keeps that
 * attempt from sending twice.
 */
export const MAIL_DELIVERY: ActivityOptions = {
  startToCloseTimeout: '2 minutes',
  heartbeatTimeout: '10 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '5 minutes', backoffCoefficient: 2 },
};
