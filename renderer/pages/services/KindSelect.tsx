import { Select } from '@mantine/core';
import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import { filterKinds, HOUSEHOLD_SERVICE_KINDS, isServiceKind, kindMatches, kindOptions, SERVICE_KIND_LABEL } from './service-kinds';
import type { ServiceKind } from './service-kinds';

interface Props {
  value: ServiceKind | null;
  onChange(kind: ServiceKind): void;
  error: string | undefined;
  /** For a household: referrals and training are left out. */
  household: boolean;
}

/** 服务类型, typed ahead: part of the name or its pinyin initials (zyzd); Enter takes the first match and closes the list. */
export function KindSelect({ value, onChange, error, household }: Props) {
  const [search, setSearch] = useState('');
  /** The list is opened and closed here, so that a kind taken by the Enter below also closes it. */
  const [listOpen, setListOpen] = useState(false);
  const choices = kindOptions(household ? HOUSEHOLD_SERVICE_KINDS : undefined);
  // Enter right after typing (before the list has highlighted its first match) takes the first match, never submits.
  const pickFirst = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.defaultPrevented) return;
    if (search.trim() === '' || search === (value ? SERVICE_KIND_LABEL[value] : null)) return;
    const first = choices.find((o) => kindMatches(o.value, search));
    if (!first || !isServiceKind(first.value)) return;
    event.preventDefault();
    onChange(first.value);
    setSearch(first.label);
    setListOpen(false);
  };
  return (
    <Select
      label="服务类型"
      required
      data-autofocus
      searchable
      openOnFocus={!error}
      selectFirstOptionOnChange
      allowDeselect={false}
      placeholder="输入类型名称或拼音首字母，如 zyzd"
      data={choices}
      filter={filterKinds}
      searchValue={search}
      onSearchChange={setSearch}
      onKeyDown={pickFirst}
      dropdownOpened={listOpen}
      onDropdownOpen={() => setListOpen(true)}
      onDropdownClose={() => setListOpen(false)}
      value={value}
      onChange={(v) => isServiceKind(v) && onChange(v)}
      error={error}
      description={household ? '职业介绍和培训只能登记到个人' : undefined}
    />
  );
}
