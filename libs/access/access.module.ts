import { Global, Module } from '@nestjs/common';
import { AccessService } from './access.service';

/** Access decisions for every part of the API, in one service. */
@Global()
@Module({ providers: [AccessService], exports: [AccessService] })
export class AccessModule {}
