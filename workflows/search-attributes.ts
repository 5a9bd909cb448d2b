import type { SearchAttributeKey, SearchAttributeType } from '@temporalio/common/lib/search-attributes';

/**
 * Typed search attributes the workflows keep current, so operators can ask the
 * Web UI or `temporal workflow list --query` real questions. Their names and
 * types are registered from temporal.yaml; a unit test keeps both in step.
 * (A key is plain data, written out here because @temporalio/workflow does not
 * re-export defineSearchAttributeKey and workflow code imports nothing else.)
 */
const key = <T extends SearchAttributeType>(name: string, type: T): SearchAttributeKey<T> => ({ name, type });

export const MentorflowProgram = key('MentorflowProgram', 'KEYWORD');
export const MentorflowMunicipality = key('MentorflowMunicipality', 'KEYWORD');
export const MentorflowPhase = key('MentorflowPhase', 'KEYWORD');
export const MentorflowPhaseSince = key('MentorflowPhaseSince', 'DATETIME');
export const MentorflowMentorId = key('MentorflowMentorId', 'KEYWORD');
export const MentorflowMonthsActive = key('MentorflowMonthsActive', 'INT');
export const MentorflowNextDue = key('MentorflowNextDue', 'DATETIME');
export const MentorflowRiskFlag = key('MentorflowRiskFlag', 'BOOL');
export const MentorflowUrgency = key('MentorflowUrgency', 'KEYWORD');
export const MentorflowEscalationLevel = key('MentorflowEscalationLevel', 'KEYWORD');
export const MentorflowMentorshipId = key('MentorflowMentorshipId', 'KEYWORD');
export const MentorflowNudgeKind = key('MentorflowNudgeKind', 'KEYWORD');
/** The workflow code's version a run began or continued under (workflows/version.ts). */
export const MentorflowWorkflowsVersion = key('MentorflowWorkflowsVersion', 'INT');

export const ALL_SEARCH_ATTRIBUTES: SearchAttributeKey<SearchAttributeType>[] = [
  MentorflowProgram,
  MentorflowMunicipality,
  MentorflowPhase,
  MentorflowPhaseSince,
  MentorflowMentorId,
  MentorflowMonthsActive,
  MentorflowNextDue,
  MentorflowRiskFlag,
  MentorflowUrgency,
  MentorflowEscalationLevel,
  MentorflowMentorshipId,
  MentorflowNudgeKind,
  MentorflowWorkflowsVersion,
];
