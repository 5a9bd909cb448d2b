import { useState } from 'react';

/**
 * How a command is sent so that sending it again after a send with no answer does it once: the id of the record it makes (for
 * one that makes a record), and the same as its Idempotency-Key, so the API answers a retry with the first send's outcome.
 */
export interface SentOnce {
  id: string;
  headers: { 'Idempotency-Key': string };
}

/**
 * The ids a form's new records (a meeting, a check-in, a measurement, advice, …) are sent with. The API stores a record under the
 * id its client chose and finds it stored when that id comes again, so what is sent again after a send that had no answer (the
 * connection lost, the engine slow to answer) goes under the first send's id, and is kept once, not twice. Other content is
 * another record with an id of its own; so is the same content once the first was stored (two walks logged on one day).
 */
export interface RecordIds {
  /** The id to send this content under: the last send's, if it was this content and was not stored. */
  idFor(content: unknown): string;
  /** The id and Idempotency-Key to send this content under (the same id). */
  onceFor(content: unknown): SentOnce;
  /** The last send's record was stored: the next is a new one. */
  stored(): void;
}

export function recordIds(newId: () => string = () => crypto.randomUUID()): RecordIds {
  let last: { content: string; id: string } | undefined;
  const idFor = (content: unknown) => {
    const sent = JSON.stringify(content);
    if (last?.content !== sent) last = { content: sent, id: newId() };
    return last.id;
  };
  return {
    idFor,
    onceFor(content) {
      const id = idFor(content);
      return { id, headers: { 'Idempotency-Key': id } };
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
