import { Badge, Combobox, Group, Kbd, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { PersonHit } from '../../shared/contract/registry';
import { GENDER_LABEL } from '../../shared/domain/workbook/vocabulary';
import { call } from '../lib/api';
import { messageOf } from '../lib/field-errors';

interface Props {
  inputRef: RefObject<HTMLInputElement | null>;
  onOpen(personId: number): void;
}

/** The header's person search: name, pinyin initials (zw → 张伟), ID number or phone; Ctrl+K or / focuses it. */
export function PersonSearch({ inputRef, onOpen }: Props) {
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 150);
  const [hits, setHits] = useState<PersonHit[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    if (!debounced) {
      setHits(null);
      setProblem(null);
      return;
    }
    let live = true;
    setLoading(true);
    call('search.persons', { q: debounced, limit: 20 })
      .then((value) => {
        if (!live) return;
        setHits(value);
        setProblem(null);
      })
      .catch((error: unknown) => {
        if (live) setProblem(messageOf(error));
      })
      .finally(() => {
        if (live) setLoading(false);
      });
    return () => {
      live = false;
    };
  }, [debounced]);

  const store = useRef(combobox);
  store.current = combobox;
  useEffect(() => {
    // New hits: the first is selected, so Enter opens it.
    if (hits && hits.length > 0) requestAnimationFrame(() => store.current.selectFirstOption());
  }, [hits]);

  const open = (value: string) => {
    setQ('');
    setHits(null);
    combobox.closeDropdown();
    inputRef.current?.blur();
    onOpen(Number(value));
  };

  return (
    <Combobox store={combobox} onOptionSubmit={open} width={520} position="bottom-start">
      <Combobox.Target>
        <TextInput
          ref={inputRef}
          w={360}
          aria-label="查找人员"
          placeholder="查找人员：姓名、拼音首字母、证件号"
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            combobox.openDropdown();
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              setQ('');
              e.currentTarget.blur();
            }
          }}
          rightSection={loading ? <Loader size={14} /> : <Kbd size="xs">Ctrl+K</Kbd>}
          rightSectionWidth={64}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!q.trim()} aria-label="查找结果">
        <Combobox.Options mah={420} style={{ overflowY: 'auto' }}>
          {problem && <Combobox.Empty>{problem}</Combobox.Empty>}
          {!problem && hits?.length === 0 && <Combobox.Empty>没有找到符合的人员</Combobox.Empty>}
          {hits?.map((h) => (
            <Combobox.Option value={String(h.id)} key={h.id} aria-label={`${h.name} ${h.maskedIdNumber}`}>
              <Group justify="space-between" wrap="nowrap">
                <Group gap="xs" wrap="nowrap">
                  <Text fw={600}>{h.name}</Text>
                  <Text size="sm" opacity={0.75}>
                    {GENDER_LABEL[h.gender]} · {h.age} 岁
                  </Text>
                  {h.archived && (
                    <Badge size="xs" color="gray">
                      迁出
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
          ))}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
