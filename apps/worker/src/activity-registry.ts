import type { Type } from '@nestjs/common';
import type { UntypedActivities } from '@temporalio/common';
import { EscalationTriggerActivities } from '../../../activities/escalations/escalation-triggers.activities';
import { EscalationActivities } from '../../../activities/escalations/escalation.activities';
import { RetentionActivities } from '../../../activities/gdpr/retention.activities';
import { DeliveryActivities } from '../../../activities/notifications/delivery.activities';
import { MentorPathActivities } from '../../../activities/mentors/mentor-path.activities';
import { MentorSlotActivities } from '../../../activities/mentors/mentor-slots.activities';
import { CourseChangeActivities } from '../../../activities/mentorships/course-change.activities';
import { MentorshipActivities } from '../../../activities/mentorships/mentorship.activities';
import { NudgeActivities } from '../../../activities/nudges/nudge.activities';
import { ProgramActivities } from '../../../activities/programs/program.activities';
import { QuotaActivities } from '../../../activities/programs/quota.activities';
import { RenewalActivities } from '../../../activities/renewal/renewal.activities';

type ActivityFunctions = UntypedActivities;

/**
 * The activities the worker registers, each bound to its Nest-built provider.
 * Listed by name so a helper method on a provider never becomes an activity
 * (the parts of a course's one write per step, recordCourseChange, are not).
 */
export function activityRegistry(resolve: <T>(type: Type<T>) => T): ActivityFunctions {
  const programs = resolve(ProgramActivities);
  const mentorPaths = resolve(MentorPathActivities);
  const nudges = resolve(NudgeActivities);
  const slots = resolve(MentorSlotActivities);
  const mentorships = resolve(MentorshipActivities);
  const courseChanges = resolve(CourseChangeActivities);
  const quotas = resolve(QuotaActivities);
  const delivery = resolve(DeliveryActivities);
  const triggers = resolve(EscalationTriggerActivities);
  const escalations = resolve(EscalationActivities);
  const retention = resolve(RetentionActivities);
  const renewal = resolve(RenewalActivities);
  return {
    activateProgram: programs.activateProgram.bind(programs),
    archiveProgram: programs.archiveProgram.bind(programs),
    recordMentorPathEvent: mentorPaths.recordMentorPathEvent.bind(mentorPaths),
    quotasBehind: quotas.quotasBehind.bind(quotas),
    raiseNudge: nudges.raiseNudge.bind(nudges),
    escalateNudge: nudges.escalateNudge.bind(nudges),
    closeNudge: nudges.closeNudge.bind(nudges),
    resolveNudges: nudges.resolveNudges.bind(nudges),
    planNudgeDeliveries: delivery.planNudgeDeliveries.bind(delivery),
    deliverNotification: delivery.deliverNotification.bind(delivery),
    relayDueNotices: delivery.relayDueNotices.bind(delivery),
    recordDailyDigests: delivery.recordDailyDigests.bind(delivery),
    reserveMentorSlot: slots.reserveMentorSlot.bind(slots),
    recordMissedMeeting: mentorships.recordMissedMeeting.bind(mentorships),
    readRecordedContact: mentorships.readRecordedContact.bind(mentorships),
    recordCourseChange: courseChanges.recordCourseChange.bind(courseChanges),
    raiseEscalation: triggers.raiseEscalation.bind(triggers),
    openRequestedEscalation: triggers.openRequestedEscalation.bind(triggers),
    routeEscalation: escalations.routeEscalation.bind(escalations),
    handEscalationUp: escalations.handEscalationUp.bind(escalations),
    reassignEscalation: escalations.reassignEscalation.bind(escalations),
    recordEscalationProgress: escalations.recordEscalationProgress.bind(escalations),
    noticeAdvice: escalations.noticeAdvice.bind(escalations),
    noticeOperatorsOfUnownedEscalation: escalations.noticeOperatorsOfUnownedEscalation.bind(escalations),
    eraseExpiredPersonalData: retention.eraseExpiredPersonalData.bind(retention),
    renewRunsBegunBefore: renewal.renewRunsBegunBefore.bind(renewal),
  };
}
