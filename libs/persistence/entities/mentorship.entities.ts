import type { AnswerProposalCommand, MissedMeetingCommand, Party, ReviewCommand } from '../../../workflows/mentorship/messages';
import { ContactPeriod } from '../../domain/policy/program-policy';
import { membersOf } from '../../validation/members-of';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { InstrumentId } from '../../domain/instruments';
import { Mentor, YoungPerson } from './people.entities';
import { Program } from './program.entity';
import { Referral } from './referral.entity';

/**
 * A young person's course in a program, from referral to the continuation
 * follow-up. Its id is the referral's id and its workflow is
 * `mentorship-<id>`; this row mirrors the workflow's phase for lists and
 * reports, and holds what the workflow must not (it carries ids only).
 */
@Entity('mentorships')
@Index(['programId', 'phase'])
export class Mentorship {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @ManyToOne(() => Referral) @JoinColumn({ name: 'id' }) referral?: Referral;
  @Column({ name: 'program_id', type: 'uuid' }) programId!: string;
  @ManyToOne(() => Program) @JoinColumn({ name: 'program_id' }) program?: Program;
  @Column({ name: 'policy_version', type: 'int' }) policyVersion!: number;
  @Column({ name: 'young_person_id', type: 'uuid' }) youngPersonId!: string;
  @ManyToOne(() => YoungPerson) @JoinColumn({ name: 'young_person_id' }) youngPerson?: YoungPerson;
  @Column({ name: 'municipality_id', type: 'uuid' }) municipalityId!: string;
  @Column({ type: 'varchar', length: 24 }) phase!: string;
  @Column({ name: 'phase_since', type: 'timestamptz' }) phaseSince!: Date;
  /** The mentor of the current (or last) match. */
  @Index() @Column({ name: 'mentor_id', type: 'uuid', nullable: true }) mentorId!: string | null;
  @ManyToOne(() => Mentor) @JoinColumn({ name: 'mentor_id' }) mentor?: Mentor;
  @Column({ name: 'match_started_at', type: 'timestamptz', nullable: true }) matchStartedAt!: Date | null;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt!: Date | null;
  @Column({ name: 'closure_kind', type: 'varchar', length: 16, nullable: true }) closureKind!: string | null;
  @Column({ name: 'closure_reason', type: 'varchar', length: 24, nullable: true }) closureReason!: string | null;
  @Column({ type: 'varchar', length: 24, nullable: true }) outcome!: string | null;
  /**
   * Its reviews are stored as course_reviews rows, which the course reads with its contact: true for every course referred since the
   * API stores them. A course referred before holds its earlier reviews in its workflow only, and takes each as a command.
   */
  @Column({ name: 'reviews_in_records', type: 'boolean', default: true }) reviewsInRecords!: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

export type ReviewDecision = ReviewCommand['decision'];

/**
 * A review held at one of its course's review points (the policy's reviews.at): continued, or extended to a new planned end. The API
 * stores it, one per point, and the course reads it with its contact (RecordedContact.reviews).
 */
@Entity('course_reviews')
export class CourseReview {
  @PrimaryColumn({ name: 'mentorship_id', type: 'uuid' }) mentorshipId!: string;
  @ManyToOne(() => Mentorship) @JoinColumn({ name: 'mentorship_id' }) mentorship?: Mentorship;
  /** The review point, in milliseconds after the match start (as the course's policy has them): past 24 days, so a bigint. */
  @PrimaryColumn({ name: 'review_at_ms', type: 'bigint' }) reviewAtMs!: string;
  @Column({ type: 'varchar', length: 16 }) decision!: ReviewDecision;
  /** The planned end an extension moved the course to. */
  @Column({ name: 'extended_to', type: 'timestamptz', nullable: true }) extendedTo!: Date | null;
  @Column({ name: 'held_by', type: 'varchar', length: 100 }) heldBy!: string;
  @CreateDateColumn({ name: 'held_at', type: 'timestamptz' }) heldAt!: Date;
  /**
   * The idempotency id (commandUpdateId) of the request that held it, when it came with an Idempotency-Key: a retry whose first
   * attempt stored the review but failed before it answered finds the review as its own, and tells the course again.
   */
  @Column({ name: 'request_id', type: 'varchar', length: 64, nullable: true }) requestId!: string | null;
}

export const PLACE_KINDS = ['cafe', 'walk', 'home', 'library', 'activity', 'online', 'phone', 'other'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** A logged meeting: when, how long, what kind of place. Never what was said. */
@Entity('meetings')
@Index(['mentorshipId', 'heldOn'])
export class Meeting {
  /** Chosen by the client, so a retried log finds the meeting already there. */
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'mentorship_id', type: 'uuid' }) mentorshipId!: string;
  @ManyToOne(() => Mentorship) @JoinColumn({ name: 'mentorship_id' }) mentorship?: Mentorship;
  @Column({ name: 'mentor_id', type: 'uuid' }) mentorId!: string;
  @Column({ name: 'held_on', type: 'date' }) heldOn!: string;
  @Column({ type: 'int' }) minutes!: number;
  @Column({ name: 'place_kind', type: 'varchar', length: 16 }) placeKind!: PlaceKind;
  @Column({ name: 'logged_by', type: 'varchar', length: 100 }) loggedBy!: string;
  @CreateDateColumn({ name: 'logged_at', type: 'timestamptz' }) loggedAt!: Date;
}

