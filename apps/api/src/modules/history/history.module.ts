import { Module } from '@nestjs/common';
import { AuditLogExportController } from './audit-log-export.controller.js';
import { HistoryRepository } from './history.repository.js';
import { HistoryResolver } from './history.resolver.js';
import { HistoryService } from './history.service.js';

/** The change history the audit triggers write: per record and organization-wide, and its CSV export. */
@Module({ controllers: [AuditLogExportController], providers: [HistoryRepository, HistoryService, HistoryResolver] })
export class HistoryModule {
  static readonly entities = [];
}
