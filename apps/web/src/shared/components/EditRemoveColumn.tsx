import { ActionIcon, Group, VisuallyHidden } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import type { ResponsiveColumn } from './ResponsiveTable';

export interface EditRemoveColumnOptions<Row> {
  /** How the buttons name the row to assistive technology: "Edit <name>", "Remove <name>". */
  nameOf: (row: Row) => string;
  onEdit: (row: Row) => void;
  onRemove: (row: Row) => void;
}

/** The last column of a list its reader may change: edit and remove buttons, at the bottom right of a card on a phone. */
export function editRemoveColumn<Row>({ nameOf, onEdit, onRemove }: EditRemoveColumnOptions<Row>): ResponsiveColumn<Row> {
  return {
    key: 'actions',
    header: <VisuallyHidden>Actions</VisuallyHidden>,
    cardLabel: 'Actions',
    cardRole: 'actions',
    render: (row) => (
      <Group gap={4} wrap="nowrap" justify="flex-end">
        <ActionIcon variant="subtle" aria-label={`Edit ${nameOf(row)}`} onClick={() => onEdit(row)}>
          <IconPencil size={18} />
        </ActionIcon>
        <ActionIcon variant="subtle" color="red" aria-label={`Remove ${nameOf(row)}`} onClick={() => onRemove(row)}>
          <IconTrash size={18} />
        </ActionIcon>
      </Group>
    ),
  };
}
