import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ApplicationFailure } from '@temporalio/common';
import { Repository } from 'typeorm';
import { Program } from '../../libs/persistence/entities';

/**
 * Writes a program's lifecycle back to Postgres. Each method is idempotent:
 * a retry finds the row already in the target state and returns the same
 * timestamps it returned the first time.
 */
@Injectable()
export class ProgramActivities {
  constructor(@InjectRepository(Program) private readonly programs: Repository<Program>) {}

  async activateProgram({ programId, workflowId }: { programId: string; workflowId: string }): Promise<{ activatedAt: string }> {
    const program = await this.findProgram(programId);
    if (program.status === 'draft') {
      program.status = 'active';
      program.activatedAt = new Date();
      program.workflowId = workflowId;
      await this.programs.save(program);
    }
    return { activatedAt: program.activatedAt!.toISOString() };
  }

  async archiveProgram({ programId, archivedBy }: { programId: string; archivedBy: string }): Promise<{ archivedAt: string }> {
    const program = await this.findProgram(programId);
    if (program.status !== 'archived') {
      program.status = 'archived';
      program.archivedAt = new Date();
      program.archivedBy = archivedBy;
      await this.programs.save(program);
    }
    return { archivedAt: program.archivedAt!.toISOString() };
  }

  private async findProgram(programId: string): Promise<Program> {
    const program = await this.programs.findOne({ where: { id: programId }, withDeleted: true });
    // A program the workflow was started for must exist; retrying cannot fix that.
    if (!program) throw ApplicationFailure.nonRetryable(`program ${programId} does not exist`, 'ProgramNotFound');
    return program;
  }
}
