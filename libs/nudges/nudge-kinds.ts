import type { NotificationTemplate } from '../persistence/entities';

/** The message both parties get when a match starts: it tells, it does not chase. */
export const WELCOME_KIND = 'welcome';

/** The kind a nudge has when it reports another one, ignored, to the coordinator. */
export const IGNORED_NUDGE_KIND = 'nudge-ignored';

/** Kinds of message that tell rather than chase: delivered, then done; nobody acknowledges them. */
const INFORMATIONAL_KINDS = new Set([WELCOME_KIND]);

export function awaitsAcknowledgement(kind: string): boolean {
  return !INFORMATIONAL_KINDS.has(kind);
}

/** The mail a nudge of this kind is sent as. */
export function templateOf(kind: string): NotificationTemplate {
  if (kind === WELCOME_KIND) return 'welcome';
  return kind === IGNORED_NUDGE_KIND ? 'nudge-ignored' : 'nudge';
}
