import type { Response } from 'supertest';
import type { Actor, World } from './access-world';

/**
 * What the access matrix scans an answer for: personal data where a reader
 * may see none, and the world's objects where a reader has no relation to them.
 */

/** Those who may never see a person's data: what they read is scanned for it. */
export const RESTRICTED: Actor[] = ['referrer-own', 'referrer-other', 'panel-own', 'panel-other', 'operator'];
/**
 * Fields that carry a person's data or identify a person, at any depth (contact details by their parts: a report's "contact" is hours
 * against target).
 */
const PERSONAL_FIELDS = new Set([
  'name',
  'email',
  'phone',
  'birthDate',
  'gender',
  'needs',
  'wishes',
  'notes',
  'answers',
  'score',
  'scores',
  'meetings',
  'measurements',
  'youngPersonId',
  'mentorId',
  'referrerId',
  'raisedBy',
  'respondedBy',
  'ownerIds',
]);

/**
 * An escalation's facts are what set it off, e.g. a WHO-5 score and its band:
 * the panel is asked to advise on exactly that, and sees it without anything
 * that says whose it is. The scan leaves them out; the test below pins them.
 */
const FOR_THE_PANEL = 'facts';

function personalFields(value: unknown, at = '$', notPersonal: string[] = []): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => personalFields(item, `${at}[${index}]`, notPersonal));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value)
    .filter(([key]) => key !== FOR_THE_PANEL)
    .flatMap(([key, inner]) => [
      ...(PERSONAL_FIELDS.has(key) && !notPersonal.includes(key) ? [`${at}.${key}`] : []),
      ...personalFields(inner, `${at}.${key}`, notPersonal),
    ]);
}

/** The personal data in an answer: its fields, and the world's young person and mentor by name, birth date or id. */
export function leaks(response: Response, w: World, notPersonal: string[] = []): string[] {
  const text = Buffer.isBuffer(response.body) ? response.body.toString() : (response.text ?? JSON.stringify(response.body));
  const values = [...w.youngPerson.name.split(' '), w.youngPerson.birthDate, w.youngPersonId, w.ids['mentor-own']].filter((value) =>
    text.includes(value),
  );
  return [
    ...personalFields(response.body, '$', notPersonal).map((field) => `the field ${field}`),
    ...values.map((value) => `the value ${value}`),
  ];
}

/** The world's young person and her course: a program administrator reads nothing that names them. */
export function youngPersonIn(response: Response, w: World): string[] {
  const text = Buffer.isBuffer(response.body) ? response.body.toString() : (response.text ?? '');
  return [...w.youngPerson.name.split(' '), w.youngPerson.birthDate, w.youngPersonId, w.mentorshipId].filter((value) =>
    text.includes(value),
  );
}

/**
 * The world's own objects: what an unrelated mentor, referrer, panel member or coordinator may read (a list scoped to her) names none of
 * them.
 */
export function worldObjectsIn(response: Response, w: World): string[] {
  return [w.mentorshipId, w.youngPersonId, w.escalationId, w.engineEscalationId, w.nudgeId].filter((id) => response.text?.includes(id));
}
