import { dueDays } from '../intake/due-point';
import type { ClosingPolicy, CourseView } from './course-data';

type Party = 'young-person' | 'mentor';
const DAY_MS = 86_400_000;

/** The parties the engine holds an exit conversation with: the mentor only when a match was ever accepted (as the workflow has it). */
export function exitParties(course: CourseView): Party[] {
  return course.attempts.some((attempt) => attempt.outcome === 'accepted') ? ['young-person', 'mentor'] : ['young-person'];
}

/** What a closing course still waits for before it is closed: exit conversations, then the closing measurements of a started course. */
export function closingOutstanding(course: CourseView, policy: ClosingPolicy | undefined) {
  const exitConversations = exitParties(course).filter((party) => !course.exitConversations.includes(party));
  const measurements =
    course.matchStartedAt && policy
      ? policy.closingInstruments.filter((instrument) => !course.measurements.includes(`${instrument}@close`))
      : [];
  return { exitConversations, measurements };
}

/**
 * When the program asks whether the pair kept in touch: the policy's `askAfter` after the closure (a month read as 30 days, as
 * the engine reads it); undefined when the policy does not follow up, or its duration is not one this reads.
 */
export function continuationAskedOn(course: CourseView, policy: ClosingPolicy | undefined): Date | undefined {
  if (!course.closure || !policy?.continuation.followUp) return undefined;
  const days = dueDays(policy.continuation.askAfter);
  return days === undefined ? undefined : new Date(Date.parse(course.closure.at) + days * DAY_MS);
}

/** The continuation question is answered only after the program asked it, once. */
export function continuationOpen(course: CourseView): boolean {
  return !!course.continuation?.askedAt && !course.continuation.answeredAt && !course.continuation.unansweredAt;
}
