import { Injectable } from '@nestjs/common';
import { parseId, type Actor } from '@rollout/domain';
import { exportFile, safeFileName, type ExportFile, type ExportFormat } from '../../common/files/spreadsheet-export.js';
import { NotFoundError } from '../../common/errors/app-error.js';
import { PilotsRepository } from '../pilots/pilots.repository.js';
import { MEASUREMENT_EXPORT_COLUMNS, type ExportRow } from './measurement-spreadsheet.js';
import { MeasurementsRepository } from './measurements.repository.js';

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
    return exportFile(MEASUREMENT_EXPORT_COLUMNS, data, format, `${safeFileName(pilot.name, 'pilot')}-measurements`, pilot.name);
  }
}
