import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '../../libs/config/app-config';
import { durationMs } from '../../libs/domain/duration';
import { PersonalData } from '../../libs/gdpr/personal-data';

/** The retention sweep's work: whom the retention time has passed for, erasing each, and stored answers past their time. */
@Injectable()
export class RetentionActivities {
  private readonly logger = new Logger(RetentionActivities.name);

  constructor(
    private readonly personalData: PersonalData,
    private readonly config: AppConfig,
  ) {}

  async eraseExpiredPersonalData(): Promise<{ erased: number }> {
    const endedBefore = new Date(Date.now() - durationMs(this.config.gdpr.retainClosedFor));
    const expired = await this.personalData.retentionPassed(endedBefore);
    for (const youngPersonId of expired) await this.personalData.erase(youngPersonId);
    const answersForgotten = await this.personalData.forgetExpiredAnswers();
    this.logger.log({ message: 'retention sweep', endedBefore: endedBefore.toISOString(), erased: expired.length, answersForgotten });
    return { erased: expired.length };
  }
}
