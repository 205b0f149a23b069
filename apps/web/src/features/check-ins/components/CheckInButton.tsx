import { Button, Modal, Text, type ButtonProps } from '@mantine/core';
import { weekStart as weekStartOf, type RagStatus } from '@rollout/domain';
import { IconCalendarCheck, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { formatLocalDate, todayLocalDate } from '../../../shared/lib/format';
import type { ExistingCheckIn } from './check-in-conflict';
import { CheckInForm } from './CheckInForm';

export interface CheckInButtonProps {
  pilotId: string;
  unitId: string;
  unitName: string;
  /** Monday of the week the check-in is for; this week when omitted. */
  weekStart?: string;
  /** Status of the unit's latest check-in before this week: a change of status needs commentary. */
  previousStatus?: RagStatus | null;
  /** This week's check-in, when there is one: the button then updates it. */
  existing?: ExistingCheckIn | null;
  size?: ButtonProps['size'];
}

/**
 * The weekly check-in of one pilot unit: a button that opens the form (RAG status, confidence,
 * highlights, blockers, asks for help, commentary). Shown only to people who may report the unit.
 */
export function CheckInButton({ pilotId, unitId, unitName, weekStart, previousStatus = null, existing = null, size = 'xs' }: CheckInButtonProps) {
  const [opened, setOpened] = useState(false);
  const week = weekStart ?? weekStartOf(todayLocalDate());
  const updating = existing !== null;
  return (
    <>
      <Button
        size={size}
        variant={updating ? 'default' : 'filled'}
        leftSection={updating ? <IconPencil size={14} /> : <IconCalendarCheck size={14} />}
        aria-label={updating ? `Update the check-in for ${unitName}` : `Check in for ${unitName}`}
        onClick={() => setOpened(true)}
      >
        {updating ? 'Update' : 'Check in'}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={
          <div>
            <Text fw={600}>
              {updating ? 'Update check-in' : 'Check in'}: {unitName}
            </Text>
            <Text size="xs" c="dimmed">
              Week of {formatLocalDate(week)}
            </Text>
          </div>
        }
        centered
        size="lg"
      >
        {/* Mounted only while open, so every opening starts from the latest saved check-in. */}
        {opened && (
          <CheckInForm
            pilotId={pilotId}
            unitId={unitId}
            unitName={unitName}
            week={week}
            previousStatus={previousStatus}
            existing={existing}
            onClose={() => setOpened(false)}
          />
        )}
      </Modal>
    </>
  );
}
