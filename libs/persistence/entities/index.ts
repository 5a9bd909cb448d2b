export * from './audit-entry.entity';
export * from './contact-details';
export * from './escalation.entities';
export * from './group-meeting.entity';
export * from './idempotent-request.entity';
export * from './matching-profile';
export * from './mentor-path-event.entity';
export * from './mentorship.entities';
export * from './municipality.entity';
export * from './notification.entity';
export * from './nudge.entity';
export * from './people.entities';
export * from './program-policy-version.entity';
export * from './program.entity';
export * from './referral-quota.entity';
export * from './referral.entity';
export * from './young-person-link.entities';

import { AuditEntry } from './audit-entry.entity';
import { Escalation, EscalationResponse } from './escalation.entities';
import { GroupMeeting, GroupMeetingAttendance } from './group-meeting.entity';
import { IdempotentRequest } from './idempotent-request.entity';
import { MentorPathEvent } from './mentor-path-event.entity';
import {
  CheckIn,
  CourseReview,
  ExitConversation,
  MatchAgreement,
  MatchAttempt,
  Measurement,
  Meeting,
  Mentorship,
  MissedMeeting,
} from './mentorship.entities';
import { Municipality } from './municipality.entity';
import { Notification } from './notification.entity';
import { Nudge } from './nudge.entity';
import { Coordinator, Mentor, PanelMember, Referrer, YoungPerson } from './people.entities';
import { ProgramPolicyVersion } from './program-policy-version.entity';
import { Program } from './program.entity';
import { ReferralQuota } from './referral-quota.entity';
import { Referral } from './referral.entity';
import { IDENTITY_ENTITIES } from './identity.entities';
import { CalendarFeed, YoungPersonConsent, YoungPersonLink } from './young-person-link.entities';

export const ENTITIES = [
  Program,
  ProgramPolicyVersion,
  Municipality,
  Coordinator,
  Referrer,
  Mentor,
  YoungPerson,
  PanelMember,
  ReferralQuota,
  Referral,
  MentorPathEvent,
  Nudge,
  Notification,
  GroupMeeting,
  GroupMeetingAttendance,
  Mentorship,
  Meeting,
  Measurement,
  MatchAttempt,
  MatchAgreement,
  CheckIn,
  MissedMeeting,
  ExitConversation,
  CourseReview,
  Escalation,
  EscalationResponse,
  AuditEntry,
  IdempotentRequest,
  ...IDENTITY_ENTITIES,
  YoungPersonLink,
  YoungPersonConsent,
  CalendarFeed,
];
