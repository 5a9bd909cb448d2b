import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Mentor } from './people.entities';
import { Program } from './program.entity';

export const GROUP_MEETING_KINDS = ['sparring', 'training'] as const;
export type GroupMeetingKind = (typeof GROUP_MEETING_KINDS)[number];

/** A meeting of a program's mentors, led by the coordinator: sparring or further training. */
@Entity('group_meetings')
@Index(['programId', 'heldOn'])
export class GroupMeeting {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'program_id', type: 'uuid' }) programId!: string;
  @ManyToOne(() => Program) @JoinColumn({ name: 'program_id' }) program?: Program;
  @Column({ type: 'varchar', length: 16 }) kind!: GroupMeetingKind;
  @Column({ name: 'held_on', type: 'date' }) heldOn!: string;
  @Column({ name: 'recorded_by', type: 'varchar', length: 100 }) recordedBy!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

@Entity('group_meeting_attendance')
@Unique(['meetingId', 'mentorId'])
@Index(['mentorId'])
export class GroupMeetingAttendance {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'meeting_id', type: 'uuid' }) meetingId!: string;
  @ManyToOne(() => GroupMeeting, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'meeting_id' }) meeting?: GroupMeeting;
  @Column({ name: 'mentor_id', type: 'uuid' }) mentorId!: string;
  @ManyToOne(() => Mentor) @JoinColumn({ name: 'mentor_id' }) mentor?: Mentor;
}
