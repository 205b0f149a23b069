import { useMutation, useQuery } from '@apollo/client/react';
import { getFragmentData, graphql } from '../../../gql';
import { RecordHistoryQuery } from '../../history/hooks/useRecordHistory';

/** The whole matrix: every RACI mutation answers with it, so the cache (and the validation shown) follows each change. */
export const RaciMatrixFields = graphql(`
  fragment RaciMatrixFields on Raci {
    id
    version
    final
    markedFinalAt
    markedFinalBy {
      id
      name
    }
    domains {
      id
      name
      activityId
      version
      activity {
        id
        name
      }
    }
    roles {
      id
      name
      side
      version
    }
    cells {
      id
      domainId
      roleId
      value
      version
    }
    validation {
      errors {
        domainId
        kind
        sentence
      }
      warnings {
        key
        domainId
        kind
        sentence
        acknowledged
      }
    }
  }
`);

export const RaciQuery = graphql(`
  query Raci($id: ID!) {
    program(id: $id) {
      id
      viewerCanManageRaci
      raci {
        ...RaciMatrixFields
      }
    }
  }
`);

export const SetRaciCellMutation = graphql(`
  mutation SetRaciCell($input: SetRaciCellInput!) {
    setRaciCell(input: $input) {
      ...RaciMatrixFields
    }
  }
`);

export const AddRaciDomainMutation = graphql(`
  mutation AddRaciDomain($input: AddRaciDomainInput!) {
    addRaciDomain(input: $input) {
      ...RaciMatrixFields
    }
  }
`);

export const RenameRaciDomainMutation = graphql(`
  mutation RenameRaciDomain($input: RenameRaciItemInput!) {
    renameRaciDomain(input: $input) {
      ...RaciMatrixFields
    }
  }
`);

export const LinkRaciDomainMutation = graphql(`
  mutation LinkRaciDomain($input: LinkRaciDomainInput!) {
    linkRaciDomain(input: $input) {
      ...RaciMatrixFields
    }
  }
`);

export const RemoveRaciDomainMutation = graphql(`
  mutation RemoveRaciDomain($input: RemoveRaciItemInput!) {
    removeRaciDomain(input: $input) {
      ...RaciMatrixFields
    }
  }
`);

export const AddRaciRoleMutation = graphql(`
  mutation AddRaciRole($input: AddRaciRoleInput!) {
    addRaciRole(input: $input) {
      ...RaciMatrixFields
    }
  }
`);

export const RenameRaciRoleMutation = graphql(`
  mutation RenameRaciRole($input: RenameRaciItemInput!) {
    renameRaciRole(input: $input) {
      ...RaciMatrixFields
    }
  }
`);

export const SetRaciRoleSideMutation = graphql(`
  mutation SetRaciRoleSide($input: SetRaciRoleSideInput!) {
    setRaciRoleSide(input: $input) {
      ...RaciMatrixFields
    }
  }
`);

export const RemoveRaciRoleMutation = graphql(`
  mutation RemoveRaciRole($input: RemoveRaciItemInput!) {
    removeRaciRole(input: $input) {
      ...RaciMatrixFields
    }
  }
`);

export const MarkRaciFinalMutation = graphql(`
  mutation MarkRaciFinal($input: MarkRaciFinalInput!) {
    markRaciFinal(input: $input) {
      ...RaciMatrixFields
    }
  }
`);

export const ReopenRaciMutation = graphql(`
  mutation ReopenRaci($input: ReopenRaciInput!) {
    reopenRaci(input: $input) {
      ...RaciMatrixFields
    }
  }
`);

/** The program's RACI (unmasked) and whether the signed-in user may change it. */
export function useRaci(programId: string) {
  const query = useQuery(RaciQuery, { variables: { id: programId } });
  const program = query.data?.program;
  return { ...query, raci: program ? getFragmentData(RaciMatrixFields, program.raci) : undefined, canManage: program?.viewerCanManageRaci ?? false };
}

export type RaciMatrix = NonNullable<ReturnType<typeof useRaci>['raci']>;
export type RaciDomainRow = RaciMatrix['domains'][number];
export type RaciRoleColumn = RaciMatrix['roles'][number];

// Each answer carries the whole matrix; the history panel and the design's sign-off (whose
// blockers follow the RACI) learn of the change by a refetch.
const withHistory = { refetchQueries: [RecordHistoryQuery, 'DesignVersions'] };

/** Every change to a RACI, each answering with the matrix. */
export function useRaciEditing() {
  const [setCell] = useMutation(SetRaciCellMutation, withHistory);
  const [addDomain] = useMutation(AddRaciDomainMutation, withHistory);
  const [renameDomain] = useMutation(RenameRaciDomainMutation, withHistory);
  const [linkDomain] = useMutation(LinkRaciDomainMutation, withHistory);
  const [removeDomain, { loading: removingDomain }] = useMutation(RemoveRaciDomainMutation, withHistory);
  const [addRole] = useMutation(AddRaciRoleMutation, withHistory);
  const [renameRole] = useMutation(RenameRaciRoleMutation, withHistory);
  const [setRoleSide] = useMutation(SetRaciRoleSideMutation, withHistory);
  const [removeRole, { loading: removingRole }] = useMutation(RemoveRaciRoleMutation, withHistory);
  const [markFinal, { loading: marking }] = useMutation(MarkRaciFinalMutation, withHistory);
  const [reopen, { loading: reopening }] = useMutation(ReopenRaciMutation, withHistory);
  return { setCell, addDomain, renameDomain, linkDomain, removeDomain, addRole, renameRole, setRoleSide, removeRole, markFinal, reopen, removing: removingDomain || removingRole, marking, reopening };
}
