import { Module } from '@nestjs/common';
import { ProgramActivities } from './programs/program.activities';

/** Every activity provider; the worker registers their methods by name. */
export const ACTIVITY_PROVIDERS = [ProgramActivities];

@Module({ providers: ACTIVITY_PROVIDERS, exports: ACTIVITY_PROVIDERS })
export class ActivitiesModule {}
