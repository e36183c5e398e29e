import { Alert, Badge, Button, Group, Kbd, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import type { Community } from '../../../shared/contract/communities';
import { COMMUNITY_KIND_LABELS } from '../../../shared/domain/labels';
import { useApiQuery } from '../../lib/use-api-query';
import { CommunityFormModal } from './CommunityFormModal';
import { NoticeDialog } from '../notice/NoticeDialog';

export function CommunitiesPage() {
  const list = useApiQuery('communities.list', {});
  const [editing, setEditing] = useState<Community | 'new' | null>(null);
  const [filter, setFilter] = useState('');
  const [notice, setNotice] = useState<{ communityId: number | null } | null>(null);
  useHotkeys([['alt+N', () => setEditing('new')]]);

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
          <Button variant="default" onClick={() => setNotice({ communityId: null })} disabled={(list.data ?? []).length === 0}>
            打印公示牌
          </Button>
          <Button onClick={() => setEditing('new')} rightSection={<Kbd size="xs">Alt+N</Kbd>}>
            新增社区
          </Button>
        </Group>
      </Group>
      {list.error && <Alert color="red">{list.error.message}</Alert>}
      <Table striped highlightOnHover withTableBorder aria-label="社区列表">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>社区代码</Table.Th>
            <Table.Th>名称</Table.Th>
            <Table.Th>类型</Table.Th>
            <Table.Th>联系人及电话</Table.Th>
            <Table.Th ta="right">户数</Table.Th>
            <Table.Th ta="right">人数</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td ff="monospace">{c.code}</Table.Td>
              <Table.Td>{c.name}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={c.kind === 'village' ? 'green' : 'blue'}>
                  {COMMUNITY_KIND_LABELS[c.kind]}
                </Badge>
              </Table.Td>
              <Table.Td>{c.contact ?? ''}</Table.Td>
              <Table.Td ta="right">{c.households.toLocaleString('zh-CN')}</Table.Td>
              <Table.Td ta="right">{c.persons.toLocaleString('zh-CN')}</Table.Td>
              <Table.Td>
                <Button size="compact-sm" variant="subtle" onClick={() => setEditing(c)} aria-label={`编辑${c.name}`}>
                  编辑
                </Button>
                <Button size="compact-sm" variant="subtle" onClick={() => setNotice({ communityId: c.id })} aria-label={`打印${c.name}公示牌`}>
                  公示牌
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {!list.loading && rows.length === 0 && (
        <Text c="dimmed" ta="center" py="xl">
          {filter ? '没有符合条件的社区' : '还没有社区。点击“新增社区”（Alt+N）添加。'}
        </Text>
      )}
      {notice && list.data && <NoticeDialog communities={list.data} initialId={notice.communityId} onClose={() => setNotice(null)} />}
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
