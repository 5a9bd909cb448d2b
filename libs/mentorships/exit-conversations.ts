import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Party } from '../../workflows/mentorship/messages';
import { ExitConversation } from '../persistence/entities';

export interface ExitConversationRow {
  mentorshipId: string;
  party: Party;
  held: boolean;
  recordedBy: string;
}

/** Whether each exit conversation of a closing course was held, or offered and not taken up. */
@Injectable()
export class ExitConversations {
  constructor(@InjectRepository(ExitConversation) private readonly conversations: Repository<ExitConversation>) {}

  /**
   * Stores it before the course counts it, one per course and party, and
   * answers how to take this write back; nothing to take back when the row
   * was there already (a retry's, or one the course already counted).
   */
  async store(row: ExitConversationRow): Promise<(() => Promise<void>) | undefined> {
    const { raw } = await this.conversations.createQueryBuilder().insert().values(row).orIgnore().returning('party').execute();
    if ((raw as unknown[]).length === 0) return undefined;
    return async () => {
      await this.conversations.delete({ mentorshipId: row.mentorshipId, party: row.party });
    };
  }

  /** Per party with a recorded exit conversation: whether it was held. */
  async heldByParty(mentorshipId: string): Promise<Partial<Record<Party, boolean>>> {
    const rows = await this.conversations.findBy({ mentorshipId });
    return Object.fromEntries(rows.map((row) => [row.party, row.held]));
  }
}
