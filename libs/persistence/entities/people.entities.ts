import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Archivable } from './archivable';
import { ContactDetails } from './contact-details';
import { Gender, MatchingProfile } from './matching-profile';
import { Municipality } from './municipality.entity';
import { Program } from './program.entity';

/**
 * Everyone the engine knows. Personal data lives only in these tables; the
 * workflows carry the ids. Each row id is also the `sub` of that person's token.
 */

/** How a coordinator wants the engine's nudges: each by mail as it comes, or one mail a day with all open items. */
export const NOTIFICATION_MODES = ['immediate', 'daily-digest'] as const;
export type NotificationMode = (typeof NOTIFICATION_MODES)[number];

export const REFERRER_KINDS = ['youth-guidance-counsellor', 'caseworker', 'study-counsellor'] as const;
export type ReferrerKind = (typeof REFERRER_KINDS)[number];

@Entity('coordinators')
export class Coordinator extends Archivable {
  @Column(() => ContactDetails, { prefix: false }) contact!: ContactDetails;
  @Column({ name: 'municipality_id', type: 'uuid', nullable: true }) municipalityId!: string | null;
  @ManyToOne(() => Municipality) @JoinColumn({ name: 'municipality_id' }) municipality?: Municipality;
  /** The programs she coordinates: the engine's nudges about them come to her. */
  @Column({ name: 'program_ids', type: 'uuid', array: true, default: '{}' }) programIds!: string[];
  @Column({ name: 'notification_mode', type: 'varchar', length: 16, default: 'immediate' }) notificationMode!: NotificationMode;
}

@Entity('referrers')
export class Referrer extends Archivable {
  @Column(() => ContactDetails, { prefix: false }) contact!: ContactDetails;
  @Column({ type: 'varchar', length: 32 }) kind!: ReferrerKind;
  @Index() @Column({ name: 'municipality_id', type: 'uuid' }) municipalityId!: string;
  @ManyToOne(() => Municipality) @JoinColumn({ name: 'municipality_id' }) municipality?: Municipality;
}

@Entity('mentors')
export class Mentor extends Archivable {
  @Column(() => ContactDetails, { prefix: false }) contact!: ContactDetails;
  @Index() @Column({ name: 'program_id', type: 'uuid' }) programId!: string;
  @ManyToOne(() => Program) @JoinColumn({ name: 'program_id' }) program?: Program;
  @Column({ name: 'municipality_id', type: 'uuid', nullable: true }) municipalityId!: string | null;
  @ManyToOne(() => Municipality) @JoinColumn({ name: 'municipality_id' }) municipality?: Municipality;
  @Column({ type: 'varchar', length: 8, nullable: true }) gender!: Gender | null;
  @Column(() => MatchingProfile, { prefix: false }) profile!: MatchingProfile;
  /** Mirrors the mentor's workflow (mentor-<id>) for lists and reports; null before an application. */
  @Column({ name: 'path_phase', type: 'varchar', length: 24, nullable: true }) pathPhase!: string | null;
  @Column({ name: 'path_phase_since', type: 'timestamptz', nullable: true }) pathPhaseSince!: Date | null;
}

@Entity('young_people')
export class YoungPerson extends Archivable {
  @Column(() => ContactDetails, { prefix: false }) contact!: ContactDetails;
  @Column({ name: 'birth_date', type: 'date' }) birthDate!: string;
  @Column({ type: 'varchar', length: 8, nullable: true }) gender!: Gender | null;
  @Index() @Column({ name: 'municipality_id', type: 'uuid' }) municipalityId!: string;
  @ManyToOne(() => Municipality) @JoinColumn({ name: 'municipality_id' }) municipality?: Municipality;
  @Column({ name: 'preferred_mentor_gender', type: 'varchar', length: 8, nullable: true }) preferredMentorGender!: Gender | null;
  @Column(() => MatchingProfile, { prefix: false }) wishes!: MatchingProfile;
  /** What she wants help with, in her own words; never copied into a workflow. */
  @Column({ type: 'varchar', length: 2000, default: '' }) needs!: string;
}

@Entity('panel_members')
export class PanelMember extends Archivable {
  @Column(() => ContactDetails, { prefix: false }) contact!: ContactDetails;
  @Index() @Column({ name: 'program_id', type: 'uuid' }) programId!: string;
  @ManyToOne(() => Program) @JoinColumn({ name: 'program_id' }) program?: Program;
  /** The escalation categories this member answers, e.g. "mental-health". */
  @Column({ type: 'text', array: true, default: '{}' }) categories!: string[];
  @Column({ length: 100, default: '' }) profession!: string;
}
