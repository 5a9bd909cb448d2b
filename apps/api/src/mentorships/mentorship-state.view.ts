import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { PLACE_KINDS } from '../../../../libs/persistence/entities';
import * as m from '../../../../workflows/mentorship/messages';
import { MEETING_MINUTES } from '../../../../workflows/mentorship/contact-rules';

/** How the document reads a course's state (workflows/mentorship/messages.ts MentorshipState), field by field. */

const PARTY_ANSWER = { type: 'string', enum: ['accept', 'decline'] } as const;

class MatchAttemptView {
  @ApiProperty({ minimum: 1 }) attempt!: number;
  @ApiProperty({ format: 'uuid' }) mentorId!: string;
  @ApiProperty({ format: 'date-time' }) proposedAt!: string;
  @ApiProperty({ type: 'object', properties: { 'young-person': PARTY_ANSWER, mentor: PARTY_ANSWER } })
  answers!: m.MatchAttemptState['answers'];
  @ApiPropertyOptional({ enum: ['accepted', 'declined-by-young-person', 'declined-by-mentor', 'mentor-left', 'closed'] })
  outcome?: m.MatchAttemptState['outcome'];
}

class MeetingsView {
  @ApiProperty({ minimum: 0 }) count!: number;
  @ApiProperty({ minimum: 0 }) minutes!: number;
  @ApiPropertyOptional({ format: 'date' }) lastHeldOn?: string;
  @ApiProperty({ type: [String], format: 'uuid' }) ids!: string[];
}

class ContactView {
  @ApiProperty({ minimum: 0 }) periodsChecked!: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    description:
      'Minutes of contact by period number, for the periods the course has not checked yet, as of its last reading of its ' +
      'meetings (GET /mentorships/{id}/meetings has them all)',
  })
  minutesByPeriod!: Record<number, number>;
}

class ClosureView {
  @ApiProperty({ enum: m.CLOSURE_KINDS }) kind!: m.ClosureKind;
  @ApiProperty({ enum: m.CLOSURE_REASONS }) reason!: m.ClosureReason;
  @ApiProperty({ enum: m.OUTCOMES }) outcome!: m.Outcome;
  @ApiProperty() by!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

class ContinuationView {
  @ApiPropertyOptional({ format: 'date-time' }) askedAt?: string;
  @ApiPropertyOptional() keptInTouch?: boolean;
  @ApiPropertyOptional({ format: 'date-time' }) answeredAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) unansweredAt?: string;
}

/** The missed meetings the course counted (MentorshipState.missedMeetings); logging one answers the run as stored (MissedRunView). */
class MissedMeetingsView {
  @ApiProperty({ minimum: 0 }) inARow!: number;
  @ApiProperty({ type: [String], format: 'uuid' }) ids!: string[];
}

const COUNT_BY_CHECK_IN_PARTY = Object.fromEntries(m.CHECK_IN_PARTIES.map((party) => [party, { type: 'integer' as const, minimum: 0 }]));

/** A course as its workflow holds it: every command on it answers this. */
export class MentorshipStateView implements m.MentorshipState {
  @ApiProperty({ format: 'uuid' }) mentorshipId!: string;
  @ApiProperty({ enum: m.MENTORSHIP_PHASES }) phase!: m.MentorshipPhase;
  @ApiProperty({ format: 'date-time' }) phaseSince!: string;
  @ApiProperty({ type: [MatchAttemptView] }) attempts!: MatchAttemptView[];
  @ApiPropertyOptional({ format: 'uuid' }) mentorId?: string;
  @ApiPropertyOptional({ format: 'date-time' }) matchStartedAt?: string;
  @ApiPropertyOptional({ format: 'date' }) firstMeetingOn?: string;
  @ApiPropertyOptional({ format: 'date-time' }) plannedEndAt?: string;
  @ApiProperty({ minimum: 0 }) extensions!: number;
  @ApiProperty() meetings!: MeetingsView;
  @ApiProperty() contact!: ContactView;
  @ApiProperty({ type: 'object', properties: COUNT_BY_CHECK_IN_PARTY, required: [...m.CHECK_IN_PARTIES] })
  checkIns!: Record<m.CheckInParty, number>;
  @ApiProperty({ type: [String], example: ['who5@P0D'], description: '"instrument@duePoint" of each measurement submitted' })
  measurements!: string[];
  @ApiProperty({ type: [Number], description: 'Review offsets (ms after the match start) already held' }) reviewsHeld!: number[];
  @ApiPropertyOptional() closure?: ClosureView;
  @ApiProperty({ enum: m.PARTIES, isArray: true }) exitConversations!: m.Party[];
  @ApiPropertyOptional() continuation?: ContinuationView;
  @ApiProperty({ type: [String] }) nudgesSent!: string[];
  @ApiProperty({ type: [String] }) openNudges!: string[];
  @ApiProperty({ type: [String], format: 'uuid' }) openEscalations!: string[];
  @ApiProperty({ type: [String] }) escalationsRaised!: string[];
  @ApiProperty() missedMeetings!: MissedMeetingsView;
  @ApiProperty({ minimum: 0 }) unansweredNudges!: number;
}

const HELD_BY_PARTY = Object.fromEntries(m.PARTIES.map((party) => [party, { type: 'boolean' as const }]));

