import { Alert, Button, Group, Text } from '@mantine/core';
import { ApiCallError } from '../lib/api';
import { messageOf } from '../lib/field-errors';

export interface Failure {
  /** Null when the message already stands under its field (only the way on is shown here). */
  message: string | null;
  /** Someone saved first (a stale version): the page must be refreshed before saving again. */
  stale: boolean;
  /** A duplicate ID number: the person already registered. */
  existingPersonId: number | null;
}

export function failureOf(error: unknown): Failure {
  const api = error instanceof ApiCallError ? error.error : null;
  const existing = api?.details?.existingPersonId;
  const existingPersonId = typeof existing === 'number' ? existing : null;
  // A conflict naming a field is a business rule (an overlap, a duplicate); one without is someone else's save.
  const onField = (api?.details?.fields?.length ?? 0) > 0;
  return { message: messageOf(error), stale: api?.code === 'CONFLICT' && existingPersonId === null && !onField, existingPersonId };
}

/** A save that failed: the message, with 刷新 for a version conflict and a link to an already registered person. */
export function FailureAlert({ failure, onRefresh }: { failure: Failure; onRefresh?: () => void }) {
  return (
    <Alert color={failure.stale ? 'yellow' : 'red'} title={failure.stale ? '数据已被他人修改' : undefined}>
      {failure.message !== null && <Text size="sm">{failure.message}</Text>}
      <Group mt={failure.message === null ? 0 : 'xs'} gap="xs">
        {failure.stale && onRefresh && (
          <Button size="compact-sm" variant="light" onClick={onRefresh}>
            刷新
          </Button>
        )}
        {failure.existingPersonId !== null && (
          <Button component="a" size="compact-sm" variant="light" href={`#/person/${failure.existingPersonId}`}>
            打开已登记的人员
          </Button>
        )}
      </Group>
    </Alert>
  );
}
