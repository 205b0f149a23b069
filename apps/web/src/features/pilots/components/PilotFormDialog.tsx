import { useApolloClient } from '@apollo/client/react';
import { Modal, Text } from '@mantine/core';
import { isoWeekStart, shiftDays, type CreatePilotValues } from '@rollout/domain';
import { useNavigate } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { todayLocalDate } from '../../../shared/lib/format';
import { notifySuccess } from '../../../shared/lib/notify';
import { PilotQuery } from '../hooks/usePilot';
import { useCreatePilot, useUpdatePilot } from '../hooks/usePilotMutations';
import { PilotForm } from './PilotForm';
import { reloadOnConflict } from '../../../shared/lib/conflict';

export const PilotFormFieldsFragment = graphql(`
  fragment PilotFormFields on Pilot {
    id
    version
    programId
    status
    name
    hypothesis
    unitIds
    comparisonUnitIds
    startDate
    endDate
    steeringMemberIds
    activityIds
  }
`);

/** Next Monday: pilots run in whole weeks, and check-ins are weekly. */
export function nextMonday(today: string = todayLocalDate()): string {
  return isoWeekStart(shiftDays(today, 7));
}

export interface CreatePilotDialogProps {
  opened: boolean;
  programId: string;
  programUnitIds: readonly string[];
  onClose: () => void;
}

/** Creates a planned pilot in a program, then opens it to add success metrics. */
export function CreatePilotDialog({ opened, programId, programUnitIds, onClose }: CreatePilotDialogProps) {
  const [createPilot] = useCreatePilot();
  const navigate = useNavigate();

  const submit = async (values: CreatePilotValues) => {
    const id = await createPilot(values);
    notifySuccess(`${values.name} created. Add its success metrics next.`);
    onClose();
    void navigate(`/pilots/${id}`);
  };

  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={600}>New pilot</Text>} centered size="xl">
      {opened && (
        <PilotForm
          defaultValues={{
            programId,
            name: '',
            hypothesis: '',
            unitIds: [],
            comparisonUnitIds: [],
            startDate: nextMonday(),
            endDate: undefined,
            steeringMemberIds: [],
            activityIds: [],
          }}
          programUnitIds={programUnitIds}
          submitLabel="Create pilot"
          onSubmit={submit}
          onCancel={onClose}
        />
      )}
    </Modal>
  );
}

export interface EditPilotDialogProps {
  opened: boolean;
  pilot: FragmentType<typeof PilotFormFieldsFragment>;
  programUnitIds: readonly string[];
  onClose: () => void;
}

/** Edits a pilot's details; once it runs, its units and start date stay as they are. */
export function EditPilotDialog({ opened, pilot: pilotRef, programUnitIds, onClose }: EditPilotDialogProps) {
  const pilot = getFragmentData(PilotFormFieldsFragment, pilotRef);
  const [updatePilot] = useUpdatePilot();
  const client = useApolloClient();

  const submit = async (values: CreatePilotValues) => {
    const { programId: _programId, ...fields } = values;
    try {
      await updatePilot({ id: pilot.id, expectedVersion: pilot.version, ...fields });
    } catch (error) {
      // Load their change behind the dialog; saving again then applies these edits over it.
      await reloadOnConflict(error, () => client.refetchQueries({ include: [PilotQuery] }));
      throw error;
    }
    notifySuccess(`${values.name} saved.`);
    onClose();
  };

  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={600}>Edit {pilot.name}</Text>} centered size="xl">
      {opened && (
        <PilotForm
          defaultValues={{
            programId: pilot.programId,
            name: pilot.name,
            hypothesis: pilot.hypothesis,
            unitIds: [...pilot.unitIds],
            comparisonUnitIds: [...pilot.comparisonUnitIds],
            startDate: pilot.startDate,
            endDate: pilot.endDate,
            steeringMemberIds: [...pilot.steeringMemberIds],
            activityIds: [...pilot.activityIds],
          }}
          programUnitIds={programUnitIds}
          started={pilot.status !== 'planned'}
          submitLabel="Save changes"
          conflictMessage="Someone else changed this pilot while you were editing; the page now shows their version. Save again to apply your changes over theirs, or cancel to keep theirs."
          onSubmit={submit}
          onCancel={onClose}
        />
      )}
    </Modal>
  );
}
