import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { call } from '../../lib/api';
import { useCanReveal } from '../../lib/auth';
import { messageOf } from '../../lib/field-errors';

/** A masked ID or phone number with 显示 for the users allowed; every reveal is recorded in the audit trail. */
export function RevealField({ personId, field, masked, label, prefix = '' }: { personId: number; field: 'idNumber' | 'phone'; masked: string | null; label: string; prefix?: string }) {
  const canReveal = useCanReveal();
  const [shown, setShown] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  if (masked === null) return <Text>{prefix}—</Text>;
  async function reveal() {
    try {
      setShown((await call('persons.reveal', { personId, field })).value ?? '');
    } catch (error) {
      setFailure(messageOf(error));
    }
  }
  return (
    <Group gap={4} wrap="nowrap">
      <Text ff={field === 'idNumber' ? 'monospace' : undefined} aria-label={label}>
        {prefix}
        {shown ?? masked}
      </Text>
      {canReveal && shown === null && (
        <Button size="compact-xs" variant="subtle" onClick={() => void reveal()} aria-label={`显示完整${label}`} title="显示完整号码（会记入审计日志）">
          显示
        </Button>
      )}
      {shown !== null && (
        <Button size="compact-xs" variant="subtle" onClick={() => setShown(null)} aria-label={`隐藏${label}`}>
          隐藏
        </Button>
      )}
      {failure && (
        <Text c="red" size="xs">
          {failure}
        </Text>
      )}
    </Group>
  );
}
