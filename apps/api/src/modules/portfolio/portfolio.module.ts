import { Module } from '@nestjs/common';
import { PortfolioRepository } from './portfolio.repository.js';
import { PortfolioResolver } from './portfolio.resolver.js';
import { PortfolioService } from './portfolio.service.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { BacklogModule } from '../backlog/backlog.module.js';

/** The executive view across programs: what needs attention, and its weekly digest. */
@Module({ imports: [NotificationsModule, BacklogModule], providers: [PortfolioRepository, PortfolioService, PortfolioResolver] })
export class PortfolioModule {
  static readonly entities = [];
}
