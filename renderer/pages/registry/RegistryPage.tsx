import { Alert, Group, Kbd, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue, useLocalStorage } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useApiQuery } from '../../lib/use-api-query';
import { HouseholdList } from './HouseholdList';
import { NewHouseholdModal } from './NewHouseholdModal';
import { useHouseholdPages } from './use-household-pages';
import { NewButton } from '../../components/NewButton';
import { CommunitySelect } from '../../components/CommunitySelect';
import { communityOfHash } from './community-link';

/** 人员与家庭: pick a community, then its households (户编号, 户主, 地址, 人数, 标志); Enter or click opens a household. */
export function RegistryPage() {
  const communities = useApiQuery('communities.list', {});
  const [stored, setStored] = useLocalStorage<string | null>({ key: 'desk.registry.community', defaultValue: null, getInitialValueInEffect: false });
  const [filter, setFilter] = useState('');
  const [query] = useDebouncedValue(filter.trim(), 250);
  const filterRef = useRef<HTMLInputElement>(null);
  const [creating, setCreating] = useState(false);

  // Opened from a community's row (#/registry/community/12): that community, kept as the chosen one.
  const [opened, setOpened] = useState(() => communityOfHash(window.location.hash));
  useEffect(() => {
    if (opened === null) return;
    setStored(opened);
    setOpened(null);
    window.history.replaceState(null, '', '#/registry');
  }, [opened, setStored]);

  const list = communities.data ?? [];
  const selected = list.find((c) => String(c.id) === (opened ?? stored)) ?? null;
  useEffect(() => {
    if (!selected && list.length > 0) setStored(String(list[0]?.id));
  }, [selected, list, setStored]);

  const pages = useHouseholdPages(selected?.id ?? null, query);

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3}>人员与家庭</Title>
        <Group>
          <CommunitySelect
            communities={list}
            aria-label="社区"
            placeholder="选择社区"
            w={220}
            allowDeselect={false}
            value={selected ? String(selected.id) : null}
            onChange={(value) => value && setStored(value)}
          />
          <NewButton disabled={!selected} onNew={() => setCreating(true)}>
            新建户
          </NewButton>
          <TextInput
            ref={filterRef}
            w={280}
            aria-label="筛选户"
            placeholder="户编号、地址或户主姓名"
            value={filter}
            onChange={(e) => setFilter(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown') {
                e.preventDefault();
                document.querySelector<HTMLElement>('[aria-label="户列表"] [role="row"][tabindex="0"]')?.focus();
              }
            }}
          />
        </Group>
      </Group>
      {communities.error && <Alert color="red">{communities.error.message}</Alert>}
      {pages.error && <Alert color="red">{pages.error}</Alert>}
      {!communities.loading && list.length === 0 && (
        <Text c="dimmed" ta="center" py="xl">
          还没有社区。请先在“社区”（Alt+1）中新增，或导入工作簿。
        </Text>
      )}
      {selected && (
        <>
          <Text size="sm" c="dimmed">
            {selected.name}：{pages.total === null ? '正在载入…' : `${pages.total.toLocaleString('zh-CN')} 户${query ? '符合条件' : ''}`}
            <Text span size="xs" ml="md">
              ↑↓ 选择，<Kbd size="xs">Enter</Kbd> 打开
            </Text>
          </Text>
          {pages.total !== null && pages.total > 0 && (
            <HouseholdList key={`${selected.id}|${query}`} total={pages.total} rows={pages.rows} ensure={pages.ensure} onOpen={(id) => (window.location.hash = `/household/${id}`)} />
          )}
          {pages.total === 0 && (
            <Text c="dimmed" ta="center" py="xl">
              {query ? '没有符合条件的户' : '这个社区还没有登记户'}
            </Text>
          )}
        </>
      )}
      {creating && selected && (
        <NewHouseholdModal
          communities={list}
          communityId={selected.id}
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            window.location.hash = `/household/${id}`;
          }}
        />
      )}
    </Stack>
  );
}
