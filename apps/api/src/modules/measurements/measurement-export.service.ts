import { Injectable } from '@nestjs/common';
import { parseId, type Actor } from '@rollout/domain';
import { NotFoundError } from '../../common/errors/app-error.js';
import { PilotsRepository } from '../pilots/pilots.repository.js';
import { writeCsv, writeXlsx, type ExportRow } from './measurement-spreadsheet.js';
import { MeasurementsRepository } from './measurements.repository.js';

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

/**
 * A pilot's measurements as CSV or XLSX, one row per metric, unit and day, with the columns of
 * `MEASUREMENT_CSV_COLUMNS`; the file imports again unchanged. Any signed-in user may download.
 */
@Injectable()
export class MeasurementExportService {
  constructor(
    private readonly measurements: MeasurementsRepository,
    private readonly pilots: PilotsRepository,
  ) {}

  async export(actor: Actor, pilotId: string, format: ExportFormat): Promise<ExportFile> {
    const id = parseId(pilotId, 'pilotId');
    const pilot = await this.pilots.find(actor.orgId, id);
    if (!pilot) throw new NotFoundError('Pilot', id);
    const rows = await this.measurements.exportRows(actor.orgId, id);
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
