import { Center, Loader } from '@mantine/core';

export function FullPageLoader() {
  return (
    <Center h="100vh" aria-busy="true" aria-label="Loading">
      <Loader size="md" />
    </Center>
  );
}
