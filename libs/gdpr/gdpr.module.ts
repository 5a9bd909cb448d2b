import { Module } from '@nestjs/common';
import { PersonalData } from './personal-data';

/** A young person's data under the GDPR; repositories come from the global PersistenceModule. */
@Module({ providers: [PersonalData], exports: [PersonalData] })
export class GdprModule {}
