import { CreateDateColumn, DeleteDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * Rows people manage are never deleted: deleting archives them (TypeORM's soft
 * delete sets archived_at), so history and reports keep what they refer to.
 */
export abstract class Archivable {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @DeleteDateColumn({ name: 'archived_at', type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
}
