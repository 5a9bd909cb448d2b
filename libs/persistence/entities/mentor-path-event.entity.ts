import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One step on a mentor's path (who did what, when), written by the mentor's
 * workflow. The id is the workflow's own sequence, so a retried activity
 * finds its row already there instead of writing a second one.
 */
@Entity('mentor_path_events')
@Index(['mentorId', 'at'])
export class MentorPathEvent {
  @PrimaryColumn({ type: 'varchar', length: 200 }) id!: string;
  @Column({ name: 'mentor_id', type: 'uuid' }) mentorId!: string;
  @Column({ type: 'varchar', length: 40 }) kind!: string;
  /** The phase after the event. */
  @Column({ type: 'varchar', length: 24 }) phase!: string;
  @Column({ type: 'varchar', length: 100 }) by!: string;
  @Column({ type: 'timestamptz' }) at!: Date;
  @Column({ type: 'jsonb', default: {} }) detail!: Record<string, string>;
}
