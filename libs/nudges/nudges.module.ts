import { Module } from '@nestjs/common';
import { CurrentPolicies } from './current-policy';
import { NudgeInbox } from './nudge-inbox';
import { NudgeRaiser } from './nudge-raiser';

/** Raising nudges and reading a user's open ones; the Temporal client and repositories come from global modules. */
@Module({ providers: [CurrentPolicies, NudgeRaiser, NudgeInbox], exports: [CurrentPolicies, NudgeRaiser, NudgeInbox] })
export class NudgesModule {}
