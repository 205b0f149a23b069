import { Button, Group } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react';
import { ImportMeasurementsButton } from './ImportMeasurementsDialog';

export interface MeasurementFilesProps {
  pilotId: string;
  canImport: boolean;
  /** Why the import is closed (e.g. the pilot is decided and not rolled out); null when open. */
  importClosedReason?: string | null;
}

/** Downloads of a pilot's values (its units and, once rolled out, its wave units), and the import for those who manage it. */
export function MeasurementFiles({ pilotId, canImport, importClosedReason = null }: MeasurementFilesProps) {
  return (
    <Group gap="xs">
      <Button component="a" href={`/api/pilots/${pilotId}/measurements.csv`} download variant="default" size="xs" leftSection={<IconFileTypeCsv size={14} />}>
        Download CSV
      </Button>
      <Button component="a" href={`/api/pilots/${pilotId}/measurements.xlsx`} download variant="default" size="xs" leftSection={<IconFileSpreadsheet size={14} />}>
        Download Excel
      </Button>
      {canImport && <ImportMeasurementsButton pilotId={pilotId} size="xs" disabledReason={importClosedReason} />}
    </Group>
  );
}
