import { Alert, Button, Group, Modal, Text } from '@mantine/core';
import { useState } from 'react';
import { useApiQuery } from '../../lib/use-api-query';
import { useIsAdmin } from '../../lib/use-is-admin';
import { CalendarImport } from '../../pages/calendar/CalendarImport';

interface Props {
  /** The date the page shows. */
  asOf: string;
  /** After a calendar was imported here: the page recomputes its deadlines. */
  onImported?(): void;
}

/**
 * The banner of 待办 and 考核 when the working calendar lacks a year the page needs (from 1 December the next year,
 * or the year of a date picked beyond the covered ones): it names the years and opens 导入日历 in place.
 */
export function CalendarCoverageBanner({ asOf, onImported }: Props) {
  const isAdmin = useIsAdmin();
  const [importing, setImporting] = useState(false);
  const [version, setVersion] = useState(0);
  const coverage = useApiQuery('calendar.coverage', { asOf }, String(version));
  const message = coverage.data?.message;
  if (!message) return null;
  return (
    <>
      <Alert color="orange" title="节假日安排未导入" className="no-print">
        <Group justify="space-between" align="center" wrap="nowrap" gap="md">
          <Text size="sm">
            {message}
            {isAdmin ? '' : '（请街道管理员导入）'}
          </Text>
          <Button size="xs" variant="filled" color="orange" onClick={() => setImporting(true)} style={{ flexShrink: 0 }}>
            导入日历
          </Button>
        </Group>
      </Alert>
      <Modal opened={importing} onClose={() => setImporting(false)} title={`导入日历（缺 ${coverage.data?.missingYears.join('、') ?? ''} 年）`} size="xl">
        <CalendarImport
          canEdit={isAdmin}
          onImported={() => {
            setVersion((v) => v + 1);
            onImported?.();
          }}
        />
      </Modal>
    </>
  );
}
