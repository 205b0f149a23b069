import { Module } from '@nestjs/common';
import { MetricsResolver } from './metrics.resolver.js';

/** The standard success-metric catalog. */
@Module({ providers: [MetricsResolver] })
export class MetricsModule {
  static readonly entities = [];
}
