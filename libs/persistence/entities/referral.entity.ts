import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Municipality } from './municipality.entity';
import { Referrer, YoungPerson } from './people.entities';
import { Program } from './program.entity';

/**
 * A young person referred to a program by a named referrer from a
 * municipality. It counts toward that municipality's quota from the moment it
 * is made, whatever becomes of the course.
 */
@Entity('referrals')
@Index(['programId', 'municipalityId', 'referredAt'])
export class Referral {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'program_id', type: 'uuid' }) programId!: string;
  @ManyToOne(() => Program) @JoinColumn({ name: 'program_id' }) program?: Program;
  @Column({ name: 'policy_version', type: 'int' }) policyVersion!: number;
  @Column({ name: 'municipality_id', type: 'uuid' }) municipalityId!: string;
  @ManyToOne(() => Municipality) @JoinColumn({ name: 'municipality_id' }) municipality?: Municipality;
  @Column({ name: 'referrer_id', type: 'uuid' }) referrerId!: string;
  @ManyToOne(() => Referrer) @JoinColumn({ name: 'referrer_id' }) referrer?: Referrer;
  @Column({ name: 'young_person_id', type: 'uuid' }) youngPersonId!: string;
  @ManyToOne(() => YoungPerson) @JoinColumn({ name: 'young_person_id' }) youngPerson?: YoungPerson;
  @Column({ name: 'referred_at', type: 'timestamptz' }) referredAt!: Date;
  @Column({ name: 'created_by', type: 'varchar', length: 100 }) createdBy!: string;
  /** The client's Idempotency-Key: a retried POST finds this referral instead of making a second. */
  @Index({ unique: true }) @Column({ name: 'idempotency_key', type: 'varchar', length: 100, nullable: true }) idempotencyKey!:
    string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
