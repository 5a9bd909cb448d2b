import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryFailedError, Repository } from 'typeorm';
import type { ListScope } from '../../access/access.service';
import { inHerPart } from '../../access/list-filters';
import { Mentorship, Program, Referral, Referrer, YoungPerson } from '../../persistence/entities';
import { ProgramsService } from '../../programs/programs.service';
import { Problem, problemAt } from '../../validation/problems';
import { invalidInput } from '../../validation/coded-exceptions';
import { referenceProblem } from '../references';
import { ageAtReferral, ageRefusal } from './age';

export interface NewReferral {
  programId: string;
  referrerId: string;
  youngPersonId: string;
  /** When the referral was made; now unless given. */
  referredAt?: Date;
  /** The client's Idempotency-Key, when it sent one. */
  idempotencyKey?: string;
}

export interface CreatedReferral {
  referral: Referral;
  /** False when an earlier request with the same Idempotency-Key made it. */
  created: boolean;
}

/**
 * Referrals: a named referrer refers a young person to a program. A referral
 * counts toward the referrer's municipality's quota and keeps the policy
 * version that was current when it was made.
 */
@Injectable()
export class ReferralsService {
  constructor(
    @InjectRepository(Referral) private readonly referrals: Repository<Referral>,
    private readonly programs: ProgramsService,
  ) {}

  /**
   * The referral and its mentorship row (awaiting consent), in one
   * transaction. Refused with a 400 naming the field when something referred
   * to is missing or archived, the program is not active, or her age is
   * outside the program's range. A repeated Idempotency-Key answers the
   * referral made the first time.
   */
  async create(input: NewReferral, createdBy: string): Promise<CreatedReferral> {
    if (input.idempotencyKey) {
      // A key is its user's: another user's referral under the same key is never answered.
      const earlier = await this.referrals.findOneBy({ idempotencyKey: input.idempotencyKey, createdBy });
      if (earlier) return { referral: earlier, created: false };
    }
    const referredAt = input.referredAt ?? new Date();
    const manager = this.referrals.manager;
    const [program, referrer, youngPerson] = await Promise.all([
      manager.findOne(Program, { where: { id: input.programId }, withDeleted: true }),
      manager.findOne(Referrer, { where: { id: input.referrerId }, withDeleted: true }),
      manager.findOne(YoungPerson, { where: { id: input.youngPersonId }, withDeleted: true }),
    ]);
    const problems = [
      programProblem(program),
      referenceProblem('referrerId', 'referrer', referrer),
      referenceProblem('youngPersonId', 'young-person', youngPerson),
    ].filter((problem): problem is Problem => problem !== undefined);
    if (problems.length > 0 || !program || !referrer || !youngPerson) throw invalidInput(problems);

    const { policy, version } = await this.programs.policy(program.id);
    const refusal = ageRefusal(ageAtReferral(youngPerson.birthDate, referredAt, policy.notifications.timeZone), youngPerson.gender, {
      slug: program.slug,
      ageRange: policy.ageRange,
    });
    if (refusal) throw invalidInput([problemAt('youngPersonId', 'age-outside-range', refusal)]);

    try {
      const referral = await this.referrals.manager.transaction(async (tx) => {
        const saved = await tx.save(
          tx.create(Referral, {
            programId: program.id,
            policyVersion: version,
            municipalityId: referrer.municipalityId,
            referrerId: referrer.id,
            youngPersonId: youngPerson.id,
            referredAt,
            createdBy,
            idempotencyKey: input.idempotencyKey ?? null,
          }),
        );
        await tx.insert(Mentorship, {
          id: saved.id,
          programId: program.id,
          policyVersion: version,
          youngPersonId: youngPerson.id,
          municipalityId: referrer.municipalityId,
          phase: 'awaiting-consent',
          phaseSince: referredAt,
        });
        return saved;
      });
      return { referral, created: true };
    } catch (error) {
      // The same key sent twice at once: the first insert won, so answer with its referral.
      const earlier =
        input.idempotencyKey && isUniqueViolation(error)
          ? await this.referrals.findOneBy({ idempotencyKey: input.idempotencyKey, createdBy })
          : null;
      if (!earlier) throw error;
      return { referral: earlier, created: false };
    }
  }

  /** Undoes create() when the mentorship's workflow could not be started, so nothing is left half-made. */
  async discard(referralId: string): Promise<void> {
    await this.referrals.manager.transaction(async (tx) => {
      await tx.delete(Mentorship, { id: referralId });
      await tx.delete(Referral, { id: referralId });
    });
  }

  /** The newest first, within what the caller may see. */
  list(filters: { programId?: string; municipalityId?: string }, scope: ListScope): Promise<Referral[]> {
    const query = this.referrals.createQueryBuilder('referral').orderBy('referral.referredAt', 'DESC');
    if (filters.programId) query.andWhere('referral.programId = :programId', { programId: filters.programId });
    if (filters.municipalityId) query.andWhere('referral.municipalityId = :municipalityId', { municipalityId: filters.municipalityId });
    if (scope !== 'all') inHerPart(query, 'referral.programId', 'referral.municipalityId', scope);
    return query.getMany();
  }
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';
}

/** A program takes referrals only while it is active. */
export function programProblem(program: Program | null): Problem | undefined {
  if (!program || program.archivedAt) return referenceProblem('programId', 'program', program);
  if (program.status !== 'active')
    return problemAt('programId', 'program-not-taking-referrals', { program: program.slug, status: program.status });
  return undefined;
}
