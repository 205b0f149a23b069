import { Button, Modal, Text, type ButtonProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconTable } from '@tabler/icons-react';
import { MeasurementsTable, type MeasurementsTableProps } from './MeasurementsTable';

export interface MeasurementsButtonProps extends MeasurementsTableProps {
  variant?: ButtonProps['variant'];
  size?: ButtonProps['size'];
}

/** "Values" on a metric: opens its values per unit (add, correct, history) in a dialog. */
export function MeasurementsButton({ variant = 'subtle', size = 'xs', ...table }: MeasurementsButtonProps) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button variant={variant} size={size} leftSection={<IconTable size={14} />} onClick={open} aria-label={`Values of ${table.metric.name}`}>
        Values
      </Button>
      <Modal opened={opened} onClose={close} title={<Text fw={600}>{table.metric.name}: values</Text>} size="lg" centered>
        {opened && <MeasurementsTable {...table} />}
      </Modal>
    </>
  );
}
