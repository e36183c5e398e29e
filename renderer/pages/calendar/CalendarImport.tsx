import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { CalendarImportResult } from '../../../shared/contract/calendar';
import { DataTable } from '../../components/DataTable';
import { call, pickFileForImport } from '../../lib/api';
import { messageOf } from '../../lib/field-errors';

const CALENDAR_FILES = [{ name: '日历文件（CSV 或 JSON）', extensions: ['csv', 'json'] }];

type Step = { kind: 'idle' } | { kind: 'working' } | { kind: 'result'; result: CalendarImportResult } | { kind: 'failed'; message: string };

interface Props {
  canEdit: boolean;
  onImported(lastYear: number): void;
}

function ProblemsTable({ result }: { result: Extract<CalendarImportResult, { ok: false }> }) {
  return (
    <DataTable
      aria-label="日历文件错误"
      highlightOnHover={false}
      rows={result.problems.map((p, i) => ({ ...p, i }))}
      rowKey={(p) => `${p.line ?? 'file'}-${p.i}`}
      columns={[
        { header: '行', w: 96, cell: (p) => (p.line === null ? '整个文件' : `第 ${p.line} 行`) },
        { header: '字段', w: 90, cell: (p) => p.field ?? '' },
        { header: '问题', cell: (p) => p.message },
      ]}
    />
  );
}

/** 导入日历文件: pick a CSV/JSON calendar file; either every line is good and its years are written, or nothing is. */
export function CalendarImport({ canEdit, onImported }: Props) {
  const [step, setStep] = useState<Step>({ kind: 'idle' });

  async function choose() {
    try {
      setStep({ kind: 'working' });
      const file = await pickFileForImport('选择日历文件', CALENDAR_FILES);
      if (!file) return setStep({ kind: 'idle' });
      const result = await call('calendar.import', { file: file.ref });
      setStep({ kind: 'result', result });
      if (result.ok) onImported(result.coverage.lastYear);
    } catch (error) {
      setStep({ kind: 'failed', message: messageOf(error) });
    }
  }

  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-start">
        <Text size="sm" c="dimmed" maw={720}>
          市人社局下发的日历文件（UTF-8）：CSV 表头为“日期,类型,名称”，每行一天，类型为“放假”或“上班”（调休上班只能是周六、周日），如 <code>2027-02-06,上班,春节调休上班</code>；或 JSON
          {' { "year": 2027, "days": [ { "date", "kind": "holiday"|"workday", "name" } ] }'}。文件须包含整年的安排，导入后替换这些年份原有的安排。
        </Text>
        <Button onClick={choose} loading={step.kind === 'working'} disabled={!canEdit} title={canEdit ? undefined : '只有街道管理员可以导入'}>
          导入日历文件…
        </Button>
      </Group>
      {step.kind === 'failed' && (
        <Alert color="red" title="未导入">
          {step.message}
        </Alert>
      )}
      {step.kind === 'result' && step.result.ok && (
        <Alert color="green" title={`已导入“${step.result.fileName}”`} withCloseButton onClose={() => setStep({ kind: 'idle' })}>
          {step.result.years.join('、')} 年：放假 {step.result.holidays} 天，调休上班 {step.result.workdays} 天
          {step.result.replaced > 0 ? `，替换原有 ${step.result.replaced} 条` : ''}。日历现覆盖 {step.result.coverage.firstYear}–{step.result.coverage.lastYear} 年。
        </Alert>
      )}
      {step.kind === 'result' && !step.result.ok && (
        <Stack gap="xs">
          <Alert color="red" title={`“${step.result.fileName}”有 ${step.result.problems.length} 个问题，未写入任何数据`} withCloseButton onClose={() => setStep({ kind: 'idle' })}>
            请按下表逐条改正后重新导入。
          </Alert>
          <ProblemsTable result={step.result} />
        </Stack>
      )}
    </Stack>
  );
}
