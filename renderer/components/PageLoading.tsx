import { Alert, Center, Loader } from '@mantine/core';

/** What a record's page shows before its record arrives: the error if the read failed, else a spinner. */
export function PageLoading({ error }: { error: { message: string } | null }) {
  if (error) return <Alert color="red">{error.message}</Alert>;
  return (
    <Center py="xl">
      <Loader aria-label="正在载入" />
    </Center>
  );
}
