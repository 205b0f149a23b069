import { Module } from '@nestjs/common';
import { HistoryResolver } from './history.resolver.js';
import { HistoryService } from './history.service.js';

@Module({ providers: [HistoryService, HistoryResolver] })
export class HistoryModule {}
