import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { AssessmentRecord, AssessmentSubject } from '../../../shared/contract/assessment';
import { maskIdNumber } from '../../../shared/domain/id-number';
import { usePrinting } from '../../components/screen-print/printing-state';

const PAGE = 200;

function subjectHref(s: AssessmentSubject): string | null {
  if (s.kind === 'person' && s.personId !== null) return `#/person/${s.personId}`;
  if (s.householdId !== null) return `#/household/${s.householdId}`;
  return null;
}

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
      <Table striped withTableBorder aria-label={label} verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={48}>序号</Table.Th>
            <Table.Th>姓名 / 户主</Table.Th>
            <Table.Th>身份证号码 / 户编号</Table.Th>
            <Table.Th>原因</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {subjects.slice(0, shown).map((s, at) => {
            const href = subjectHref(s);
            return (
              <Table.Tr key={`${at}-${s.kind}-${s.personId ?? s.householdId}`}>
                <Table.Td>{at + 1}</Table.Td>
                <Table.Td>
                  {href ? <Anchor href={href}>{s.name}</Anchor> : s.name}
                  {s.kind === 'household' && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      （户）
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ff="monospace">{s.kind === 'person' ? maskIdNumber(s.key) : s.key}</Table.Td>
                <Table.Td>
                  <Text size="sm">{s.reason}</Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
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
    <Table striped withTableBorder aria-label="相关记录" verticalSpacing={4}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>类别</Table.Th>
          <Table.Th>编号</Table.Th>
          <Table.Th>名称 / 内容</Table.Th>
          <Table.Th>日期</Table.Th>
          <Table.Th>状态</Table.Th>
          <Table.Th>原因</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {records.map((r) => {
          const href = r.kind === 'community' ? communityHref(r.id) : '#/complaints';
          return (
            <Table.Tr key={`${r.kind}-${r.id}`}>
              <Table.Td>{r.kind === 'complaint' ? '投诉' : '社区'}</Table.Td>
              <Table.Td ff="monospace">{r.key}</Table.Td>
              <Table.Td>{href ? <Anchor href={href}>{r.name}</Anchor> : r.name}</Table.Td>
              <Table.Td>{r.date ?? ''}</Table.Td>
              <Table.Td>
                <Text size="sm" c={r.status === 'failing' ? 'red.8' : 'yellow.8'}>
                  {r.status === 'failing' ? '不达标' : '待定'}
                </Text>
              </Table.Td>
              <Table.Td>{r.reason}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
