import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { InstrumentId } from '../../domain/instruments';
import { Mentor } from './people.entities';
import { Referral } from './referral.entity';

export const YOUNG_PERSON_LINK_PURPOSES = ['consent', 'measurement'] as const;
export type YoungPersonLinkPurpose = (typeof YOUNG_PERSON_LINK_PURPOSES)[number];

/**
 * A young person's personal link, for one purpose: her consent to a course,
 * or one measurement of it. Made when the engine asks her; its token is made
 * when its mail is sent (so the mail can wait out the quiet hours with no
 * secret stored) and only the token's SHA-256 is kept. Used once.
 */
@Entity('young_person_links')
export class YoungPersonLink {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** The key of the nudge that mails it: asking again finds this link. */
  @Index({ unique: true }) @Column({ name: 'ask_key', type: 'varchar', length: 300 }) askKey!: string;
  /** The course (its id is its referral's, which exists before the course's own row). */
  @Index() @Column({ name: 'mentorship_id', type: 'uuid' }) mentorshipId!: string;
  @ManyToOne(() => Referral) @JoinColumn({ name: 'mentorship_id' }) referral?: Referral;
  @Column({ type: 'varchar', length: 16 }) purpose!: YoungPersonLinkPurpose;
  /** For a measurement: what she is asked, at which of the policy's due points. */
  @Column({ type: 'varchar', length: 16, nullable: true }) instrument!: InstrumentId | null;
  @Column({ name: 'due_point', type: 'varchar', length: 16, nullable: true }) duePoint!: string | null;
  /** The program policy's link lifetime when she was asked, counted from the mail. */
  @Column({ name: 'valid_for_seconds', type: 'int' }) validForSeconds!: number;
  /** Null until the mail is sent; a mail sent again gets a new token, and the old one stops working. */
  @Index({ unique: true }) @Column({ name: 'token_hash', type: 'char', length: 64, nullable: true, select: false }) tokenHash!:
    string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true }) expiresAt!: Date | null;
  @Column({ name: 'used_at', type: 'timestamptz', nullable: true }) usedAt!: Date | null;
}

/** Her own answer to a course's consent, given from her link: given or refused, when, and the wording she was shown. */
@Entity('young_person_consents')
export class YoungPersonConsent {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ name: 'mentorship_id', type: 'uuid' }) mentorshipId!: string;
  @ManyToOne(() => Referral) @JoinColumn({ name: 'mentorship_id' }) referral?: Referral;
  @Index({ unique: true }) @Column({ name: 'link_id', type: 'uuid' }) linkId!: string;
  @ManyToOne(() => YoungPersonLink) @JoinColumn({ name: 'link_id' }) link?: YoungPersonLink;
  @Column({ type: 'boolean' }) given!: boolean;
  @Column({ name: 'wording_version', type: 'varchar', length: 40 }) wordingVersion!: string;
  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' }) recordedAt!: Date;
}

/**
 * A mentor's private calendar feed of what is due in her courses. Its URL
 * holds a random token of which only the SHA-256 is kept; she makes, rotates
 * and revokes it, and has at most one that works.
 */
@Entity('calendar_feeds')
@Index(['mentorId'], { unique: true, where: '"revoked_at" IS NULL' })
export class CalendarFeed {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'mentor_id', type: 'uuid' }) mentorId!: string;
  @ManyToOne(() => Mentor) @JoinColumn({ name: 'mentor_id' }) mentor?: Mentor;
  @Index({ unique: true }) @Column({ name: 'token_hash', type: 'char', length: 64, select: false }) tokenHash!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
}
