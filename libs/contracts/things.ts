/** The kinds of things an error can name (a not-found id, an archived reference), as enum values a client can translate. */
export const THINGS = {
  program: 'program',
  municipality: 'municipality',
  coordinator: 'coordinator',
  'panel-member': 'panel member',
  referrer: 'referrer',
  mentor: 'mentor',
  'young-person': 'young person',
  quota: 'quota',
  'referral-quota': 'referral quota',
  mentorship: 'mentorship',
  escalation: 'escalation',
  nudge: 'nudge',
  measurement: 'measurement',
  notification: 'notification',
  'api-token': 'API token',
  account: 'account',
} as const;

export type Thing = keyof typeof THINGS;

/** What a person calls it, in English. */
export function thingName(thing: Thing): string {
  return THINGS[thing];
}
