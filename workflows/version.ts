import type { SearchAttributePair } from '@temporalio/common/lib/search-attributes';
import { MentorflowWorkflowsVersion } from './search-attributes';

/**
 * The version of the workflow code a run began (or continued as new) under,
 * for operators: every run carries it as the search attribute
 * `MentorflowWorkflowsVersion`, set in its start options and in its
 * continue-as-new options (no history event of its own).
 *
 * 1 is the baseline: the first version with no `patched()` branch, no
 * history from before it to replay. Raise it with the first patch after it
 * (docs/decisions/0002-workflow-versioning.md says how); then `MentorflowWorkflowsVersion < N` lists the
 * runs begun before version N, the ones a patch of N must still serve.
 *
 * 2: courses read their contact from PostgreSQL (workflows/patches.ts, CONTACT_FROM_RECORDS).
 * 3: a course writes one change at a time (SERIAL_COURSE_WRITES), and reads at once contact signalled while it was busy
 *    (CONTACT_SIGNAL_KEPT).
 */
export const WORKFLOWS_VERSION = 3;

/** The pair every start and every continue-as-new sets. */
export const workflowsVersionAttribute: SearchAttributePair = { key: MentorflowWorkflowsVersion, value: WORKFLOWS_VERSION };
