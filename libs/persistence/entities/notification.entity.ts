import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { NudgeRecipientRole } from './nudge.entity';

export const NOTIFICATION_STATUSES = ['pending', 'sent', 'cancelled', 'undeliverable'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

export const NOTIFICATION_TEMPLATES = [
  'nudge',
  'nudge-ignored',
  'welcome',
  'daily-digest',
  'escalation',
  'escalation-unowned',
  'sign-in',
  'young-person-link',
] as const;
export type NotificationTemplate = (typeof NOTIFICATION_TEMPLATES)[number];

/** Whom a mail goes to: a person of a program, or (a sign-in link) an operator's or program administrator's account. */
export type MailRecipientRole = NudgeRecipientRole | 'account';

/** One line of a daily digest: an open nudge, by id and kind only. */
export interface DigestItem {
  nudgeId: string;
  kind: string;
  raisedAt: string;
}

/**
 * The outbox: every mail the engine means to send, recorded before it is
 * sent, so a crash between the two loses nothing and a retry sends nothing
 * twice (the key is unique, the status says what happened). It names the
 * recipient by id; the address is looked up when sending, never copied here.
 */
@Entity('notifications')
@Index(['status', 'deliverAfter'])
// The outbox relay's work list: notices' mails still to send, by when they may go.
@Index('IDX_notifications_relayed_pending', ['deliverAfter'], { where: "relayed AND status = 'pending'" })
export class Notification {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** Chosen by the caller so that recording the same notification again finds the first. */
  @Index({ unique: true }) @Column({ type: 'varchar', length: 400 }) key!: string;
  @Column({ type: 'varchar', length: 20 }) template!: NotificationTemplate;
  /** The nudge kind it tells about, e.g. "meeting-gap"; null for a digest. */
  @Column({ type: 'varchar', length: 60, nullable: true }) kind!: string | null;
  @Column({ name: 'recipient_role', type: 'varchar', length: 16 }) recipientRole!: MailRecipientRole;
  @Column({ name: 'recipient_id', type: 'uuid' }) recipientId!: string;
  @Index() @Column({ name: 'nudge_key', type: 'varchar', length: 300, nullable: true }) nudgeKey!: string | null;
  @Column({ name: 'subject_workflow_id', type: 'varchar', length: 200, nullable: true }) subjectWorkflowId!: string | null;
  @Column({ name: 'program_slug', type: 'varchar', length: 64, nullable: true }) programSlug!: string | null;
  /** Path below the app's base URL that the mail links to, e.g. "/nudges/<id>". */
  @Column({ name: 'link_path', type: 'varchar', length: 300 }) linkPath!: string;
  /** A digest's lines, fixed when it was recorded. */
  @Column({ type: 'jsonb', nullable: true }) items!: DigestItem[] | null;
  @Column({ type: 'varchar', length: 16, default: 'pending' }) status!: NotificationStatus;
  @Column({ type: 'int', default: 0 }) attempts!: number;
  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true }) lastError!: string | null;
  /** Not before this moment: the end of the program's quiet hours. */
  @Column({ name: 'deliver_after', type: 'timestamptz' }) deliverAfter!: Date;
  /** A notice's mail, sent by the outbox relay (libs/nudges/notice-sender.ts), not by a nudge workflow. */
  @Column({ type: 'boolean', default: false }) relayed!: boolean;
  /** A sender's lease on the row while it sends it; another sender leaves the row alone until it lapses. */
  @Column({ name: 'claimed_until', type: 'timestamptz', nullable: true }) claimedUntil!: Date | null;
  /** The Message-ID header it was sent with, the same on every attempt so receivers can drop a duplicate. */
  @Column({ name: 'message_id', type: 'varchar', length: 200, nullable: true }) messageId!: string | null;
  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' }) recordedAt!: Date;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt!: Date | null;
}
