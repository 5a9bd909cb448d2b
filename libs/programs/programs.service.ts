import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import type { ProgramPolicy } from '../domain/policy/program-policy';
import { validatePolicy } from '../domain/policy/validate-policy';
import { coded, invalidInput, refused } from '../validation/coded-exceptions';
import { problemAt } from '../validation/problems';
import { Coordinator, Program, ProgramPolicyVersion } from '../persistence/entities';

export interface NewProgram {
  slug: string;
  name: string;
  description: string;
  policy: unknown;
}

/** Programs and their versioned policies in Postgres. */
@Injectable()
export class ProgramsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Program) private readonly programs: Repository<Program>,
    @InjectRepository(ProgramPolicyVersion) private readonly versions: Repository<ProgramPolicyVersion>,
  ) {}

  /** The program as a draft with policy version 1, in one transaction; its workflow activates it. */
  async create(input: NewProgram, createdBy: string): Promise<Program> {
    const policy = this.checkedPolicy(input.policy);
    return this.dataSource.transaction(async (manager) => {
      const program = await manager.save(
        manager.create(Program, { slug: input.slug, name: input.name, description: input.description, status: 'draft', policyVersion: 1 }),
      );
      await manager.insert(ProgramPolicyVersion, { programId: program.id, version: 1, policy, createdBy });
      return program;
    });
  }

  /** Undoes create() when the program's workflow could not be started, so no draft is left behind. */
  async discardDraft(programId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(ProgramPolicyVersion, { programId });
      await manager.delete(Program, { id: programId, status: 'draft' });
    });
  }

  /** A new policy version; mentorships already running keep the version they started with. */
  async revisePolicy(programId: string, policyInput: unknown, createdBy: string): Promise<ProgramPolicyVersion> {
    const policy = this.checkedPolicy(policyInput);
    return this.dataSource.transaction(async (manager) => {
      const program = await manager.findOne(Program, { where: { id: programId }, lock: { mode: 'pessimistic_write' } });
      if (!program) throw coded(NotFoundException, 'not-found', { thing: 'program', id: programId });
      program.policyVersion += 1;
      await manager.save(program);
      return manager.save(manager.create(ProgramPolicyVersion, { programId, version: program.policyVersion, policy, createdBy }));
    });
  }

  /** The coordinator who leads the program, last owner of an escalation nobody below answered; null for none. */
  async setLead(programId: string, coordinatorId: string | null): Promise<Program> {
    const program = await this.get(programId);
    if (program.archivedAt) throw refused('archived', { thing: 'program' });
    if (coordinatorId && !(await this.dataSource.getRepository(Coordinator).existsBy({ id: coordinatorId }))) {
      throw invalidInput([problemAt('coordinatorId', 'no-such', { thing: 'coordinator', id: coordinatorId })]);
    }
    await this.programs.update({ id: programId }, { leadCoordinatorId: coordinatorId });
    return this.get(programId);
  }

  /** Every program, or only those of the ids given (a coordinator's). */
  list(includeArchived: boolean, only?: string[]): Promise<Program[]> {
    return this.programs.find({ where: only ? { id: In(only) } : {}, withDeleted: includeArchived, order: { slug: 'ASC' } });
  }

  async get(programId: string): Promise<Program> {
    const program = await this.programs.findOne({ where: { id: programId }, withDeleted: true });
    if (!program) throw coded(NotFoundException, 'not-found', { thing: 'program', id: programId });
    return program;
  }

  async policy(programId: string, version?: number): Promise<ProgramPolicyVersion> {
    const program = await this.get(programId);
    const found = await this.versions.findOneBy({ programId, version: version ?? program.policyVersion });
    if (!found) throw coded(NotFoundException, 'no-policy-version', { program: program.slug, version: version ?? program.policyVersion });
    return found;
  }

  private checkedPolicy(input: unknown): ProgramPolicy {
    const result = validatePolicy(input, 'policy');
    if (!result.ok) {
      throw invalidInput(result.problems);
    }
    return result.policy;
  }
}
