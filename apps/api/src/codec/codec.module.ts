import { Module } from '@nestjs/common';
import { AppConfig } from '../../../../libs/config/app-config';
import { temporalDataConverter } from '../../../../libs/temporal-connection/connection-options';
import { CodecController, PAYLOAD_CODECS } from './codec.controller';

@Module({
  controllers: [CodecController],
  providers: [
    {
      provide: PAYLOAD_CODECS,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => temporalDataConverter(config.temporal).payloadCodecs ?? [],
    },
  ],
})
export class CodecModule {}
