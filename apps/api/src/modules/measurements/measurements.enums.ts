import { registerEnumType } from '@nestjs/graphql';
import { MEASUREMENT_SOURCES, MEASUREMENT_SOURCE_LABELS } from '@rollout/domain';
import { described, enumOf } from '../../common/graphql/enums.js';
import { IMPORT_FORMATS, IMPORT_STATUSES } from './measurement-import.entity.js';

// GraphQL enums owned by the measurements feature, registered when its models load.
export const MeasurementSourceEnum = enumOf(MEASUREMENT_SOURCES);
export const ImportStatusEnum = enumOf(IMPORT_STATUSES);
export const ImportFormatEnum = enumOf(IMPORT_FORMATS);

registerEnumType(MeasurementSourceEnum, { name: 'MeasurementSource', description: 'Where a measurement came from.', valuesMap: described(MEASUREMENT_SOURCE_LABELS) });
registerEnumType(ImportStatusEnum, {
  name: 'ImportStatus',
  description: 'Progress of a measurement import.',
  valuesMap: described({
    uploaded: 'Uploaded; preview it, then commit.',
    running: 'Being written.',
    committed: 'Written.',
    failed: 'Nothing was written; see failure.',
    interrupted: 'The server stopped while writing; nothing was written. Commit again.',
  }),
});
registerEnumType(ImportFormatEnum, {
  name: 'ImportFormat',
  description: 'File format of an import or export.',
  valuesMap: described({ csv: 'Comma-separated values.', xlsx: 'Excel workbook.' }),
});
