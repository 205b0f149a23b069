import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OperatingModel } from '@rollout/domain';
import { DataSource } from 'typeorm';
import type { ModelChoiceModel } from './target-model.model.js';

/** The model choices the summaries quote. */
@Injectable()
export class TargetModelRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Each program's latest model choice (null when none), in key order, in one statement. */
  async latestChoices(programIds: readonly string[]): Promise<(ModelChoiceModel | null)[]> {
    const rows = await this.dataSource.query<{ program_id: string; model: OperatingModel; rationale: string; decided_at: Date; decided_by_id: string | null }[]>(
      `SELECT DISTINCT ON (program_id) program_id, model, rationale, decided_at, decided_by_id
         FROM operating_model_choice WHERE program_id = ANY($1::uuid[])
        ORDER BY program_id, decided_at DESC, id DESC`,
      [[...programIds]],
    );
    const byProgram = new Map(rows.map((row) => [row.program_id, { model: row.model, rationale: row.rationale, decidedAt: row.decided_at, decidedById: row.decided_by_id }]));
    return programIds.map((id) => byProgram.get(id) ?? null);
  }
}
