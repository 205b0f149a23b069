import { Module } from '@nestjs/common';
import { PortfolioRepository } from './portfolio.repository.js';
import { PortfolioResolver } from './portfolio.resolver.js';

/** The executive view across programs: what needs attention. */
@Module({ providers: [PortfolioRepository, PortfolioResolver] })
export class PortfolioModule {
  static readonly entities = [];
}
