import { NumberInput, type NumberInputProps } from '@mantine/core';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

export interface NumberFieldProps<Values extends FieldValues> extends Omit<NumberInputProps, 'value' | 'onChange' | 'onBlur' | 'name'> {
  control: Control<Values>;
  name: FieldPath<Values>;
}

/** A form's optional number: an empty or unreadable entry is held as null, never as '' or NaN. */
export function NumberField<Values extends FieldValues>({ control, name, ...props }: NumberFieldProps<Values>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <NumberInput
          {...props}
          value={field.value ?? ''}
          onChange={(value) => field.onChange(typeof value === 'number' && Number.isFinite(value) ? value : null)}
          onBlur={field.onBlur}
        />
      )}
    />
  );
}
