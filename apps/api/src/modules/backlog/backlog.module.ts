import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { UsersModule } from '../users/users.module.js';
import { BacklogViewsService } from './backlog-views.service.js';
import { BacklogFilesController } from './backlog-files.controller.js';
import { BacklogSettingsEntity } from './backlog-settings.entity.js';
import { BacklogLoaders } from './backlog.loaders.js';
import { BacklogRepository } from './backlog.repository.js';
import { BacklogResolver, ProgramBacklogResolver, RevopsRequestResolver } from './backlog.resolver.js';
import { BacklogService } from './backlog.service.js';
import { InboundRequestService } from './inbound-request.service.js';
import { RequestRequesterEntity } from './request-requester.entity.js';
import { RequestTypeEntity } from './request-type.entity.js';
import { RevopsRequestEntity } from './revops-request.entity.js';
import { RoadmapExportService } from './roadmap-export.service.js';

/** Engagement model: the program's RevOps backlog — requests, triage and ranking, service levels, capacity, the roadmap, the inbound webhook. */
@Module({
  imports: [NotificationsModule, UsersModule],
  controllers: [BacklogFilesController],
  providers: [BacklogRepository, BacklogViewsService, BacklogLoaders, BacklogService, InboundRequestService, RoadmapExportService, ProgramBacklogResolver, BacklogResolver, RevopsRequestResolver],
  exports: [BacklogRepository],
})
export class BacklogModule {
  static readonly entities = [BacklogSettingsEntity, RequestTypeEntity, RevopsRequestEntity, RequestRequesterEntity];
}
