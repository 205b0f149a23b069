import { TextInput, type TextInputProps } from '@mantine/core';
import { useState } from 'react';

export interface RenameFieldProps extends Omit<TextInputProps, 'value' | 'onChange' | 'onBlur' | 'onKeyDown'> {
  /** The saved name; the field follows it when it changes elsewhere. */
  name: string;
  /** Saves a changed name (trimmed, not empty); called on leaving the field or on Enter. Answers whether it saved. */
  onRename: (name: string) => Promise<boolean>;
  /** Text that may be cleared (a reason, a note): an emptied field is saved instead of going back. */
  allowEmpty?: boolean;
}

/** A name (or other one-line text) edited in place: saved when the field is left or Enter is pressed, and only when it changed. */
export function RenameField({ name, onRename, allowEmpty = false, ...props }: RenameFieldProps) {
  const [value, setValue] = useState(name);
  const [savedName, setSavedName] = useState(name);
  // What was last sent: Enter then leaving the field must not send the same rename twice.
  const [sent, setSent] = useState(name);
  // A rename saved here or by someone else: show the new name (adjusting state while rendering, not in an effect).
  if (savedName !== name) {
    setSavedName(name);
    setSent(name);
    setValue(name);
  }
  const commit = () => {
    const trimmed = value.trim();
    if (trimmed === '' && !allowEmpty) setValue(name);
    else if (trimmed !== sent) {
      setSent(trimmed);
      // A refused rename goes back to the saved name (the dialog says why); typing it again sends it again.
      void onRename(trimmed).then((saved) => {
        if (saved) return;
        setSent(name);
        setValue(name);
      });
    }
  };
  return (
    <TextInput
      {...props}
      value={value}
      onChange={(event) => setValue(event.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
      }}
    />
  );
}
