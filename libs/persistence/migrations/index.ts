import { InitialSchema1795548327009 } from './1795548327009-InitialSchema';
import { MentorPath1795549993463 } from './1795549993463-MentorPath';
import { Mentorships1795550515391 } from './1795550515391-Mentorships';
import { MatchAgreementsAndIdempotency1795552753825 } from './1795552753825-MatchAgreementsAndIdempotency';
import { CheckIns1795553523470 } from './1795553523470-CheckIns';
import { NudgeDelivery1795557181621 } from './1795557181621-NudgeDelivery';
import { Escalations1795562416102 } from './1795562416102-Escalations';
import { AuditLog1795567333951 } from './1795567333951-AuditLog';
import { IdempotentRequests1795572354754 } from './1795572354754-IdempotentRequests';
import { ExitConversations1795580000000 } from './1795580000000-ExitConversations';
import { AuditTraceFirst1795590000000 } from './1795590000000-AuditTraceFirst';
import { Identity1795600000000 } from './1795600000000-Identity';
import { AccountAddresses1795610000000 } from './1795610000000-AccountAddresses';
import { TodayReadModels1795650000000 } from './1795650000000-TodayReadModels';
import { YoungPersonLinks1795660000000 } from './1795660000000-YoungPersonLinks';
import { AuditRequestIds1795675000000 } from './1795675000000-AuditRequestIds';
import { NoticesByOutboxRelay1795685000000 } from './1795685000000-NoticesByOutboxRelay';
import { OpenNudgesBySubject1795695000000 } from './1795695000000-OpenNudgesBySubject';
import { CourseReviews1795705000000 } from './1795705000000-CourseReviews';
import { ProposalAnswers1795715000000 } from './1795715000000-ProposalAnswers';
import { ReviewRequestIds1795725000000 } from './1795725000000-ReviewRequestIds';

/** Every migration, in order. Listed explicitly so the same set runs from ts (tests) and js (dist). */
export const MIGRATIONS = [
  InitialSchema1795548327009,
  MentorPath1795549993463,
  Mentorships1795550515391,
  MatchAgreementsAndIdempotency1795552753825,
  CheckIns1795553523470,
  NudgeDelivery1795557181621,
  Escalations1795562416102,
  AuditLog1795567333951,
  IdempotentRequests1795572354754,
  ExitConversations1795580000000,
  AuditTraceFirst1795590000000,
  Identity1795600000000,
  AccountAddresses1795610000000,
  TodayReadModels1795650000000,
  YoungPersonLinks1795660000000,
  AuditRequestIds1795675000000,
  NoticesByOutboxRelay1795685000000,
  OpenNudgesBySubject1795695000000,
  CourseReviews1795705000000,
  ProposalAnswers1795715000000,
  ReviewRequestIds1795725000000,
];
