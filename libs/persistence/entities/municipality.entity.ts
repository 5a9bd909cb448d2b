import { Column, Entity, Index } from 'typeorm';
import { Archivable } from './archivable';

@Entity('municipalities')
export class Municipality extends Archivable {
  @Index({ unique: true }) @Column({ length: 100 }) name!: string;
  /** The official Danish municipality code (e.g. 461 for Odense), when known. */
  @Column({ type: 'varchar', length: 8, nullable: true }) code!: string | null;
}