/** The course for its coordinator and mentor: the workflow's state, and whether each exit conversation recorded was held. */
export class CourseView extends MentorshipStateView {
  @ApiProperty({ type: 'object', properties: HELD_BY_PARTY }) exitConversationsHeld!: Partial<Record<m.Party, boolean>>;
}

/** What a referrer may see of a course she referred: that it exists, its phase and its outcome. */
export class ReferrerCourseView {
  @ApiProperty({ format: 'uuid' }) mentorshipId!: string;
  @ApiProperty({ enum: m.MENTORSHIP_PHASES }) phase!: m.MentorshipPhase;
  @ApiPropertyOptional({ enum: m.OUTCOMES }) outcome?: m.Outcome;
}

/** GET /mentorships/:id answers one of the two, by the caller's relation to the course (a whole course matches both). */
export const ApiCourseOrReferrerView = () =>
  applyDecorators(
    ApiExtraModels(CourseView, ReferrerCourseView),
    ApiOkResponse({ schema: { anyOf: [{ $ref: getSchemaPath(CourseView) }, { $ref: getSchemaPath(ReferrerCourseView) }] } }),
  );

/** A meeting as the course log keeps it. */
export class MeetingView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) mentorshipId!: string;
  @ApiProperty({ format: 'uuid' }) mentorId!: string;
  @ApiProperty({ format: 'date' }) heldOn!: string;
  @ApiProperty({ minimum: MEETING_MINUTES.min, maximum: MEETING_MINUTES.max }) minutes!: number;
  @ApiProperty({ enum: PLACE_KINDS }) placeKind!: string;
  @ApiProperty() loggedBy!: string;
  @ApiProperty({ format: 'date-time' }) loggedAt!: Date;
}

class RecordedMeetingsView {
  @ApiProperty({ minimum: 0 }) count!: number;
  @ApiProperty({ minimum: 0 }) minutes!: number;
  @ApiPropertyOptional({ format: 'date' }) firstHeldOn?: string;
  @ApiPropertyOptional({ format: 'date' }) lastHeldOn?: string;
}

/** A course's contact as stored: what logging a meeting or a check-in answers (the course reads it when it next acts). */
export class RecordedContactView {
  @ApiProperty({ format: 'uuid' }) mentorshipId!: string;
  @ApiProperty() meetings!: RecordedMeetingsView;
  @ApiProperty({ type: 'object', properties: COUNT_BY_CHECK_IN_PARTY, required: [...m.CHECK_IN_PARTIES] })
  checkIns!: Record<m.CheckInParty, number>;
}

/** What logging a missed meeting answers: the run it is part of as stored. */
export class MissedRunView {
  @ApiProperty({ format: 'uuid' }) mentorshipId!: string;
  @ApiProperty({ minimum: 1, description: 'Missed meetings logged since the last meeting logged, this one included' }) inARow!: number;
  @ApiProperty({ type: [String], format: 'uuid', description: 'Their ids, in the order logged' }) run!: string[];
}

/** What submitting a measurement answers: its slot, and the course's phase and measurements as stored. */
export class SubmittedMeasurementView {
  @ApiProperty({ format: 'uuid' }) mentorshipId!: string;
  @ApiProperty({ enum: m.MENTORSHIP_PHASES, description: 'As its row holds it: a closing measurement may have closed the course' })
  phase!: m.MentorshipPhase;
  @ApiProperty({ format: 'uuid' }) measurementId!: string;
  @ApiProperty({ example: 'who5' }) instrument!: string;
  @ApiProperty({ example: 'P3M' }) duePoint!: string;
  @ApiProperty({ type: [String], example: ['who5@0d'], description: '"instrument@duePoint" of each measurement stored, this one included' })
  measurements!: string[];
}

/** What holding a review answers: the point it held, and the course's reviews and planned end with it. */
export class ReviewHeldView {
  @ApiProperty({ format: 'uuid' }) mentorshipId!: string;
  @ApiProperty({ enum: ['continue', 'extend'] }) decision!: m.ReviewCommand['decision'];
  @ApiProperty({ minimum: 0, description: 'The review point it held (ms after the match start)' }) reviewAtMs!: number;
  @ApiProperty({ type: [Number], description: 'Review points (ms after the match start) held, this one included' }) reviewsHeld!: number[];
  @ApiProperty({ format: 'date-time', description: 'The planned end, moved by an extension' }) plannedEndAt!: string;
  @ApiProperty({ minimum: 0 }) extensions!: number;
}

/** What answering a proposal answers: the attempt, its answers so far, and the phase the course is in with this one. */
export class ProposalAnsweredView {
  @ApiProperty({ format: 'uuid' }) mentorshipId!: string;
  @ApiProperty({ minimum: 1, description: "The match attempt answered (the course's current one)" }) attempt!: number;
  @ApiProperty({
    type: 'object',
    properties: { 'young-person': PARTY_ANSWER, mentor: PARTY_ANSWER },
    description: 'Each party that has answered, this one included',
  })
  answers!: m.MatchAttemptState['answers'];
  @ApiProperty({
    enum: m.MENTORSHIP_PHASES,
    description: 'proposed while the other party has not answered; agreeing (or active) after two accepts; matching after a decline',
  })
  phase!: m.MentorshipPhase;
}
