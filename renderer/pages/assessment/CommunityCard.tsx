import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import type { ItemResult, UnitResult } from '../../../shared/contract/assessment';
import { ITEM_COLOR, ITEM_LABEL, ITEM_MARK, OVERALL_COLOR, OVERALL_LABEL, scoreText, shortName, starsText, thresholdText, valueText } from './assessment-format';

export type ItemLink = (unit: UnitResult, item: ItemResult) => string;

/** A failing or unjudged item: its name (opens the drill-down), value against threshold, and what it takes to pass. */
function ItemLine({ unit, item, linkFor }: { unit: UnitResult; item: ItemResult; linkFor: ItemLink }) {
  const threshold = thresholdText(item);
  return (
    <Stack gap={0} role="group" aria-label={shortName(item)}>
      <Group gap={6} wrap="nowrap">
        <Text c={ITEM_COLOR[item.verdict]} fw={700} aria-hidden>
          {ITEM_MARK[item.verdict]}
        </Text>
        <Anchor href={`#${linkFor(unit, item)}`} size="sm" fw={500}>
          {shortName(item)}
        </Anchor>
        {item.veto && item.verdict === 'fail' && (
          <Badge size="xs" color="red" variant="filled">
            一票否决
          </Badge>
        )}
      </Group>
      <Text size="xs" pl={20}>
        {item.kind === 'manual' ? (item.verdict === 'unrecorded' ? '尚未评定，请打开后录入评定结论' : `人工评定为不达标（${item.manual?.recordedBy ?? ''}）`) : `${valueText(item)}${threshold ? `，要求${threshold}` : ''}`}
      </Text>
      {item.gap && (
        <Text size="xs" c="red.8" pl={20}>
          {item.gap.text}
        </Text>
      )}
      {item.pendingCount > 0 && (
        <Text size="xs" c="dimmed" pl={20}>
          另有 {item.pendingCount} 项待定（尚在期限内）
        </Text>
      )}
    </Stack>
  );
}

/** The items not shown above, each a small link marked ✓ (passed) — still opens its drill-down. */
function OtherItems({ unit, items, linkFor }: { unit: UnitResult; items: ItemResult[]; linkFor: ItemLink }) {
  if (items.length === 0) return null;
  return (
    <Group gap={4}>
      <Text size="xs" c="dimmed">
        其余达标：
      </Text>
      {items.map((item) => (
        <Anchor key={item.id} href={`#${linkFor(unit, item)}`} size="xs" c="green.8" aria-label={`${shortName(item)}（${ITEM_LABEL[item.verdict]}）`}>
          {ITEM_MARK[item.verdict]} {shortName(item)}
        </Anchor>
      ))}
    </Group>
  );
}

/**
 * One community's result: verdict in colour, stars (marked 示例 when the standard's thresholds are an example), score,
 * the failing items by name with value, threshold and gap.
 */
export function CommunityCard({ unit, linkFor, example }: { unit: UnitResult; linkFor: ItemLink; example: boolean }) {
  const shown = unit.items.filter((i) => i.verdict !== 'pass');
  const passed = unit.items.filter((i) => i.verdict === 'pass');
  const stars = starsText(unit.stars);
  const score = scoreText(unit.score, unit.maxScore);
  return (
    <Card component="section" aria-label={unit.name} withBorder padding="sm" style={{ borderTop: `4px solid var(--mantine-color-${OVERALL_COLOR[unit.verdict]}-6)` }}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div>
            <Text fw={700}>{unit.name}</Text>
            <Text size="xs" c="dimmed" ff="monospace">
              {unit.code}
            </Text>
          </div>
          <Stack gap={2} align="flex-end">
            <Badge color={OVERALL_COLOR[unit.verdict]} size="lg" variant="filled">
              {OVERALL_LABEL[unit.verdict]}
            </Badge>
            {(stars || score) && (
              <Text size="xs">
                {stars && (
                  <Text span c="yellow.8" fw={700}>
                    {stars}
                    {example ? '（示例）' : ''}
                  </Text>
                )}
                {stars && score ? ' · ' : ''}
                {score}
              </Text>
            )}
          </Stack>
        </Group>
        {!unit.hasResidents && (
          <Text size="sm" c="orange.8">
            {unit.reasons[0]}
          </Text>
        )}
        {unit.vetoed && (
          <Text size="sm" c="red.8" fw={500}>
            一票否决项不达标
          </Text>
        )}
        {shown.map((item) => (
          <ItemLine key={item.id} unit={unit} item={item} linkFor={linkFor} />
        ))}
        <OtherItems unit={unit} items={passed} linkFor={linkFor} />
      </Stack>
    </Card>
  );
}
