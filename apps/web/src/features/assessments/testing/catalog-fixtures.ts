import type { MockLink } from '@apollo/client/testing';
import { anId } from '../../../test/fixtures';
import { CatalogActivitiesQuery } from '../hooks/useCatalogActivities';

/** A catalog activity as pilots and lessons show it: unplaced and without RACI domains unless told. */
export function anActivity(name: string, capabilityName: string, design: { placement?: 'hub' | 'spoke' | 'shared'; raciDomains?: string[] } = {}) {
  return {
    __typename: 'Activity' as const,
    id: anId(),
    name,
    capabilityName,
    placement: design.placement ? { __typename: 'ActivityPlacement' as const, id: anId(), placement: design.placement } : null,
    raciDomains: (design.raciDomains ?? []).map((domainName) => ({ __typename: 'RaciDomain' as const, id: anId(), name: domainName })),
  };
}

/** The mocked catalog of a program: the activities under their capabilities, in the order given. */
export function catalogMock(programId: string, activities: readonly ReturnType<typeof anActivity>[]): MockLink.MockedResponse {
  const capabilityNames = [...new Set(activities.map((activity) => activity.capabilityName))];
  const capabilities = capabilityNames.map((name) => ({
    __typename: 'Capability' as const,
    id: anId(),
    name,
    activities: activities.filter((activity) => activity.capabilityName === name).map(({ id, name: activityName }) => ({ __typename: 'Activity' as const, id, name: activityName })),
  }));
  return {
    request: { query: CatalogActivitiesQuery, variables: { programId } },
    result: { data: { program: { __typename: 'Program', id: programId, assessment: { __typename: 'Assessment', id: programId, capabilities } } } },
    maxUsageCount: 5,
  };
}
