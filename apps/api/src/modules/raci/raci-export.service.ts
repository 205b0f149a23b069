import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { parseId, raciFileTable, type Actor } from '@rollout/domain';
import { DataSource } from 'typeorm';
import { exportFile, safeFileName, type ExportFile, type ExportFormat } from '../../common/files/spreadsheet-export.js';
import { loadProgramFor } from '../programs/program-access.js';
import { toRaciMatrix } from './raci.mapper.js';
import { RaciRepository } from './raci.repository.js';

/** A program's RACI as CSV or XLSX: a Domain column, then one column per role (the file the import reads back unchanged). */
@Injectable()
export class RaciExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly raci: RaciRepository,
  ) {}

  async export(actor: Actor, programId: string, format: ExportFormat): Promise<ExportFile> {
    const id = parseId(programId, 'programId');
    const program = await loadProgramFor(this.dataSource.manager, actor, id, 'program.read', {}, 'none');
    const { headers, rows } = raciFileTable(toRaciMatrix(await this.raci.recordsOf(this.dataSource.manager, id)));
    const columns = headers.map((header, index) => ({ header, value: (row: string[]) => row[index] ?? '', width: index === 0 ? 28 : 16 }));
    return exportFile(columns, rows, format, `${safeFileName(program.name, 'program')}-raci`, 'RACI');
  }
}