/** Who did not come to a planned meeting. */
export type MissedBy = MissedMeetingCommand['missedBy'];
export const MISSED_BY = membersOf<MissedBy>({ 'young-person': true, mentor: true, both: true });

/** A planned meeting that did not take place; a run of them raises an escalation (policy). */
@Entity('missed_meetings')
@Index(['mentorshipId', 'plannedOn'])
export class MissedMeeting {
  /** Chosen by the client, like a meeting's. */
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'mentorship_id', type: 'uuid' }) mentorshipId!: string;
  @Column({ name: 'planned_on', type: 'date' }) plannedOn!: string;
  @Column({ name: 'missed_by', type: 'varchar', length: 16 }) missedBy!: MissedBy;
  @Column({ name: 'logged_by', type: 'varchar', length: 100 }) loggedBy!: string;
  @CreateDateColumn({ name: 'logged_at', type: 'timestamptz' }) loggedAt!: Date;
}

export const LIFE_STATUSES = ['education', 'work', 'neither'] as const;
export type LifeStatus = (typeof LIFE_STATUSES)[number];

/**
 * One measurement at one due point ("0d", "P3M", "close"). Answers and
 * scores are health data: they live here only, never in a workflow.
 */
@Entity('measurements')
@Unique(['mentorshipId', 'instrument', 'duePoint'])
export class Measurement {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'mentorship_id', type: 'uuid' }) mentorshipId!: string;
  @ManyToOne(() => Mentorship) @JoinColumn({ name: 'mentorship_id' }) mentorship?: Mentorship;
  @Column({ type: 'varchar', length: 16 }) instrument!: InstrumentId;
  @Column({ name: 'due_point', type: 'varchar', length: 16 }) duePoint!: string;
  /** Item answers as given, on the instrument's scale (libs/domain/instruments.ts); empty for status. */
  @Column({ type: 'int', array: true, default: '{}' }) answers!: number[];
  /** As the instrument scores its answers (WHO-5 0–100, self-efficacy 10–40); null for status. */
  @Column({ type: 'int', nullable: true }) score!: number | null;
  @Column({ type: 'varchar', length: 16, nullable: true }) status!: LifeStatus | null;
  @Column({ name: 'measured_on', type: 'date' }) measuredOn!: string;
  @Column({ name: 'submitted_by', type: 'varchar', length: 100 }) submittedBy!: string;
  /** Who entered the answers: the young person herself (from her link), or her mentor or coordinator on her behalf. */
  @Column({ name: 'entered_by', type: 'varchar', length: 16 }) enteredBy!: MeasurementEnteredBy;
  @CreateDateColumn({ name: 'submitted_at', type: 'timestamptz' }) submittedAt!: Date;
}

export const MEASUREMENT_ENTERED_BY = ['young-person', 'mentor', 'coordinator'] as const;
export type MeasurementEnteredBy = (typeof MEASUREMENT_ENTERED_BY)[number];

