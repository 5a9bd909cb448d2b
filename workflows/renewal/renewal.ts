import { defineSignal } from '@temporalio/workflow';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The longest a run of a workflow that can live indefinitely lasts before it
 * continues as new. It bounds how long code from before a patch keeps
 * running: 90 days after a patch is deployed, every such run begun before it
 * has ended or continued as new onto it (see workflows/version.ts), while a
 * run still lives long enough that renewing it costs nothing worth counting.
 * A program and an escalation keep to it with a timer of their own; a
 * mentor's path, a course and a nudge waiting for an answer are renewed by
 * the daily renewal sweep (docs/decisions/0002-workflow-versioning.md says why).
 */
export const MAX_RUN_AGE_MS = 90 * DAY_MS;

/**
 * The sweep renews runs begun more than this long ago: one day short of
 * MAX_RUN_AGE_MS, as it comes once a day, so a run that is not old enough at
 * one sweep is renewed by the next one within the bound.
 */
export const RENEW_RUNS_OLDER_THAN_MS = MAX_RUN_AGE_MS - DAY_MS;

/** The workflow types the sweep renews: those with no timer of their own for their age. */
export const SWEPT_WORKFLOW_TYPES = ['mentorPath', 'mentorship', 'nudge'] as const;

/**
 * Asks a run to continue as new, carrying its state, as soon as whatever it
 * is doing allows: sent by the renewal sweep, or by an operator
 * (`temporal workflow signal --name renew`). A run that ends anyway, or one
 * already renewed, ignores it.
 */
export const renewSignal = defineSignal('renew');
