import { Module } from '@nestjs/common';
import { GdprModule } from '../../../../libs/gdpr/gdpr.module';
import { GdprController } from './gdpr.controller';

@Module({ imports: [GdprModule], controllers: [GdprController] })
export class GdprApiModule {}
