import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Archivable } from './archivable';
import { Municipality } from './municipality.entity';
import { Program } from './program.entity';

/** A municipality's agreed number of referrals to a program within a period. */
@Entity('referral_quotas')
@Index(['programId', 'municipalityId', 'periodStart'], { unique: true, where: 'archived_at IS NULL' })
@Check(`"period_start" < "period_end"`)
@Check(`"agreed" >= 0`)
export class ReferralQuota extends Archivable {
  @Column({ name: 'program_id', type: 'uuid' }) programId!: string;
  @ManyToOne(() => Program) @JoinColumn({ name: 'program_id' }) program?: Program;
  @Column({ name: 'municipality_id', type: 'uuid' }) municipalityId!: string;
  @ManyToOne(() => Municipality) @JoinColumn({ name: 'municipality_id' }) municipality?: Municipality;
  /** Inclusive first day. */
  @Column({ name: 'period_start', type: 'date' }) periodStart!: string;
  /** Exclusive: the first day after the period. */
  @Column({ name: 'period_end', type: 'date' }) periodEnd!: string;
  @Column({ type: 'int' }) agreed!: number;
}
