/** Kinds of message that tell rather than chase: delivered, then done; nobody acknowledges them. */
const INFORMATIONAL_KINDS = new Set(['welcome']);

/** The kind a nudge has when it reports another one, ignored, to the coordinator. */
export const IGNORED_NUDGE_KIND = 'nudge-ignored';

export function awaitsAcknowledgement(kind: string): boolean {
  return !INFORMATIONAL_KINDS.has(kind);
}
