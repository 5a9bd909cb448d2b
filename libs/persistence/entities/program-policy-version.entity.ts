import { Column, CreateDateColumn, Entity, ManyToOne, JoinColumn, PrimaryColumn } from 'typeorm';
import type { ProgramPolicy } from '../../domain/policy/program-policy';
import { Program } from './program.entity';

/** Policies are append-only: a change is a new version, and a running mentorship keeps its own. */
@Entity('program_policy_versions')
export class ProgramPolicyVersion {
  @PrimaryColumn({ name: 'program_id', type: 'uuid' }) programId!: string;
  @PrimaryColumn({ type: 'int' }) version!: number;
  @Column({ type: 'jsonb' }) policy!: ProgramPolicy;
  @Column({ name: 'created_by', type: 'varchar', length: 100 }) createdBy!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @ManyToOne(() => Program, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'program_id' }) program?: Program;
}
