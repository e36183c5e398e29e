import { Chip, Group } from '@mantine/core';
import type { CountsByKind } from '../../../shared/contract/worklist';
import type { WorklistKind } from '../../../shared/domain/worklist/kinds';
import { KIND_COLOR, WORKLIST_KIND_LABEL, WORKLIST_KINDS } from './worklist-labels';

interface Props {
  counts: CountsByKind | null;
  /** Empty: every kind. */
  selected: readonly WorklistKind[];
  onChange(kinds: WorklistKind[]): void;
}

/** One chip per kind with its count (kinds without rows are left out unless chosen); none chosen = all kinds. */
export function KindFilter({ counts, selected, onChange }: Props) {
  const shown = WORKLIST_KINDS.filter((k) => (counts?.[k] ?? 0) > 0 || selected.includes(k));
  return (
    <Chip.Group multiple value={[...selected]} onChange={(values) => onChange(WORKLIST_KINDS.filter((k) => values.includes(k)))}>
      <Group gap={6} role="group" aria-label="按类型筛选">
        {shown.map((k) => (
          <Chip key={k} value={k} size="sm" color={KIND_COLOR[k]} variant="outline">
            {WORKLIST_KIND_LABEL[k]} {counts?.[k] ?? 0}
          </Chip>
        ))}
      </Group>
    </Chip.Group>
  );
}
