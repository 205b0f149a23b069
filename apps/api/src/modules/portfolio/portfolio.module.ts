import { Module } from '@nestjs/common';
import { PortfolioRepository } from './portfolio.repository.js';
import { PortfolioResolver } from './portfolio.resolver.js';
import { PortfolioService } from './portfolio.service.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { BacklogModule } from '../backlog/backlog.module.js';
import { CheckInsModule } from '../check-ins/check-ins.module.js';
import { DecisionsModule } from '../decisions/decisions.module.js';
import { PilotsModule } from '../pilots/pilots.module.js';
import { PortfolioExportService } from './portfolio-export.service.js';
import { PortfolioFilesController } from './portfolio-files.controller.js';
import { PortfolioFactsService } from './portfolio-facts.service.js';
import { PortfolioViewService } from './portfolio-view.service.js';

/** The executive view across programs: the portfolio, what needs attention, and its weekly digest. */
@Module({ imports: [NotificationsModule, BacklogModule, PilotsModule, CheckInsModule, DecisionsModule], controllers: [PortfolioFilesController], providers: [PortfolioRepository, PortfolioService, PortfolioFactsService, PortfolioViewService, PortfolioExportService, PortfolioResolver] })
export class PortfolioModule {
  static readonly entities = [];
}
