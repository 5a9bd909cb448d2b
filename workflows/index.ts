// Every workflow the worker runs. Workflow code imports only
// @temporalio/workflow, types, and other workflow files by relative path.
export { programLifecycle } from './program/program.workflow';
export { mentorPath } from './mentor/mentor-path.workflow';
export { mentorship } from './mentorship/mentorship.workflow';
export { nudge } from './nudge/nudge.workflow';
export { dailyDigest } from './digest/daily-digest.workflow';
export { escalation } from './escalation/escalation.workflow';
export { retentionSweep } from './retention/retention.workflow';
export { renewalSweep } from './renewal/renewal.workflow';
export { outboxRelay } from './outbox/outbox-relay.workflow';
