import { Button, Group, TextInput, type GroupProps } from '@mantine/core';
import { useState } from 'react';

export interface AddNameFieldProps extends Omit<GroupProps, 'children'> {
  /** Names the field for assistive technology ("New activity under Data & insights"). */
  label: string;
  placeholder: string;
  /** Adds the trimmed name; answers whether it was added (the field then empties). */
  onAdd: (name: string) => Promise<boolean>;
}

/** A field and an Add button that add a named item to a list (on Enter too); it empties once the item is added. */
export function AddNameField({ label, placeholder, onAdd, ...groupProps }: AddNameFieldProps) {
  const [name, setName] = useState('');
  const [adding, setAdding] = useState(false);
  const add = async () => {
    setAdding(true);
    if (await onAdd(name.trim())) setName('');
    setAdding(false);
  };
  return (
    <Group gap="xs" wrap="nowrap" {...groupProps}>
      <TextInput
        flex={1}
        size="sm"
        aria-label={label}
        placeholder={placeholder}
        value={name}
        onChange={(event) => setName(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') void add();
        }}
      />
      <Button size="sm" variant="light" loading={adding} disabled={name.trim() === ''} onClick={() => void add()}>
        Add
      </Button>
    </Group>
  );
}
