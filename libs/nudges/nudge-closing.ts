import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { NotificationsService } from '../notifications/notifications.service';
import { Nudge } from '../persistence/entities';

export type NudgeEnd = 'acknowledged' | 'resolved';

/** Ends nudges in PostgreSQL: their rows closed, their mails not yet sent dropped. Ending an ended nudge changes nothing. */
@Injectable()
export class NudgeClosing {
  constructor(
    @InjectRepository(Nudge) private readonly nudges: Repository<Nudge>,
    private readonly notifications: NotificationsService,
  ) {}

  async close(keys: string[], status: NudgeEnd, by: string): Promise<void> {
    if (keys.length === 0) return;
    await this.nudges
      .createQueryBuilder()
      .update()
      .set({ status, closedAt: () => 'now()', closedBy: by.slice(0, 100) })
      .where("key IN (:...keys) AND status = 'open'", { keys })
      .execute();
    // Resolved, what it chased is settled, whether or not its recipient had acknowledged it first (the row then stays acknowledged).
    if (status === 'resolved')
      await this.nudges
        .createQueryBuilder()
        .update()
        .set({ settledAt: () => 'now()' })
        .where('key IN (:...keys) AND settled_at IS NULL', { keys })
        .execute();
    await this.notifications.cancelPending(keys);
  }

  /** A notice has said what it had to once none of its mails waits to be sent: it ends as a nudge workflow's notice did. */
  async closeDelivered(key: string): Promise<void> {
    if (!(await this.notifications.hasPending(key))) await this.close([key], 'resolved', 'delivered');
  }
}
