import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { MatchAgreement } from '../persistence/entities';

/** What the pair and the coordinator agreed, as the client writes it. */
export type AgreementTerms = Omit<MatchAgreement, 'mentorshipId' | 'mentorship' | 'recordedBy' | 'recordedAt'>;

/** The written match agreements courses start with. */
@Injectable()
export class MatchAgreements {
  constructor(@InjectRepository(MatchAgreement) private readonly agreements: Repository<MatchAgreement>) {}

  /**
   * Stores the course's agreement in place of the one it had, and answers how
   * to take it back: the previous one restored (a course already running
   * keeps its own), or this one removed when there was none.
   */
  async replace(mentorshipId: string, terms: AgreementTerms, recordedBy: string): Promise<() => Promise<void>> {
    const previous = await this.agreements.findOneBy({ mentorshipId });
    await this.agreements.save({ mentorshipId, ...terms, recordedBy });
    return async () => {
      await (previous ? this.agreements.save(previous) : this.agreements.delete({ mentorshipId }));
    };
  }
}