/** Each match proposed for a mentorship, kept whatever became of it. */
@Entity('match_attempts')
@Unique(['mentorshipId', 'attempt'])
export class MatchAttempt {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'mentorship_id', type: 'uuid' }) mentorshipId!: string;
  @ManyToOne(() => Mentorship) @JoinColumn({ name: 'mentorship_id' }) mentorship?: Mentorship;
  @Column({ name: 'attempt', type: 'int' }) attempt!: number;
  @Column({ name: 'mentor_id', type: 'uuid' }) mentorId!: string;
  @Column({ name: 'proposed_by', type: 'varchar', length: 100 }) proposedBy!: string;
  @Column({ name: 'proposed_at', type: 'timestamptz' }) proposedAt!: Date;
  /** accepted, declined-by-young-person, declined-by-mentor, mentor-left, ... */
  @Column({ type: 'varchar', length: 32, nullable: true }) outcome!: string | null;
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true }) endedAt!: Date | null;
  /**
   * Each party's answer, stored by the API: true for every attempt proposed since it stores them. An attempt proposed before has
   * its answers in its course's workflow only, and takes each as a command.
   */
  @Column({ name: 'answers_in_records', type: 'boolean', default: true }) answersInRecords!: boolean;
  @Column({ name: 'young_person_answer', type: 'varchar', length: 8, nullable: true }) youngPersonAnswer!: ProposalAnswer | null;
  @Column({ name: 'mentor_answer', type: 'varchar', length: 8, nullable: true }) mentorAnswer!: ProposalAnswer | null;
}

export type ProposalAnswer = AnswerProposalCommand['answer'];

/**
 * The written match agreement a course starts with (MENTOR's standard; the
 * employment act's written plan): how often and how long the pair meets,
 * the goals, each one's role, and how often the program checks in.
 */
@Entity('match_agreements')
export class MatchAgreement {
  @PrimaryColumn({ name: 'mentorship_id', type: 'uuid' }) mentorshipId!: string;
  @ManyToOne(() => Mentorship) @JoinColumn({ name: 'mentorship_id' }) mentorship?: Mentorship;
  @Column({ name: 'meetings_per_period', type: 'int' }) meetingsPerPeriod!: number;
  @Column({ type: 'varchar', length: 8 }) period!: ContactPeriod;
  @Column({ name: 'minutes_per_meeting', type: 'int' }) minutesPerMeeting!: number;
  @Column({ type: 'varchar', length: 2000 }) goals!: string;
  @Column({ name: 'mentor_role', type: 'varchar', length: 1000 }) mentorRole!: string;
  @Column({ name: 'young_person_role', type: 'varchar', length: 1000 }) youngPersonRole!: string;
  @Column({ name: 'program_check_ins', type: 'varchar', length: 200 }) programCheckIns!: string;
  @Column({ name: 'recorded_by', type: 'varchar', length: 100 }) recordedBy!: string;
  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' }) recordedAt!: Date;
}

/** A program check-in: the coordinator's own contact with the young person, the mentor or the referrer. */
@Entity('check_ins')
@Index(['mentorshipId', 'heldOn'])
export class CheckIn {
  /**
   * Chosen by the client (a uuid), like a meeting's, so a retry finds its row. Text, as rows written by
   * course runs begun before lean histories are keyed `<workflowId>/<party>/<n>`.
   */
  @PrimaryColumn({ type: 'varchar', length: 200 }) id!: string;
  @Column({ name: 'mentorship_id', type: 'uuid' }) mentorshipId!: string;
  @ManyToOne(() => Mentorship) @JoinColumn({ name: 'mentorship_id' }) mentorship?: Mentorship;
  @Column({ type: 'varchar', length: 16 }) party!: string;
  @Column({ name: 'held_on', type: 'date' }) heldOn!: string;
  @Column({ name: 'recorded_by', type: 'varchar', length: 100 }) recordedBy!: string;
}

/**
 * A closing course's exit conversation with one party: held, or offered and
 * not taken up. The course's workflow counts that it was recorded; whether it
 * was held lives here.
 */
@Entity('exit_conversations')
export class ExitConversation {
  @PrimaryColumn({ name: 'mentorship_id', type: 'uuid' }) mentorshipId!: string;
  @ManyToOne(() => Mentorship) @JoinColumn({ name: 'mentorship_id' }) mentorship?: Mentorship;
  @PrimaryColumn({ type: 'varchar', length: 16 }) party!: Party;
  @Column({ type: 'boolean' }) held!: boolean;
  @Column({ name: 'recorded_by', type: 'varchar', length: 100 }) recordedBy!: string;
  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' }) recordedAt!: Date;
}
