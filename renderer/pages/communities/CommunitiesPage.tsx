import { Alert, Anchor, Badge, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { Community } from '../../../shared/contract/communities';
import { COMMUNITY_KIND_LABELS } from '../../../shared/domain/labels';
import { DataTable } from '../../components/DataTable';
import { BureauVerdicts } from '../exchange/BureauVerdicts';
import { useApiQuery } from '../../lib/use-api-query';
import { CommunityFormModal } from './CommunityFormModal';
import { NewButton } from '../../components/NewButton';
import { NoticeDialog } from '../notice/NoticeDialog';
import { PlatformDialog, platformSummary } from './PlatformDialog';
import { useCanWrite, useSignedInUser } from '../../lib/auth';
import { communityHref } from '../registry/community-link';
import { call } from '../../lib/api';
import { ConfirmDeleteModal } from '../corrections/ConfirmDeleteModal';

export function CommunitiesPage() {
  const list = useApiQuery('communities.list', {});
  const [editing, setEditing] = useState<Community | 'new' | null>(null);
  const [filter, setFilter] = useState('');
  const [deleting, setDeleting] = useState<Community | null>(null);
  const [notice, setNotice] = useState<{ communityId: number | null } | null>(null);
  const user = useSignedInUser();
  const canWrite = useCanWrite();
  /** Adding and editing communities acts on the whole street: not for a community clerk or an inspector. */
  const streetWide = canWrite && user?.role !== 'community_clerk';
  /** The community whose 六到位 is open; read from the list so that 刷新 after a conflict brings the current version. */
  const [platformOf, setPlatformOf] = useState<number | null>(null);
  const platformCommunity = list.data?.find((c) => c.id === platformOf) ?? null;

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
          {streetWide && <NewButton onNew={() => setEditing('new')}>新增社区</NewButton>}
        </Group>
      </Group>
      {list.error && <Alert color="red">{list.error.message}</Alert>}
      <BureauVerdicts />
      <DataTable aria-label="社区列表" rows={rows} rowKey={(c) => c.id}
        rowProps={(c) => ({
          style: { cursor: 'pointer' },
          // A click anywhere on the row but its buttons and link opens the community's households.
          onClick: (e) => {
            if (!(e.target as HTMLElement).closest('button, a')) window.location.hash = communityHref(c.id).slice(1);
          },
        })}
        columns={[
          { header: '社区代码', mono: true, cell: (c) => c.code },
          {
            header: '名称',
            cell: (c) => (
              <Anchor href={communityHref(c.id)} title={`打开${c.name}的户和人员`}>
                {c.name}
              </Anchor>
            ),
          },
          {
            header: '类型',
            cell: (c) => (
              <Badge variant="light" color={c.kind === 'village' ? 'green' : 'blue'}>
                {COMMUNITY_KIND_LABELS[c.kind]}
              </Badge>
            ),
          },
          { header: '联系人及电话', cell: (c) => c.contact ?? '' },
          { header: '六到位', cell: (c) => platformSummary(c.platform) },
          { header: '户数', ta: 'right', cell: (c) => c.households.toLocaleString('zh-CN') },
          { header: '人数', ta: 'right', cell: (c) => c.persons.toLocaleString('zh-CN') },
          {
            header: null,
            cell: (c) => (
              <>
                {streetWide && (
                  <Button size="compact-sm" variant="subtle" onClick={() => setEditing(c)} aria-label={`编辑${c.name}`}>
                    编辑
                  </Button>
                )}
                {canWrite && (streetWide || user?.communityId === c.id) && (
                  <Button size="compact-sm" variant="subtle" onClick={() => setPlatformOf(c.id)} aria-label={`填写${c.name}六到位`}>
                    六到位
                  </Button>
                )}
                <Button size="compact-sm" variant="subtle" onClick={() => setNotice({ communityId: c.id })} aria-label={`打印${c.name}公示牌`}>
                  公示牌
                </Button>
                {streetWide && c.households === 0 && (
                  <Button size="compact-sm" variant="subtle" color="red" onClick={() => setDeleting(c)} aria-label={`删除${c.name}`}>
                    删除
                  </Button>
                )}
              </>
            ),
          },
        ]}
      />
      {!list.loading && rows.length === 0 && (
        <Text c="dimmed" ta="center" py="xl">
          {filter ? '没有符合条件的社区' : '还没有社区。点击“新增社区”（Alt+N）添加。'}
        </Text>
      )}
      {notice && list.data && <NoticeDialog communities={list.data} initialId={notice.communityId} onClose={() => setNotice(null)} />}
      {platformCommunity && (
        <PlatformDialog
          key={platformCommunity.id}
          community={platformCommunity}
          onClose={() => setPlatformOf(null)}
          onSaved={() => {
            setPlatformOf(null);
            list.reload();
          }}
          onRefresh={list.reload}
        />
      )}
      {deleting && (
        <ConfirmDeleteModal
          what="社区"
          name={`${deleting.name}（${deleting.code}）`}
          note="这个社区没有户，可以删除；有投诉、社区经办人账号、结对单位或考核记录的不能删除。"
          remove={() => call('corrections.deleteCommunity', { id: deleting.id })}
          onClose={() => setDeleting(null)}
          onDeleted={() => {
            setDeleting(null);
            list.reload();
          }}
        />
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
