import { Module } from '@nestjs/common';
import { MentorPathActivities } from './mentors/mentor-path.activities';
import { MentorSlotActivities } from './mentors/mentor-slots.activities';
import { MentorshipActivities } from './mentorships/mentorship.activities';
import { NudgeActivities } from './nudges/nudge.activities';
import { ProgramActivities } from './programs/program.activities';

/** Every activity provider; the worker registers their methods by name. */
export const ACTIVITY_PROVIDERS = [ProgramActivities, MentorPathActivities, MentorSlotActivities, MentorshipActivities, NudgeActivities];

@Module({ providers: ACTIVITY_PROVIDERS, exports: ACTIVITY_PROVIDERS })
export class ActivitiesModule {}
