import { Alert, Anchor, Badge, Button, Checkbox, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { DataTable } from '../../components/DataTable';
import { useApiQuery } from '../../lib/use-api-query';
import { EmployerFormModal } from './EmployerFormModal';
import { dateText, employerHref } from './employer-labels';
import { NewButton } from '../../components/NewButton';
import { CommunitySelect } from '../../components/CommunitySelect';

/** 用工单位: employers with their 结对 community and open vacancies; filter by words, community, open vacancies. */
export function EmployerListPage() {
  const communities = useApiQuery('communities.list', {});
  const [filter, setFilter] = useState('');
  const [query] = useDebouncedValue(filter.trim(), 250);
  const [communityId, setCommunityId] = useState<string | null>(null);
  const [withOpen, setWithOpen] = useState(false);
  const list = useApiQuery('employers.list', {
    ...(query ? { query } : {}),
    ...(communityId ? { pairedCommunityId: Number(communityId) } : {}),
    ...(withOpen ? { withOpenVacancies: true } : {}),
  });
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const rows = list.data ?? [];
  /** Read from the list, so 刷新 after a conflict brings the current version into the open dialog. */
  const edited = typeof editing === 'number' ? (rows.find((e) => e.id === editing) ?? null) : null;
  const filtered = Boolean(query || communityId || withOpen);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={3}>用工单位</Title>
        <NewButton onNew={() => setEditing('new')}>新增用工单位</NewButton>
      </Group>
      <Group>
        <TextInput w={260} aria-label="筛选用工单位" placeholder="单位名称、联系人或电话" value={filter} onChange={(e) => setFilter(e.currentTarget.value)} />
        <CommunitySelect
          communities={communities.data ?? []}
          w={200}
          aria-label="结对社区"
          placeholder="全部结对社区"
          clearable
          value={communityId}
          onChange={setCommunityId}
        />
        <Checkbox label="只看有在招岗位的单位" checked={withOpen} onChange={(e) => setWithOpen(e.currentTarget.checked)} />
      </Group>
      {list.error && <Alert color="red">{list.error.message}</Alert>}
      <DataTable aria-label="用工单位列表" rows={rows} rowKey={(e) => e.id}
        columns={[
          { header: '单位名称', cell: (e) => <Anchor href={employerHref(e.id)}>{e.name}</Anchor> },
          { header: '联系人及电话', cell: (e) => e.contact ?? '—' },
          {
            header: '结对社区',
            cell: (e) => (e.pairedCommunityName ? <Badge variant="light">{e.pairedCommunityName}</Badge> : <Text c="dimmed" size="sm">未结对</Text>),
          },
          { header: '结对日期', cell: (e) => (e.pairedCommunityId === null ? '' : dateText(e.pairedOn)) },
          { header: '在招岗位', ta: 'right', cell: (e) => e.openVacancies },
          { header: '在招人数', ta: 'right', cell: (e) => e.openPosts },
          { header: '岗位总数', ta: 'right', cell: (e) => e.totalVacancies },
          {
            header: null,
            cell: (e) => (
              <Button size="compact-sm" variant="subtle" onClick={() => setEditing(e.id)} aria-label={`编辑${e.name}`}>
                编辑
              </Button>
            ),
          },
        ]}
      />
      {!list.loading && rows.length === 0 && (
        <Text c="dimmed" ta="center" py="xl">
          {filtered ? '没有符合条件的用工单位' : '还没有用工单位。点击“新增用工单位”（Alt+N）登记。'}
        </Text>
      )}
      {(editing === 'new' || edited) && (
        <EmployerFormModal
          key={editing}
          employer={edited}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            if (editing === 'new') window.location.hash = `/employers/${saved.id}`;
            else list.reload();
          }}
          onRefresh={list.reload}
        />
      )}
    </Stack>
  );
}
