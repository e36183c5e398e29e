import { Group, Loader, Select, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import type { VacancyListRow } from '../../../shared/contract/employers';
import { call } from '../../lib/api';
import { useLatestCall } from '../../lib/use-latest-call';

interface Props {
  value: number | null;
  onChange(vacancy: VacancyListRow | null): void;
  error?: string;
}

const label = (v: VacancyListRow): string => `${v.title} · ${v.employerName}`;

/** 介绍岗位: open vacancies found by a word of the title, skills or employer (searched by the service as you type). */
export function VacancySelect({ value, onChange, error }: Props) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 200);
  const [rows, setRows] = useState<VacancyListRow[]>([]);
  const [picked, setPicked] = useState<VacancyListRow | null>(null);
  const query = picked && debounced === label(picked) ? '' : debounced;
  const { loading, problem } = useLatestCall(
    query,
    (q) => call('vacancies.list', { status: 'open', query: q || undefined, limit: 50 }),
    (found) => setRows(found),
  );

  const byId = useMemo(() => {
    const all = new Map(rows.map((r) => [r.id, r]));
    if (picked) all.set(picked.id, picked);
    return all;
  }, [rows, picked]);
  const data = [...byId.values()].map((v) => ({ value: String(v.id), label: label(v) }));

  return (
    <Select
      label="介绍岗位"
      description="在招岗位；输入岗位名称、技能或单位名称查找，可不选"
      placeholder={rows.length === 0 && !loading && !query ? '目前没有在招岗位' : '选择岗位'}
      searchable
      clearable
      data={data}
      value={value === null ? null : String(value)}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(v) => {
        const row = v === null ? null : (byId.get(Number(v)) ?? null);
        setPicked(row);
        onChange(row);
      }}
      filter={({ options }) => options}
      selectFirstOptionOnChange
      nothingFoundMessage={problem ?? (loading ? '正在查找…' : '没有符合的在招岗位')}
      rightSection={loading ? <Loader size={14} /> : undefined}
      error={error}
      renderOption={({ option }) => {
        const v = byId.get(Number(option.value));
        if (!v) return option.label;
        return (
          <Group gap="xs" wrap="nowrap" justify="space-between" w="100%">
            <Text size="sm">{v.title}</Text>
            <Text size="xs" c="dimmed">
              {v.employerName}
              {v.wage !== null ? ` · ${v.wage} 元/月` : ''} · {v.posts} 人
            </Text>
          </Group>
        );
      }}
    />
  );
}
