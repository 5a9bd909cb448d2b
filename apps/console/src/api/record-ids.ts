import { useState } from 'react';

/**
 * The ids a form's new records (a meeting, a check-in, a measurement, advice, …) are sent with. The API stores a record under the
 * id its client chose and finds it stored when that id comes again, so what is sent again after a send that had no answer (the
 * connection lost, the engine slow to answer) goes under the first send's id, and is kept once, not twice. Other content is
 * another record with an id of its own; so is the same content once the first was stored (two walks logged on one day).
 */
export interface RecordIds {
  /** The id to send this content under: the last send's, if it was this content and was not stored. */
  idFor(content: unknown): string;
  /** The last send's record was stored: the next is a new one. */
  stored(): void;
}

export function recordIds(newId: () => string = () => crypto.randomUUID()): RecordIds {
  let last: { content: string; id: string } | undefined;
  return {
    idFor(content) {
      const sent = JSON.stringify(content);
      if (last?.content !== sent) last = { content: sent, id: newId() };
      return last.id;
    },
    stored() {
      last = undefined;
    },
  };
}

/** A form's RecordIds, kept for as long as the form is shown. */
export function useRecordIds(): RecordIds {
  return useState(() => recordIds())[0];
}
