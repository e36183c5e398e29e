import { Alert, Anchor, Badge, Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useApiQuery } from '../../lib/use-api-query';
import { DataTable } from '../../components/DataTable';
import { FrozenBadge } from '../exchange/FrozenYearNotice';
import { useFrozenYears } from '../exchange/use-frozen-years';
import { comparePath, savedPath } from './assessment-route';
import { dateTimeText, OVERALL_COLOR, OVERALL_LABEL, scoreText, standardLabel, starsText } from './assessment-format';
import { dateText, periodText } from '../../../shared/domain/date-text';

/** 历史考核: the saved (frozen) assessments, newest first; pick two to compare side by side. */
export function SavedList({ navigate }: { navigate(path: string): void }) {
  const list = useApiQuery('assessment.listSaved', {});
  const [picked, setPicked] = useState<number[]>([]);
  const frozenRuns = new Set(useFrozenYears().map((f) => f.assessmentId));
  const toggle = (id: number) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p.slice(-1), id]));
  const rows = list.data ?? [];
  const [a, b] = [...picked].sort((x, y) => x - y);
  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          保存的考核结果不再随数据变化。勾选两次结果后可以对比（左边为较早保存的一次）。
        </Text>
        <Button disabled={a === undefined || b === undefined} onClick={() => a !== undefined && b !== undefined && navigate(comparePath(a, b))}>
          对比所选两次{picked.length > 0 ? `（已选 ${picked.length}）` : ''}
        </Button>
      </Group>
      {list.error && <Alert color="red">{list.error.message}</Alert>}
      {rows.length > 0 && (
        <DataTable aria-label="历史考核" verticalSpacing={4} rows={rows} rowKey={(s) => s.id}
          columns={[
            {
              header: '对比',
              w: 40,
              cell: (s) => <Checkbox checked={picked.includes(s.id)} onChange={() => toggle(s.id)} aria-label={`选择 ${dateTimeText(s.savedAt)} 保存的考核结果用于对比`} />,
            },
            {
              header: '保存时间',
              cell: (s) => (
                <Anchor href={`#${savedPath(s.id)}`} style={{ whiteSpace: 'nowrap' }}>
                  {dateTimeText(s.savedAt)}
                </Anchor>
              ),
            },
            { header: '考核标准', cell: (s) => standardLabel(s.standard.name, s.standard.version) },
            { header: '截止日', nowrap: true, cell: (s) => dateText(s.asOf) },
            { header: '考核期间', cell: (s) => periodText(s.period.from, s.period.to) },
            {
              header: '街道结论',
              cell: (s) => (
                <Group gap={4}>
                  <Badge color={OVERALL_COLOR[s.verdict]}>{OVERALL_LABEL[s.verdict]}</Badge>
                  <Text size="xs">{[scoreText(s.score, null), starsText(s.stars)].filter(Boolean).join(' · ')}</Text>
                </Group>
              ),
            },
            { header: '社区（达标/不达标/待评定）', cell: (s) => `${s.communities.pass} / ${s.communities.fail} / ${s.communities.incomplete}` },
            { header: '保存人', cell: (s) => s.savedBy },
            {
              header: '备注',
              cell: (s) => (
                <>
                  {s.note ?? ''} {frozenRuns.has(s.id) && <FrozenBadge />}
                </>
              ),
            },
          ]}
        />
      )}
      {!list.loading && rows.length === 0 && (
        <Text c="dimmed" ta="center" py="xl">
          还没有保存过考核结果。在“考核结果”中点击“保存本次考核”即可保存。
        </Text>
      )}
    </Stack>
  );
}
