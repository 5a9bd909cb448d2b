import type { SearchAttributeUpdatePair } from '@temporalio/common/lib/search-attributes';
import {
  MentorflowMentorId,
  MentorflowMonthsActive,
  MentorflowMunicipality,
  MentorflowNextDue,
  MentorflowPhase,
  MentorflowPhaseSince,
  MentorflowProgram,
  MentorflowRiskFlag,
} from '../search-attributes';
import type { Deadline } from './deadlines';
import type { Mentorship } from './mentorship';

const MONTH_MS = 30 * 24 * 60 * 60 * 1000;

/** What operators find a course by: program, municipality, phase, mentor, months active, next milestone and risk flag. */
export function courseAttributes(
  course: Mentorship,
  riskFlag: boolean,
  next: Deadline | undefined,
  now: Date,
): SearchAttributeUpdatePair[] {
  const { input, state, matchStartMs } = course;
  return [
    { key: MentorflowProgram, value: input.programSlug },
    { key: MentorflowMunicipality, value: input.municipalityId },
    { key: MentorflowPhase, value: state.phase },
    { key: MentorflowPhaseSince, value: new Date(state.phaseSince) },
    { key: MentorflowMentorId, value: state.mentorId ?? null },
    { key: MentorflowMonthsActive, value: matchStartMs === undefined ? null : Math.floor((now.getTime() - matchStartMs) / MONTH_MS) },
    { key: MentorflowNextDue, value: next ? new Date(next.at) : null },
    { key: MentorflowRiskFlag, value: riskFlag },
  ];
}
