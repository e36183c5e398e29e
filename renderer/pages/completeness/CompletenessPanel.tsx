import { Alert, Group, List, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import type { ItemCheck, PersonCompleteness } from '../../../shared/contract/completeness';
import type { PersonDetail } from '../../../shared/contract/registry';
import { useApiQuery } from '../../lib/use-api-query';
import { useAsOf } from '../population/use-as-of';
import { dateText } from '../../../shared/domain/date-text';

function scopeText(c: PersonCompleteness): string {
  const parts = [
    ...(c.tenClear.role === 'unemployed' ? ['“十清”（未就业人员）'] : c.tenClear.role === 'reemployed' ? ['“十清”之就业去向（本年度实现再就业）'] : []),
    ...(c.fiveClear.recognisedOn ? [`“五清”（就业困难人员，${dateText(c.fiveClear.recognisedOn)}认定）`] : []),
  ];
  return parts.join('、');
}

function MissingList({ title, items }: { title: string; items: readonly ItemCheck[] }) {
  const missing = items.filter((i) => i.status === 'missing');
  if (missing.length === 0) return null;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {title}
      </Text>
      <List size="sm" spacing={2}>
        {missing.map((i) => (
          <List.Item key={i.item}>
            <Text span size="sm" fw={500}>
              {i.label}
            </Text>
            <Text span size="sm" c="dimmed">
              {i.value ? `（${i.value}）` : ''}：{i.toRecord}
            </Text>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

/**
 * 资料缺项: the 十清 items of an unemployed person (the destination of a re-employed one) and the 五清 items of a
 * recognised difficult person that the records do not yet show, each with what to record; on the date the page
 * shows (查看某日状态). Nothing is shown for a person neither applies to.
 */
export function CompletenessPanel({ person, reloadKey }: { person: PersonDetail; reloadKey: string }) {
  const { asOf } = useAsOf();
  const result = useApiQuery('completeness.person', { personId: person.id, asOf }, reloadKey);
  const c = result.data?.asOf === asOf ? result.data : null;
  if (result.error) return <Alert color="red">资料缺项无法计算：{result.error.message}</Alert>;
  if (!c || (c.tenClear.role === null && c.fiveClear.recognisedOn === null)) return null;
  if (c.missingCount === 0) {
    return (
      <Group gap="xs" aria-label="资料缺项">
        <ThemeIcon size="sm" color="green" radius="xl" variant="light">
          ✓
        </ThemeIcon>
        <Text size="sm" c="green.8">
          {scopeText(c)}资料齐全
        </Text>
      </Group>
    );
  }
  return (
    <Paper withBorder p="sm" radius="md" bg="yellow.0" aria-label="资料缺项">
      <Stack gap="xs">
        <Text fw={600}>
          资料缺项（{c.missingCount} 项）
          <Text span size="sm" c="dimmed" fw={400} ml="xs">
            {scopeText(c)}
          </Text>
        </Text>
        <MissingList title="十清" items={c.tenClear.items} />
        <MissingList title="五清" items={c.fiveClear.items} />
      </Stack>
    </Paper>
  );
}
