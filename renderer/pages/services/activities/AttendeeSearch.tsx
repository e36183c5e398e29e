import { Badge, Combobox, Group, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { GENDER_LABEL } from '../../../../shared/domain/workbook/vocabulary';
import { usePersonHits } from '../../../lib/use-person-hits';
import type { Attendee } from './attendees';

interface Props {
  listed: ReadonlySet<number>;
  onAdd(attendee: Attendee): void;
}

/** 查找并加入: name, pinyin initials, ID number or phone; Enter adds the highlighted person and keeps the box for the next. */
export function AttendeeSearch({ listed, onAdd }: Props) {
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const { q, setQ, hits, problem, loading, clear } = usePersonHits(combobox);

  const add = (value: string) => {
    const hit = hits?.find((h) => String(h.id) === value);
    if (!hit || hit.archived || listed.has(hit.id)) return;
    onAdd({ personId: hit.id, name: hit.name, maskedIdNumber: hit.maskedIdNumber, communityName: hit.communityName, source: '查找' });
    clear();
  };

  return (
    <Combobox store={combobox} onOptionSubmit={add} position="bottom-start">
      <Combobox.Target>
        <TextInput
          label="查找并加入"
          placeholder="姓名、拼音首字母、身份证号码或电话，回车加入"
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            combobox.openDropdown();
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          onKeyDown={(e) => {
            // Enter adds the highlighted person (the combobox handles it); it never submits the whole entry.
            if (e.key === 'Enter') e.preventDefault();
            if (e.key === 'Escape') setQ('');
          }}
          rightSection={loading ? <Loader size={14} /> : null}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!q.trim()} aria-label="查找结果">
        <Combobox.Options mah={360} style={{ overflowY: 'auto' }}>
          {problem && <Combobox.Empty>{problem}</Combobox.Empty>}
          {!problem && hits?.length === 0 && <Combobox.Empty>没有找到符合的人员</Combobox.Empty>}
          {hits?.map((h) => {
            const inList = listed.has(h.id);
            return (
              <Combobox.Option value={String(h.id)} key={h.id} disabled={h.archived || inList} aria-label={`${h.name} ${h.maskedIdNumber}`}>
                <Group justify="space-between" wrap="nowrap">
                  <Group gap="xs" wrap="nowrap">
                    <Text fw={600}>{h.name}</Text>
                    <Text size="sm" opacity={0.75}>
                      {GENDER_LABEL[h.gender]} · {h.age} 岁
                    </Text>
                    {h.archived && (
                      <Badge size="xs" color="gray">
                        已迁出
                      </Badge>
                    )}
                    {inList && (
                      <Badge size="xs" color="blue">
                        已在名单中
                      </Badge>
                    )}
                  </Group>
                  <Group gap="xs" wrap="nowrap">
                    <Text size="sm" ff="monospace">
                      {h.maskedIdNumber}
                    </Text>
                    <Text size="sm" opacity={0.75}>
                      {h.communityName}
                    </Text>
                  </Group>
                </Group>
              </Combobox.Option>
            );
          })}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
