import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityTarget } from 'typeorm';
import {
  Coordinator,
  ContactDetails,
  MailRecipientRole,
  Mentor,
  NotificationLanguage,
  NotificationMode,
  PanelMember,
  Program,
  Referrer,
  YoungPerson,
} from '../persistence/entities';
import { Account } from '../persistence/entities/identity.entities';
import { coded } from '../validation/coded-exceptions';

export interface Contact {
  email: string | null;
  language: NotificationLanguage;
}

export interface ProgramCoordinator {
  id: string;
  notificationMode: NotificationMode;
}

const PEOPLE: Record<MailRecipientRole, EntityTarget<{ id: string; contact: ContactDetails }>> = {
  coordinator: Coordinator,
  mentor: Mentor,
  referrer: Referrer,
  'young-person': YoungPerson,
  panel: PanelMember,
  account: Account,
};

/** Who gets a mail and how to reach them, read when sending so a changed address or language counts. */
@Injectable()
export class RecipientDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Null for someone archived or unknown: nobody to write to. */
  async contactOf(role: MailRecipientRole, id: string): Promise<Contact | null> {
    const entity = PEOPLE[role];
    if (!entity) return null;
    const person = await this.dataSource
      .getRepository(entity)
      .findOne({ where: { id }, select: { id: true, contact: { email: true, language: true } } });
    return person ? { email: person.contact.email, language: person.contact.language } : null;
  }

  /**
   * The coordinators a coordinator nudge about this program goes to: those of
   * the subject's municipality and the program-wide ones; if there are none,
   * every coordinator of the program, so a nudge never goes unowned while the
   * program has any.
   */
  async coordinatorsFor(programSlug: string, municipalityId: string | null): Promise<ProgramCoordinator[]> {
    const program = await this.programBySlug(programSlug);
    const all = await this.dataSource
      .getRepository(Coordinator)
      .createQueryBuilder('coordinator')
      .select(['coordinator.id', 'coordinator.municipalityId', 'coordinator.notificationMode'])
      .where(':programId = ANY(coordinator.programIds)', { programId: program.id })
      .orderBy('coordinator.createdAt', 'ASC')
      .getMany();
    const local = all.filter(
      (coordinator) => municipalityId === null || coordinator.municipalityId === null || coordinator.municipalityId === municipalityId,
    );
    return (local.length > 0 ? local : all).map(({ id, notificationMode }) => ({ id, notificationMode }));
  }

  /** An archived program still owns the nudges raised before it was archived. */
  private async programBySlug(slug: string): Promise<Program> {
    const program = await this.dataSource.getRepository(Program).findOne({ where: { slug }, withDeleted: true });
    if (!program) throw coded(NotFoundException, 'no-such-program', { slug });
    return program;
  }
}
