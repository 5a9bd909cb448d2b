/**
 * The ids of the `patched()` branches in workflow code, never renamed or reused
 * (docs/decisions/0002-workflow-versioning.md). Each names the release that
 * added it; WORKFLOWS_VERSION went up with it.
 */

/**
 * Version 2: a course reads its meetings and check-ins from PostgreSQL (RecordedContact) when it wakes for a deadline, when the
 * API signals contact that settles what it chases, and as it closes, instead of an update for each. A run begun before reads
 * nothing at the wakes and closures its history already holds.
 */
export const CONTACT_FROM_RECORDS = 'contact-from-records';

/**
 * Version 3: a course writes one change at a time, so a nudge its deadlines raise and a command settles meanwhile is resolved
 * after its row exists. Asked only when a write is in flight; a run begun before writes side by side where its history did.
 */
export const SERIAL_COURSE_WRITES = 'serial-course-writes';

/**
 * Version 3 too: a contact signal taken while the course's loop was busy is read at once, not at its next wake. Asked only when
 * one is pending as the loop comes round; a run begun before waited, where its history did.
 */
export const CONTACT_SIGNAL_KEPT = 'contact-signal-kept';
