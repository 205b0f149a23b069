import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../common/auth/decorators.js';
import { ShutdownState } from './shutdown-state.js';

@Controller('health')
@Public()
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly shutdown: ShutdownState,
  ) {}

  /** Liveness: the process answers. Never touches the database. */
  @Get()
  @HttpCode(200)
  live(): { status: string } {
    return { status: 'ok' };
  }

  /** Readiness: database reachable, no pending migrations, not shutting down. */
  @Get('ready')
  async ready(@Res({ passthrough: true }) res: Response): Promise<{ status: string; reason?: string }> {
    const problem = await this.findProblem();
    res.status(problem ? 503 : 200);
    return problem ? { status: 'unavailable', reason: problem } : { status: 'ok' };
  }

  private async findProblem(): Promise<string | undefined> {
    if (this.shutdown.stopping) return 'shutting down';
    try {
      await this.dataSource.query('SELECT 1');
      if (await this.dataSource.showMigrations()) return 'migrations pending';
    } catch {
      return 'database unreachable';
    }
    return undefined;
  }
}
