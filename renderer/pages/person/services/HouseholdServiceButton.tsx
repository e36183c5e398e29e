import { Button, Kbd } from '@mantine/core';
import { useState } from 'react';
import { ServiceModal } from './ServiceModal';
import { SERVICE_HOTKEY, useServiceHotkey } from './use-service-hotkey';

interface Props {
  householdId: number;
  householdNumber: string;
}

/** 为本户记录服务 (button or S) on the household page: the same quick entry, for the household as a whole. */
export function HouseholdServiceButton({ householdId, householdNumber }: Props) {
  const [open, setOpen] = useState(false);
  useServiceHotkey(() => setOpen(true));
  return (
    <>
      <Button variant="default" onClick={() => setOpen(true)} rightSection={<Kbd size="xs">{SERVICE_HOTKEY}</Kbd>}>
        为本户记录服务
      </Button>
      {open && (
        <ServiceModal
          subject={{ householdId }}
          subjectName={`户 ${householdNumber}`}
          dates={{ birthDate: null, archivedOn: null }}
          onClose={() => setOpen(false)}
          onSaved={() => setOpen(false)}
        />
      )}
    </>
  );
}
