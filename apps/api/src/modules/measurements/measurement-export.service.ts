import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { parseId, type Actor } from '@rollout/domain';
import { DataSource } from 'typeorm';
import { NotFoundError } from '../../common/errors/app-error.js';
import { PilotEntity } from './pilot.entity.js';
import { writeCsv, writeXlsx, type ExportRow } from './measurement-spreadsheet.js';

export type ExportFormat = 'csv' | 'xlsx';

/** A file to download. */
export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

interface ExportQueryRow {
  metric: string;
  metric_key: string | null;
  unit: string;
  unit_code: string;
  date: string;
  value: number;
  source: string;
  entered_by: string | null;
  updated_at: Date;
}

/**
 * A pilot's measurements as CSV or XLSX, one row per metric, unit and day, with the columns of
 * `MEASUREMENT_CSV_COLUMNS`; the file imports again unchanged. Any signed-in user may download.
 */
@Injectable()
export class MeasurementExportService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async export(actor: Actor, pilotId: string, format: ExportFormat): Promise<ExportFile> {
    const id = parseId(pilotId, 'pilotId');
    const pilot = await this.dataSource.getRepository(PilotEntity).findOneBy({ id, orgId: actor.orgId });
    if (!pilot) throw new NotFoundError('Pilot', id);
    const rows = await this.dataSource.query<ExportQueryRow[]>(
      `SELECT sm.name AS metric, sm.catalog_key AS metric_key, u.name AS unit, u.code AS unit_code, m.date, m.value,
              m.source, usr.name AS entered_by, m.updated_at
         FROM measurement m
         JOIN success_metric sm ON sm.id = m.metric_id
         JOIN unit u ON u.id = m.unit_id
         LEFT JOIN app_user usr ON usr.id = m.entered_by_id
        WHERE m.pilot_id = $1 AND m.org_id = $2
        ORDER BY sm.created_at, sm.id, u.name, u.id, m.date`,
      [id, actor.orgId],
    );
    const data: ExportRow[] = rows.map((row) => ({ ...row, metric_key: row.metric_key ?? '', entered_by: row.entered_by ?? '' }));
    const base = `${safeFileName(pilot.name)}-measurements`;
    const body = format === 'csv' ? writeCsv(data) : await writeXlsx(data, pilot.name);
    return { fileName: `${base}.${format}`, contentType: CONTENT_TYPES[format], body };
  }
}

/** A pilot name made safe for a download's file name. */
function safeFileName(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .replace(/[\s_]+/g, '-')
      .toLowerCase()
      .slice(0, 60) || 'pilot'
  );
}
