import { Combobox, Kbd, Loader, TextInput, useCombobox } from '@mantine/core';
import type { RefObject } from 'react';
import { usePersonHits } from '../lib/use-person-hits';
import { PersonHitsDropdown } from './PersonHitsDropdown';

interface Props {
  inputRef: RefObject<HTMLInputElement | null>;
  onOpen(personId: number): void;
}

/** The header's person search: name, pinyin initials (zw → 张伟), ID number or phone; Ctrl+K or / focuses it. */
export function PersonSearch({ inputRef, onOpen }: Props) {
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const { q, setQ, hits, problem, loading, clear, firstHit, inputProps } = usePersonHits(combobox);

  const open = (value: string) => {
    clear();
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
          placeholder="查找人员：姓名、拼音、证件号"
          {...inputProps}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              setQ('');
              e.currentTarget.blur();
            }
            // Enter before the list has highlighted its first hit (a busy machine) still opens that hit.
            const first = e.key === 'Enter' && combobox.getSelectedOptionIndex() < 0 ? firstHit() : null;
            if (first) {
              e.preventDefault();
              open(String(first.id));
            }
          }}
          rightSection={loading ? <Loader size={14} /> : <Kbd size="xs">Ctrl+K</Kbd>}
          rightSectionWidth={64}
        />
      </Combobox.Target>
      <PersonHitsDropdown q={q} hits={hits} problem={problem} mah={420} archivedLabel="迁出" />
    </Combobox>
  );
}
