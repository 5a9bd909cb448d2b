import { Column } from 'typeorm';

export const GENDERS = ['female', 'male', 'other'] as const;
export type Gender = (typeof GENDERS)[number];

/** What matching compares between a young person's wishes and a mentor's profile. */
export class MatchingProfile {
  @Column({ name: 'languages', type: 'text', array: true, default: '{}' }) languages!: string[];
  @Column({ name: 'interests', type: 'text', array: true, default: '{}' }) interests!: string[];
  @Column({ name: 'area', type: 'varchar', length: 100, nullable: true }) area!: string | null;
  /** Free-form slots such as "weekday-evenings" or "weekends", compared as tags. */
  @Column({ name: 'availability', type: 'text', array: true, default: '{}' }) availability!: string[];
}
