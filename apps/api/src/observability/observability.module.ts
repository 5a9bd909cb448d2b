import { Module } from '@nestjs/common';
import { ApiMetrics } from './api-metrics';
import { MetricsController } from './metrics.controller';
import { ReadModelGauges } from './read-model-gauges';

/** The API's metrics: counted by the request observer and the request context, scraped at GET /metrics. */
@Module({ controllers: [MetricsController], providers: [ApiMetrics, ReadModelGauges], exports: [ApiMetrics] })
export class ObservabilityModule {}
