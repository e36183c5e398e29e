import { Badge, Group, Text, Tooltip } from '@mantine/core';
import type { MantineSize } from '@mantine/core';
import type { PersonBadges } from '../../../shared/contract/population';
import { badgesThatHold } from './state-badges';
import type { BadgeDef } from './state-badges';

interface Props {
  badges: PersonBadges;
  size?: MantineSize;
  /** Tooltips replacing a badge's meaning (the working-age dates, the 4050 ages of the settings). */
  hints?: Partial<Record<BadgeDef['key'], string>>;
  /** When not of working age, say so with a grey badge (why: not yet 16, or past retirement) instead of nothing. */
  explainWorkingAge?: boolean;
}

function notWorkingAgeLabel(badges: PersonBadges): string {
  if (badges.asOf < badges.workingAgeFrom) return '未满 16 周岁';
  return '已到退休年龄';
}

/** The badges that hold for a person on a date, from the service (never recomputed here); each explains itself on hover or focus. */
export function StateBadges({ badges, size = 'md', hints = {}, explainWorkingAge = false }: Props) {
  const holding = badgesThatHold(badges);
  const items = holding.map((b) => ({ key: b.key, label: b.label, color: b.color, variant: 'filled', tip: hints[b.key] ?? b.meaning }));
  if (explainWorkingAge && !badges.workingAge) {
    items.unshift({ key: 'workingAge', label: notWorkingAgeLabel(badges), color: 'gray', variant: 'outline', tip: hints.workingAge ?? '不在劳动年龄内' });
  }
  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  }
  return (
    <Group gap={6} role="list" aria-label="状态标记">
      {items.map((b) => (
        <Tooltip key={b.key} label={b.tip} multiline maw={320} withArrow events={{ hover: true, focus: true, touch: true }}>
          <Badge role="listitem" tabIndex={0} size={size} color={b.color} variant={b.variant} style={{ cursor: 'help' }}>
            {b.label}
          </Badge>
        </Tooltip>
      ))}
    </Group>
  );
}
