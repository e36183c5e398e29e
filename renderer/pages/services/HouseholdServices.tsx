import { Alert, Button, Group, Kbd, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { ServiceRecord } from '../../../shared/contract/services';
import { useCanWrite } from '../../lib/auth';
import { useApiQuery } from '../../lib/use-api-query';
import { VoidRecordModal } from '../corrections/VoidRecordModal';
import { chineseDate } from '../registry/labels';
import { SERVICE_KIND_LABEL } from './service-kinds';
import { ServiceModal } from './ServiceModal';
import { ServicesTable } from './ServicesTable';
import { SERVICE_HOTKEY, useServiceHotkey } from './use-service-hotkey';

interface Props {
  householdId: number;
  householdNumber: string;
}

/** 本户服务记录 on the household page: the services given to the household as a whole, and 为本户记录服务 (button or S). */
export function HouseholdServices({ householdId, householdNumber }: Props) {
  const [open, setOpen] = useState(false);
  const [voiding, setVoiding] = useState<ServiceRecord | null>(null);
  const canWrite = useCanWrite();
  const [tick, setTick] = useState(0);
  const services = useApiQuery('services.listForHousehold', { householdId }, String(tick));
  useServiceHotkey(() => setOpen(true));
  const records = services.data ?? [];
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={5}>本户服务记录</Title>
        <Button variant="default" onClick={() => setOpen(true)} rightSection={<Kbd size="xs">{SERVICE_HOTKEY}</Kbd>}>
          为本户记录服务
        </Button>
      </Group>
      {services.error && <Alert color="red">{services.error.message}</Alert>}
      {!services.loading && !services.error && records.length === 0 && (
        <Text c="dimmed" size="sm">
          还没有以户为对象的服务记录（成员本人的服务记在各自的人员页上）。
        </Text>
      )}
      {records.length > 0 && <ServicesTable records={records} onDecide={null} onVoid={canWrite ? setVoiding : null} />}
      {voiding && (
        <VoidRecordModal
          entity="service_record"
          id={voiding.id}
          owner={`户 ${householdNumber}`}
          summary={[chineseDate(voiding.date), SERVICE_KIND_LABEL[voiding.kind], voiding.content].filter(Boolean).join('，')}
          onClose={() => setVoiding(null)}
          onSaved={() => {
            setVoiding(null);
            setTick((t) => t + 1);
          }}
          onRefresh={() => {
            setVoiding(null);
            setTick((t) => t + 1);
          }}
        />
      )}
      {open && (
        <ServiceModal
          subject={{ householdId }}
          subjectName={`户 ${householdNumber}`}
          dates={{ birthDate: null, archivedOn: null }}
          onClose={() => setOpen(false)}
          onSaved={() => {
            setOpen(false);
            setTick((t) => t + 1);
          }}
        />
      )}
    </Stack>
  );
}
