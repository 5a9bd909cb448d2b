/**
 * A course's contact log, under `mentorships/:id` (CourseLogController): the three writes that only store a row of it (now and
 * then one the course must hear of), which shedding lets through while the engine gate is full (shed-load.ts). One list, so a
 * route renamed here is renamed there.
 */
export const CONTACT_LOG_ROUTES = { meetings: 'meetings', checkIns: 'check-ins', missedMeetings: 'missed-meetings' } as const;

/** A request's path that writes one of them. */
export const CONTACT_LOG_WRITE = new RegExp(`^/mentorships/[^/]+/(${Object.values(CONTACT_LOG_ROUTES).join('|')})$`);
