import { Module } from '@nestjs/common';
import { NudgesModule as NudgeServicesModule } from '../../../../libs/nudges/nudges.module';
import { NudgesController } from './nudges.controller';

@Module({ imports: [NudgeServicesModule], controllers: [NudgesController] })
export class NudgesApiModule {}
