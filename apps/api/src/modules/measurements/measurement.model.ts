import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { MeasurementSource } from '@rollout/domain';
import { ImportFormatEnum, ImportStatusEnum, MeasurementSourceEnum } from './measurements.enums.js';
import type { ImportFormat, ImportStatus } from './measurement-import.entity.js';

@ObjectType('Measurement', { description: 'One value of a success metric in one unit on one day.' })
export class MeasurementModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => ID, { description: 'The success metric.' })
  metricId: string;

  @Field(() => ID, { description: 'The pilot the metric belongs to.' })
  pilotId: string;

  /** Resolved to `unit` by a field resolver. */
  @Field(() => ID, { description: 'The unit.' })
  unitId: string;

  @Field({ description: 'Day of the value, YYYY-MM-DD (weekly values: any day of the week).' })
  date: string;

  @Field(() => Float, { description: 'The value, in the metric’s unit.' })
  value: number;

  @Field(() => MeasurementSourceEnum, { description: 'Entered by hand or imported.' })
  source: MeasurementSource;

  /** Resolved to `enteredBy` by a field resolver. */
  enteredById: string;

  @Field(() => Int, { description: 'Version for optimistic concurrency; corrections keep the old value in history.' })
  version: number;

  @Field({ description: 'When the value last changed.' })
  updatedAt: Date;
}

@ObjectType('MeasurementImport', { description: 'An uploaded measurement file and the progress of committing it.' })
export class MeasurementImportModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => ID, { description: 'The pilot.' })
  pilotId: string;

  @Field({ description: 'Name of the uploaded file.' })
  fileName: string;

  @Field(() => ImportFormatEnum, { description: 'CSV or XLSX.' })
  format: ImportFormat;

  @Field(() => ImportStatusEnum, { description: 'Uploaded, running, committed, failed or interrupted.' })
  status: ImportStatus;

  @Field(() => Int, { description: 'Data rows in the file.' })
  rowsTotal: number;

  @Field(() => Int, { description: 'Rows handled so far (for a progress bar).' })
  rowsProcessed: number;

  @Field(() => Int, { description: 'Rows that added or changed a value.' })
  rowsWritten: number;

  @Field(() => Int, { description: 'Rows whose value was already there (re-imports change nothing).' })
  rowsUnchanged: number;

  @Field(() => Int, { description: 'Invalid rows left out (import of valid rows only).' })
  rowsSkipped: number;

  @Field(() => String, { nullable: true, description: 'Why the import failed or was interrupted; nothing was written.' })
  failure: string | null;

  @Field({ description: 'When the file was uploaded.' })
  createdAt: Date;
}

@ObjectType('ImportColumnMapping', { description: 'Which file column holds each field.' })
export class ImportColumnMappingModel {
  @Field(() => String, { nullable: true, description: 'Column with the metric (name or catalog key).' })
  metric: string | null;

  @Field(() => String, { nullable: true, description: 'Column with the unit (name or code).' })
  unit: string | null;

  @Field(() => String, { nullable: true, description: 'Column with the date (YYYY-MM-DD).' })
  date: string | null;

  @Field(() => String, { nullable: true, description: 'Column with the value.' })
  value: string | null;
}

@ObjectType('ImportRowError', { description: 'Why one row of an import file cannot be imported.' })
export class ImportRowErrorModel {
  @Field(() => Int, { description: 'Line in the file (the header is line 1).' })
  line: number;

  @Field(() => String, { nullable: true, description: 'File column at fault, if one.' })
  column: string | null;

  @Field({ description: 'What is wrong, e.g. unknown unit, not a number, date out of range, duplicate.' })
  reason: string;
}

@ObjectType('ImportPreviewRow', { description: 'A valid row as it will be imported.' })
export class ImportPreviewRowModel {
  @Field(() => Int, { description: 'Line in the file.' })
  line: number;

  @Field({ description: 'Metric name.' })
  metric: string;

  @Field({ description: 'Unit name.' })
  unit: string;

  @Field({ description: 'Date, YYYY-MM-DD.' })
  date: string;

  @Field(() => Float, { description: 'Value.' })
  value: number;
}

@ObjectType('ImportPreview', { description: 'What committing an uploaded file would do, before anything is written.' })
export class ImportPreviewModel {
  @Field(() => MeasurementImportModel, { description: 'The upload.' })
  import: MeasurementImportModel;

  @Field(() => [String], { description: 'Column headers found in the file.' })
  columns: string[];

  @Field(() => ImportColumnMappingModel, { description: 'Mapping used (the one given, else guessed from the headers).' })
  mapping: ImportColumnMappingModel;

  @Field(() => Int, { description: 'Data rows in the file.' })
  rowsTotal: number;

  @Field(() => Int, { description: 'Rows that can be imported.' })
  validRows: number;

  @Field(() => Int, { description: 'Rows with at least one error.' })
  invalidRows: number;

  @Field(() => [ImportRowErrorModel], { description: 'Errors, first 200.' })
  errors: ImportRowErrorModel[];

  @Field(() => [ImportPreviewRowModel], { description: 'First valid rows, as they will be imported.' })
  sample: ImportPreviewRowModel[];
}
