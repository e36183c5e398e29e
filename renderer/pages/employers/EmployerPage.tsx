import { Alert, Anchor, Badge, Breadcrumbs, Button, Divider, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useApiQuery } from '../../lib/use-api-query';
import { dateText } from './employer-labels';
import { EmployerFormModal } from './EmployerFormModal';
import { FillVacancyModal } from './FillVacancyModal';
import { useCommunityNames } from './use-community-names';
import { VacanciesTable } from './VacanciesTable';
import { VacancyFormModal } from './VacancyFormModal';
import { PageLoading } from '../../components/PageLoading';
import { NewButton } from '../../components/NewButton';

type Dialog = { kind: 'employer' } | { kind: 'new-vacancy' } | { kind: 'edit-vacancy' | 'fill'; vacancyId: number } | null;
type Status = 'all' | 'open' | 'filled';

/** 用工单位: contact and 结对, then its vacancies with 新增岗位 (Alt+N), 编辑 and 招满. */
export function EmployerPage({ id }: { id: number }) {
  const detail = useApiQuery('employers.get', { id });
  const [status, setStatus] = useState<Status>('all');
  const vacancies = useApiQuery('vacancies.list', { employerId: id, status, limit: 500 });
  const communityName = useCommunityNames();
  const [dialog, setDialog] = useState<Dialog>(null);

  const e = detail.data;
  if (!e) return <PageLoading error={detail.error} />;
  const rows = vacancies.data ?? [];
  const target = dialog && 'vacancyId' in dialog ? (rows.find((v) => v.id === dialog.vacancyId) ?? null) : null;
  const reloadAll = () => {
    detail.reload();
    vacancies.reload();
  };
  const saved = () => {
    setDialog(null);
    reloadAll();
  };

  return (
    <Stack>
      <Breadcrumbs>
        <Anchor href="#/employers">用工单位</Anchor>
        <Text>{e.name}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={3}>{e.name}</Title>
          <Group gap="lg">
            <Text>联系人及电话：{e.contact ?? '—'}</Text>
            <Text>
              结对社区：
              {e.pairedCommunityName ? (
                <>
                  <Badge variant="light">{e.pairedCommunityName}</Badge>
                  {e.pairedOn ? `（${dateText(e.pairedOn)}起）` : ''}
                </>
              ) : (
                '未结对'
              )}
            </Text>
            <Text>
              在招岗位 {e.openVacancies} 个（{e.openPosts} 人），共 {e.totalVacancies} 个岗位
            </Text>
          </Group>
        </Stack>
        <Group>
          <Button variant="default" onClick={() => setDialog({ kind: 'employer' })}>
            编辑单位
          </Button>
          <NewButton onNew={() => setDialog({ kind: 'new-vacancy' })}>新增岗位</NewButton>
        </Group>
      </Group>
      <Divider />
      <Group justify="space-between">
        <Title order={4}>岗位</Title>
        <SegmentedControl
          aria-label="岗位状态"
          value={status}
          onChange={(v) => setStatus(v === 'open' || v === 'filled' ? v : 'all')}
          data={[
            { value: 'all', label: '全部' },
            { value: 'open', label: '在招' },
            { value: 'filled', label: '已招满' },
          ]}
        />
      </Group>
      {vacancies.error && <Alert color="red">{vacancies.error.message}</Alert>}
      {rows.length > 0 && (
        <VacanciesTable
          vacancies={rows}
          communityName={communityName}
          onEdit={(v) => setDialog({ kind: 'edit-vacancy', vacancyId: v.id })}
          onFill={(v) => setDialog({ kind: 'fill', vacancyId: v.id })}
        />
      )}
      {!vacancies.loading && rows.length === 0 && (
        <Text c="dimmed" ta="center" py="lg">
          {status === 'all' ? '这个单位还没有登记岗位。点击“新增岗位”（Alt+N）登记。' : '没有符合条件的岗位'}
        </Text>
      )}
      {dialog?.kind === 'employer' && <EmployerFormModal employer={e} onClose={() => setDialog(null)} onSaved={saved} onRefresh={detail.reload} />}
      {(dialog?.kind === 'new-vacancy' || (dialog?.kind === 'edit-vacancy' && target)) && (
        <VacancyFormModal employer={e} vacancy={target} onClose={() => setDialog(null)} onSaved={saved} onRefresh={vacancies.reload} />
      )}
      {dialog?.kind === 'fill' && target && <FillVacancyModal vacancy={target} onClose={() => setDialog(null)} onSaved={saved} onRefresh={vacancies.reload} />}
    </Stack>
  );
}
