import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityNotFoundError, In } from 'typeorm';
import type { RelatedScope } from '../access/access-scope';
import type { ActorRole, EscalationReason, Urgency } from '../../workflows/escalation/messages';
import { coded, invalidInput, refused } from '../validation/coded-exceptions';
import { CurrentPolicies } from '../nudges/current-policy';
import { Escalation, EscalationResponse, EscalationStatus, Mentorship, Program, YoungPerson } from '../persistence/entities';
import { problemAt } from '../validation/problems';

export interface RaisedByPerson {
  id: string;
  mentorshipId: string;
  reason: Extract<EscalationReason, 'concern' | 'advice-request'>;
  category: string;
  urgency: Urgency;
  question: string;
  raisedBy: string;
  raisedByRole: NonNullable<Escalation['raisedByRole']>;
}

/**
 * What a view of an escalation reads besides its row: its course (for the phase), the young person's name (whom a coordinator's
 * list says it is about, where the panel's view leaves it out) and its advice, oldest first.
 */
export interface StoredEscalation {
  escalation: Escalation;
  course: Mentorship;
  youngPersonName: string;
  responses: EscalationResponse[];
}

export interface EscalationFilter {
  /** All: open and resolved, the open ones first. */
  status: Exclude<EscalationStatus, 'draft'> | 'all';
  urgency?: Urgency;
  programSlug?: string;
  mentorshipId?: string;
}

/**
 * Escalations as the API keeps them: a person's draft written before the
 * course is asked to take it (and deleted if it refuses), advice written
 * before the escalation records it, and the lists people read.
 */
