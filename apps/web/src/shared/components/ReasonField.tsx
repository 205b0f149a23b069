import { Text, Textarea, type MantineColor, type TextareaProps } from '@mantine/core';
import { MIN_COMMENTARY_LENGTH } from '@rollout/domain';
import type { Ref } from 'react';

export interface ReasonFieldProps extends Omit<TextareaProps, 'required' | 'withAsterisk'> {
  /** Whether a reason is needed now (e.g. an amber status, a decision against the recommendation). */
  needed: boolean;
  /** The hint's colour while a reason is needed. */
  accent: MantineColor;
  /** Characters typed so far (trimmed), counted against the minimum while a reason is needed. */
  length: number;
  ref?: Ref<HTMLTextAreaElement>;
}

/**
 * A free-text "why" that the domain asks for only in some cases: then it is marked, its hint takes
 * the accent colour and a counter shows how far the text is from the minimum. The error, once
 * shown, replaces the hint: both say the same.
 */
export function ReasonField({ needed, accent, length, description, error, ...props }: ReasonFieldProps) {
  return (
    <>
      <Textarea
        autosize
        {...props}
        withAsterisk={needed}
        description={error ? undefined : description}
        error={error}
        styles={needed ? { description: { color: `var(--mantine-color-${accent}-8)` } } : undefined}
      />
      {needed && (
        <Text size="xs" c="dimmed" ta="right" mt={-8}>
          {length}/{MIN_COMMENTARY_LENGTH}+ characters
        </Text>
      )}
    </>
  );
}
