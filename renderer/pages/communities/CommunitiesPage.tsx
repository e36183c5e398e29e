import { Alert, Badge, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { Community } from '../../../shared/contract/communities';
import { COMMUNITY_KIND_LABELS } from '../../../shared/domain/labels';
import { DataTable } from '../../components/DataTable';
import { BureauVerdicts } from '../exchange/BureauVerdicts';
import { useApiQuery } from '../../lib/use-api-query';
import { CommunityFormModal } from './CommunityFormModal';
import { NewButton } from '../../components/NewButton';

export function CommunitiesPage() {
  const list = useApiQuery('communities.list', {});
  const [editing, setEditing] = useState<Community | 'new' | null>(null);
  const [filter, setFilter] = useState('');

  const rows = useMemo(() => {
    const q = filter.trim();
    const all = list.data ?? [];
    return q ? all.filter((c) => c.name.includes(q) || c.code.includes(q)) : all;
  }, [list.data, filter]);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={3}>社区</Title>
        <Group>
          <TextInput placeholder="按名称或代码筛选" value={filter} onChange={(e) => setFilter(e.currentTarget.value)} aria-label="筛选社区" />
          <NewButton onNew={() => setEditing('new')}>新增社区</NewButton>
        </Group>
      </Group>
      {list.error && <Alert color="red">{list.error.message}</Alert>}
      <BureauVerdicts />
      <DataTable aria-label="社区列表" rows={rows} rowKey={(c) => c.id}
        columns={[
          { header: '社区代码', mono: true, cell: (c) => c.code },
          { header: '名称', cell: (c) => c.name },
          {
            header: '类型',
            cell: (c) => (
              <Badge variant="light" color={c.kind === 'village' ? 'green' : 'blue'}>
                {COMMUNITY_KIND_LABELS[c.kind]}
              </Badge>
            ),
          },
          { header: '联系人及电话', cell: (c) => c.contact ?? '' },
          { header: '户数', ta: 'right', cell: (c) => c.households.toLocaleString('zh-CN') },
          { header: '人数', ta: 'right', cell: (c) => c.persons.toLocaleString('zh-CN') },
          {
            header: null,
            cell: (c) => (
              <Button size="compact-sm" variant="subtle" onClick={() => setEditing(c)} aria-label={`编辑${c.name}`}>
                编辑
              </Button>
            ),
          },
        ]}
      />
      {!list.loading && rows.length === 0 && (
        <Text c="dimmed" ta="center" py="xl">
          {filter ? '没有符合条件的社区' : '还没有社区。点击“新增社区”（Alt+N）添加。'}
        </Text>
      )}
      {editing && (
        <CommunityFormModal
          community={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            list.reload();
          }}
        />
      )}
    </Stack>
  );
}