@Injectable()
export class EscalationRecords {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policies: CurrentPolicies,
  ) {}

  /** The draft of a person's escalation; a retry with the same id answers the first. The category must be one of the course's policy. */
  async draft(request: RaisedByPerson): Promise<{ escalation: Escalation; retried: boolean }> {
    const repository = this.dataSource.getRepository(Escalation);
    const existing = await repository.findOneBy({ id: request.id });
    if (existing) {
      if (existing.mentorshipId !== request.mentorshipId) throw refused('escalation-id-taken', { id: request.id });
      return { escalation: existing, retried: true };
    }
    const course = await this.dataSource.getRepository(Mentorship).findOneBy({ id: request.mentorshipId });
    if (!course) throw coded(NotFoundException, 'not-found', { thing: 'mentorship', id: request.mentorshipId });
    const program = await this.dataSource.getRepository(Program).findOneOrFail({ where: { id: course.programId }, withDeleted: true });
    const { categories } = (await this.policies.of(program.slug, course.policyVersion)).escalations;
    if (!categories.includes(request.category))
      throw invalidInput([problemAt('category', 'not-a-program-category', { allowed: categories })]);
    await repository
      .createQueryBuilder()
      .insert()
      .values({
        id: request.id,
        key: `request/${request.id}`,
        mentorshipId: request.mentorshipId,
        programSlug: program.slug,
        municipalityId: course.municipalityId,
        policyVersion: course.policyVersion,
        reason: request.reason,
        category: request.category,
        urgency: request.urgency,
        raisedBy: request.raisedBy,
        raisedByRole: request.raisedByRole,
        question: request.question,
        status: 'draft',
      })
      .orIgnore()
      .execute();
    return { escalation: await repository.findOneByOrFail({ id: request.id }), retried: false };
  }

  /** Undoes draft() when the course refused it, so nothing is left half-written. */
  async discardDraft(id: string): Promise<void> {
    await this.dataSource.getRepository(Escalation).delete({ id, status: 'draft' });
  }

  /** Drafts are nobody's business: to everyone but the API they do not exist. */
  async get(id: string): Promise<Escalation> {
    const escalation = await this.dataSource.getRepository(Escalation).findOneBy({ id });
    if (!escalation || escalation.status === 'draft') throw coded(NotFoundException, 'not-found', { thing: 'escalation', id });
    return escalation;
  }

  /**
   * The open ones first, in the order in which they need someone: urgent first, then the oldest. Then the resolved, the last
   * resolved first: a history is read from its latest end.
   */
  list(scope: RelatedScope, filter: EscalationFilter): Promise<Escalation[]> {
    const { coordinator, mentorId, panelMemberId } = scope;
    if (!coordinator?.programSlugs.length && !mentorId && !panelMemberId) return Promise.resolve([]);
    const statuses = filter.status === 'all' ? ['open', 'resolved'] : [filter.status];
    const query = this.dataSource
      .getRepository(Escalation)
      .createQueryBuilder('escalation')
      .where('escalation.status IN (:...statuses)', { statuses })
      .orderBy(`CASE escalation.status WHEN 'open' THEN 0 ELSE 1 END`)
      .addOrderBy(`CASE WHEN escalation.status = 'open' AND escalation.urgency = 'urgent' THEN 0 ELSE 1 END`)
      .addOrderBy(`CASE escalation.status WHEN 'open' THEN escalation.raised_at END`, 'ASC')
      .addOrderBy('escalation.resolvedAt', 'DESC');
    if (filter.urgency) query.andWhere('escalation.urgency = :urgency', { urgency: filter.urgency });
    if (filter.programSlug) query.andWhere('escalation.programSlug = :programSlug', { programSlug: filter.programSlug });
    if (filter.mentorshipId) query.andWhere('escalation.mentorshipId = :mentorshipId', { mentorshipId: filter.mentorshipId });
    // Hers in any of her roles: her part of her programs, her mentees', those put to her.
    query.andWhere(
      new Brackets((hers) => {
        if (coordinator?.programSlugs.length) {
          hers.orWhere(
            new Brackets((part) => {
              part.where('escalation.programSlug IN (:...slugs)', { slugs: coordinator.programSlugs });
              if (coordinator.municipalityId)
                part.andWhere('escalation.municipalityId = :municipalityId', { municipalityId: coordinator.municipalityId });
            }),
          );
        }
        if (mentorId) hers.orWhere('escalation.mentorshipId IN (SELECT id FROM mentorships WHERE mentor_id = :mentorId)', { mentorId });
        if (panelMemberId) hers.orWhere(':panelMemberId = ANY(escalation.involvedIds)', { panelMemberId });
      }),
    );
    return query.getMany();
  }

  /**
   * Each escalation with its course, its young person's name and its responses, in the order given: one query each for all the
   * courses, their young people's names and all the responses, so a list of hundreds costs what a single escalation does.
   */
  async stored(escalations: Escalation[]): Promise<StoredEscalation[]> {
    if (escalations.length === 0) return [];
    const courseIds = [...new Set(escalations.map((escalation) => escalation.mentorshipId))];
    const [courses, names, responses] = await Promise.all([
      this.dataSource.getRepository(Mentorship).findBy({ id: In(courseIds) }),
      this.dataSource.query('SELECT m.id, y.name FROM mentorships m JOIN young_people y ON y.id = m.young_person_id WHERE m.id = ANY($1)', [
        courseIds,
      ]) as Promise<Array<{ id: string; name: string }>>,
      this.dataSource.getRepository(EscalationResponse).find({
        where: { escalationId: In(escalations.map((escalation) => escalation.id)) },
        order: { respondedAt: 'ASC' },
      }),
    ]);
    const courseById = new Map(courses.map((course) => [course.id, course]));
    const youngPersonNameOf = new Map(names.map(({ id, name }) => [id, name]));
    // Grouped in the order read, so each escalation's responses stay oldest first.
    const responsesOf = new Map<string, EscalationResponse[]>();
    for (const response of responses) {
      const group = responsesOf.get(response.escalationId);
      if (group) group.push(response);
      else responsesOf.set(response.escalationId, [response]);
    }
    return escalations.map((escalation) => {
      const course = courseById.get(escalation.mentorshipId);
      if (!course) throw new EntityNotFoundError(Mentorship, { id: escalation.mentorshipId });
      const youngPersonName = youngPersonNameOf.get(course.id);
      if (youngPersonName === undefined) throw new EntityNotFoundError(YoungPerson, { id: course.youngPersonId });
      return { escalation, course, youngPersonName, responses: responsesOf.get(escalation.id) ?? [] };
    });
  }

  /** Advice, written before the escalation is asked to record it; a retry with the same id answers the first. */
  async addResponse(response: {
    id: string;
    escalationId: string;
    advice: string;
    respondedBy: string;
    responderRole: ActorRole;
  }): Promise<{ retried: boolean }> {
    const repository = this.dataSource.getRepository(EscalationResponse);
    const existing = await repository.findOneBy({ id: response.id });
    if (existing) {
      if (existing.escalationId !== response.escalationId) throw refused('response-id-taken', { id: response.id });
      return { retried: true };
    }
    await repository.createQueryBuilder().insert().values(response).orIgnore().execute();
    return { retried: false };
  }

  async discardResponse(id: string): Promise<void> {
    await this.dataSource.getRepository(EscalationResponse).delete({ id });
  }
}
