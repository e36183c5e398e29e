import { Badge, Combobox, Group, Mark, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { PersonHit } from '../../shared/contract/registry';
import { GENDER_LABEL } from '../../shared/domain/workbook/vocabulary';

interface Props {
  q: string;
  hits: readonly PersonHit[] | null;
  problem: string | null;
  mah: number;
  /** The label of a moved-out person's badge. */
  archivedLabel: string;
  /** A hit that cannot be chosen here. */
  disabled?(hit: PersonHit): boolean;
  /** More badges after the name. */
  marks?(hit: PersonHit): ReactNode;
}

/**
 * The masked ID number with the typed digits marked: the marked stretch shows only what the mask shows (a digit the
 * mask hides stays *, marked), so a partial-ID hit tells where it matched without unmasking anything.
 */
function MaskedId({ hit }: { hit: PersonHit }) {
  const masked = hit.maskedIdNumber;
  const m = hit.idMatch;
  if (!m || m.start + m.length > masked.length) return <>{masked}</>;
  return (
    <>
      {masked.slice(0, m.start)}
      <Mark color="yellow" data-testid="id-match">
        {masked.slice(m.start, m.start + m.length)}
      </Mark>
      {masked.slice(m.start + m.length)}
    </>
  );
}

/** The dropdown of a person search: each hit with name, gender, age, masked ID number and community. */
export function PersonHitsDropdown({ q, hits, problem, mah, archivedLabel, disabled, marks }: Props) {
  return (
    <Combobox.Dropdown hidden={!q.trim()} aria-label="查找结果">
      <Combobox.Options mah={mah} style={{ overflowY: 'auto' }}>
        {problem && <Combobox.Empty>{problem}</Combobox.Empty>}
        {!problem && hits?.length === 0 && <Combobox.Empty>没有找到符合的人员</Combobox.Empty>}
        {hits?.map((h) => (
          <Combobox.Option value={String(h.id)} key={h.id} disabled={disabled?.(h)} aria-label={`${h.name} ${h.maskedIdNumber}`}>
            <Group justify="space-between" wrap="nowrap">
              <Group gap="xs" wrap="nowrap">
                <Text fw={600}>{h.name}</Text>
                <Text size="sm" opacity={0.75}>
                  {GENDER_LABEL[h.gender]} · {h.age} 岁
                </Text>
                {h.archived && (
                  <Badge size="xs" color="gray">
                    {archivedLabel}
                  </Badge>
                )}
                {marks?.(h)}
              </Group>
              <Group gap="xs" wrap="nowrap">
                <Text size="sm" ff="monospace">
                  <MaskedId hit={h} />
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
  );
}
