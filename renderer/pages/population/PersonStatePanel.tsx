import { Alert, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import type { PersonDetail } from '../../../shared/contract/registry';
import { useApiQuery } from '../../lib/use-api-query';
import { chineseDate } from '../registry/labels';
import { AsOfHeading, AsOfPicker, asOfTint } from './AsOfPicker';
import { PlaceOfDay } from './PlaceOfDay';
import { StateBadges } from './StateBadges';
import { retirementRuleLabel } from './state-badges';
import { useAsOf } from './use-as-of';

/**
 * The person's derived state on a date (劳动年龄, 劳动力资源, 有就业意愿, 已就业, 失业, 登记失业, 长期失业, 4050, 迁出),
 * as population.person computes it, and the household and community of that date, with the “查看某日状态” date
 * picker. `reloadKey` changes reload it.
 */
export function PersonStatePanel({ person, reloadKey }: { person: PersonDetail; reloadKey: string }) {
  const when = useAsOf();
  const { asOf, today } = when;
  const badges = useApiQuery('population.person', { personId: person.id, asOf }, reloadKey);
  const settings = useApiQuery('population.settings', {});
  // Only the state of the date shown (while another date loads, the previous one is not passed off as it).
  const b = badges.data?.asOf === asOf ? badges.data : null;
  const unborn = asOf < person.birthDate;
  const workingAgeTip =
    b &&
    `年满 16 周岁：${chineseDate(b.workingAgeFrom)}；退休日期：${chineseDate(b.retirementOn)}（${retirementRuleLabel(settings.data)}）`;
  const age4050 = settings.data?.age4050;
  const hints = {
    ...(workingAgeTip ? { workingAge: workingAgeTip } : {}),
    ...(age4050 ? { is4050: `劳动年龄内，女性满 ${age4050.women} 周岁、男性满 ${age4050.men} 周岁` } : {}),
  };
  return (
    <Paper withBorder p="sm" radius="md" bg={asOfTint(asOf, today)} aria-label="某日状态">
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <Stack gap={6}>
          <AsOfHeading asOf={asOf} today={today} />
          {badges.error && <Alert color="red">{badges.error.message}</Alert>}
          {!b && !badges.error && <Loader size="sm" aria-label="正在计算状态" />}
          {b && unborn && (
            <Text size="sm" c="dimmed">
              这一天尚未出生（{chineseDate(person.birthDate)}出生）。
            </Text>
          )}
          {b && !unborn && (
            <Group gap="sm">
              <Text size="sm">当日 {b.age} 岁</Text>
              <StateBadges badges={b} hints={hints} explainWorkingAge />
            </Group>
          )}
          {b && !unborn && <PlaceOfDay badges={b} reloadKey={reloadKey} />}
        </Stack>
        <AsOfPicker {...when} />
      </Group>
    </Paper>
  );
}
