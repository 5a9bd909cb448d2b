/**
 * Ids of the changes made to workflows after runs of them were already
 * recorded. Each guards a `patched()` branch: a run that began without the
 * change replays and keeps going as it was; its next run (after
 * continue-as-new) and every new one take the change. Never rename or reuse one.
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
