import { Badge, Combobox, Loader, TextInput, useCombobox } from '@mantine/core';
import { PersonHitsDropdown } from '../../../components/PersonHitsDropdown';
import { usePersonHits } from '../../../lib/use-person-hits';
import type { Attendee } from './attendees';

interface Props {
  listed: ReadonlySet<number>;
  onAdd(attendee: Attendee): void;
}

/** 查找并加入: name, pinyin initials, ID number or phone; Enter adds the highlighted person and keeps the box for the next. */
export function AttendeeSearch({ listed, onAdd }: Props) {
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const { q, setQ, hits, problem, loading, clear, inputProps } = usePersonHits(combobox);

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
          placeholder="姓名、拼音、身份证号码或电话，回车加入"
          {...inputProps}
          onKeyDown={(e) => {
            // Enter adds the highlighted person (the combobox handles it); it never submits the whole entry.
            if (e.key === 'Enter') e.preventDefault();
            if (e.key === 'Escape') setQ('');
          }}
          rightSection={loading ? <Loader size={14} /> : null}
        />
      </Combobox.Target>
      <PersonHitsDropdown
        q={q}
        hits={hits}
        problem={problem}
        mah={360}
        archivedLabel="已迁出"
        disabled={(h) => h.archived || listed.has(h.id)}
        marks={(h) =>
          listed.has(h.id) && (
            <Badge size="xs" color="blue">
              已在名单中
            </Badge>
          )
        }
      />
    </Combobox>
  );
}
