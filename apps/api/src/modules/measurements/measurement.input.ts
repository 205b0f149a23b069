import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';

@InputType('RecordMeasurementInput', { description: 'A value entered by hand; for an existing day it is a correction.' })
export class RecordMeasurementInput {
  @Field(() => ID, { description: 'The success metric.' })
  metricId: string;

  @Field(() => ID, { description: 'A pilot or comparison unit.' })
  unitId: string;

  @Field({ description: 'Day, YYYY-MM-DD.' })
  date: string;

  @Field(() => Float, { description: 'The value, in the metric’s unit.' })
  value: number;

  @Field(() => Int, { nullable: true, description: 'When correcting a day’s value: the version you saw (CONFLICT without it). Re-sending the same value needs none and changes nothing.' })
  expectedVersion?: number | null;
}

@InputType('ImportColumnMappingInput', { description: 'Which file column holds each field.' })
export class ImportColumnMappingInput {
  @Field({ description: 'Column with the metric (name or catalog key).' })
  metric: string;

  @Field({ description: 'Column with the unit (name or code).' })
  unit: string;

  @Field({ description: 'Column with the date (YYYY-MM-DD).' })
  date: string;

  @Field({ description: 'Column with the value.' })
  value: string;
}

@InputType('PreviewMeasurementImportInput', { description: 'Check an uploaded file against a column mapping.' })
export class PreviewMeasurementImportInput {
  @Field(() => ID, { description: 'The upload.' })
  importId: string;

  @Field(() => ImportColumnMappingInput, { nullable: true, description: 'Mapping; guessed from the headers when omitted.' })
  mapping?: ImportColumnMappingInput | null;
}

@InputType('CommitMeasurementImportInput', { description: 'Write an uploaded file’s values.' })
export class CommitMeasurementImportInput {
  @Field(() => ID, { description: 'The upload.' })
  importId: string;

  @Field(() => ImportColumnMappingInput, { nullable: true, description: 'Column mapping; when omitted, the one previewMeasurementImport answers without a mapping (guessed from the headers).' })
  mapping?: ImportColumnMappingInput | null;

  @Field({ description: 'Import the valid rows and skip the invalid ones; when false, any invalid row stops the import.' })
  onlyValidRows: boolean;
}
