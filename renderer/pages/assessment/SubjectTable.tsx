import { Anchor, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import type { AssessmentRecord, AssessmentSubject } from '../../../shared/contract/assessment';
import { maskIdNumber } from '../../../shared/domain/id-number';
import { DataTable } from '../../components/DataTable';
import type { DataColumn } from '../../components/DataTable';
import { usePrinting } from '../../components/screen-print/printing-state';

const PAGE = 200;

function subjectHref(s: AssessmentSubject): string | null {
  if (s.kind === 'person' && s.personId !== null) return `#/person/${s.personId}`;
  if (s.householdId !== null) return `#/household/${s.householdId}`;
  return null;
}

const SUBJECT_COLUMNS: DataColumn<{ s: AssessmentSubject; at: number }>[] = [
  { header: '序号', w: 48, cell: ({ at }) => at + 1 },
  {
    header: '姓名 / 户主',
    cell: ({ s }) => {
      const href = subjectHref(s);
      return (
        <>
          {href ? <Anchor href={href}>{s.name}</Anchor> : s.name}
          {s.kind === 'household' && (
            <Text span size="xs" c="dimmed">
              {' '}
              （户）
            </Text>
          )}
        </>
      );
    },
  },
  { header: '身份证号码 / 户编号', mono: true, cell: ({ s }) => (s.kind === 'person' ? maskIdNumber(s.key) : s.key) },
  { header: '原因', cell: ({ s }) => <Text size="sm">{s.reason}</Text> },
];

/** The persons or households behind an item (or pending): name linking to the page, masked 身份证号码 or 户编号, reason. */
export function SubjectTable({ label, subjects, empty }: { label: string; subjects: readonly AssessmentSubject[]; empty: string }) {
  const [paged, setShown] = useState(PAGE);
  // A printout lists every subject, not the 200 shown at a time.
  const shown = usePrinting() ? subjects.length : paged;
  if (subjects.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  }
  return (
    <>
      <DataTable
        aria-label={label}
        verticalSpacing={4}
        highlightOnHover={false}
        rows={subjects.slice(0, shown).map((s, at) => ({ s, at }))}
        rowKey={({ s, at }) => `${at}-${s.kind}-${s.personId ?? s.householdId}`}
        columns={SUBJECT_COLUMNS}
      />
      {subjects.length > shown && (
        <Group justify="center">
          <Button variant="subtle" size="compact-sm" onClick={() => setShown((n) => n + PAGE)}>
            再显示 {Math.min(PAGE, subjects.length - shown)} 条（共 {subjects.length} 条）
          </Button>
        </Group>
      )}
    </>
  );
}

/** Complaints and communities behind an item (a valid complaint, a community that did not pass). */
export function RecordTable({ records, communityHref }: { records: readonly AssessmentRecord[]; communityHref(id: number): string | null }) {
  if (records.length === 0) return null;
  return (
    <DataTable
      aria-label="相关记录"
      verticalSpacing={4}
      highlightOnHover={false}
      rows={records}
      rowKey={(r) => `${r.kind}-${r.id}`}
      columns={[
        { header: '类别', cell: (r) => (r.kind === 'complaint' ? '投诉' : '社区') },
        { header: '编号', mono: true, cell: (r) => r.key },
        {
          header: '名称 / 内容',
          cell: (r) => {
            const href = r.kind === 'community' ? communityHref(r.id) : '#/complaints';
            return href ? <Anchor href={href}>{r.name}</Anchor> : r.name;
          },
        },
        { header: '日期', cell: (r) => r.date ?? '' },
        {
          header: '状态',
          cell: (r) => (
            <Text size="sm" c={r.status === 'failing' ? 'red.8' : 'yellow.8'}>
              {r.status === 'failing' ? '不达标' : '待定'}
            </Text>
          ),
        },
        { header: '原因', cell: (r) => r.reason },
      ]}
    />
  );
}
