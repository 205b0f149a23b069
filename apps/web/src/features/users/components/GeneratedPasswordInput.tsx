import { ActionIcon, Button, CopyButton, Group, PasswordInput, Stack, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy, IconWand } from '@tabler/icons-react';
import { useState, type Ref } from 'react';
import type { PasswordOwner } from '@rollout/domain/passwords';
import { PasswordStrengthMeter } from '../../../shared/components/PasswordStrengthMeter';
import { generatePassphrase } from '../../../shared/lib/passphrase';

export interface GeneratedPasswordInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  name?: string;
  inputRef?: Ref<HTMLInputElement>;
  error?: string;
  description?: string;
  /** Whose password it is, for the strength meter (their email and name are refused). */
  owner?: PasswordOwner;
}

/**
 * A password an admin sets for someone else: typed, or a strong random passphrase from "Generate",
 * shown in clear text so it can be copied and passed on.
 */
export function GeneratedPasswordInput({
  label,
  value,
  onChange,
  onBlur,
  name,
  inputRef,
  error,
  description = 'At least 12 characters, hard to guess, without their email or name. Share it with the person safely, not in the same message as their email.',
  owner,
}: GeneratedPasswordInputProps) {
  const [visible, setVisible] = useState(false);

  return (
    <Stack gap={6}>
      <PasswordInput
          label={label}
          description={description}
          required
          autoComplete="new-password"
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
          onBlur={onBlur}
          name={name}
          ref={inputRef}
          error={error}
          visible={visible}
          onVisibilityChange={setVisible}
          styles={{ innerInput: { fontFamily: visible ? 'var(--mantine-font-family-monospace)' : undefined } }}
          inputContainer={(input) => (
            <Group gap="xs" wrap="nowrap" align="center">
              <div style={{ flex: 1 }}>{input}</div>
              <Button
                variant="default"
                leftSection={<IconWand size={16} />}
                onClick={() => {
                  onChange(generatePassphrase());
                  setVisible(true);
                }}
              >
                Generate
              </Button>
              <CopyButton value={value} timeout={2000}>
                {({ copied, copy }) => (
                  <Tooltip label={copied ? 'Copied' : 'Copy password'} withArrow position="top">
                    <ActionIcon
                      variant={copied ? 'light' : 'default'}
                      color={copied ? 'teal' : undefined}
                      size={36}
                      aria-label={copied ? 'Password copied' : 'Copy password'}
                      onClick={copy}
                      disabled={value === ''}
                    >
                      {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                    </ActionIcon>
                  </Tooltip>
                )}
              </CopyButton>
            </Group>
          )}
      />
      <PasswordStrengthMeter password={value} owner={owner} />
    </Stack>
  );
}
