import { Module } from '@nestjs/common';
import { PersonalData } from '../../../../libs/gdpr/personal-data';
import { GdprController } from './gdpr.controller';

@Module({ controllers: [GdprController], providers: [PersonalData] })
export class GdprModule {}
