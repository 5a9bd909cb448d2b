/**
 * Ids of the changes made to workflows after runs of them were already
 * recorded. Each guards a `patched()` branch: a run that began without the
 * change replays and keeps going as it was; its next run (after
 * continue-as-new) and every new one take the change. Never rename or reuse one.
 *
 * A workflow asks for its newest patch first: a run that has it began after
 * every older one as well, so the older ones are not asked (each asked patch
 * writes a marker and a search-attribute upsert into every new run).
 */

/** Nudges get their own workflow (mail, acknowledgement, escalation) and are resolved when what they chase happens; a match start sends a welcome. */
export const NUDGE_LIFECYCLE = 'nudge-lifecycle';

/** Courses take escalations: a risk flag while one is open, missed meetings logged, and the engine's own rules (WHO-5, missed meetings, unanswered nudges). */
export const ESCALATIONS = 'escalations';

/**
 * A course writes a lean history: the API stores meetings and check-ins (the course only counts them),
 * its timer is kept while the next deadline stays put, search attributes are upserted only when one
 * changed, and contact periods that met their target are closed without a wake of their own.
 */
export const LEAN_HISTORY = 'lean-history';

/**
 * A course acts on every deadline due at one moment in one step: their reminders raised in one activity, a
 * command's writes made side by side, and no reminder that another mail of the same moment already says (the
 * welcome asks for the measurements due at the start; a review due by the planned end, or the maximum at it,
 * stands for the planned-end reminder). The API passes a WHO-5's flags with the measurement.
 */
export const BATCHED_DEADLINES = 'batched-deadlines';

/**
 * A course writes what one step changed outside it (slot, attempt, phase, welcome, reminders raised and
 * resolved) in one activity, not one each: three events and a workflow task less for every part.
 */
export const ONE_WRITE_PER_STEP = 'one-write-per-step';
