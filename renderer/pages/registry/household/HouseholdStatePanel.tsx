import { Alert, Badge, Group, Loader, Paper, Stack, Text, Tooltip } from '@mantine/core';
import type { FamilyEpisodeRow, HouseholdPopulation } from '../../../../shared/contract/population';
import type { HouseholdDetail } from '../../../../shared/contract/registry';
import type { QueryState } from '../../../lib/use-api-query';
import { AsOfHeading, AsOfPicker, asOfTint } from '../../population/AsOfPicker';
import type { AsOf } from '../../population/use-as-of';
import { chineseDate } from '../labels';
import { FamilyEpisodesTable } from './FamilyEpisodesTable';
import { EPISODE_KIND_LABEL } from './episode-labels';

interface Props {
  /** households.get on the same date (its flags are the dated ones). */
  household: HouseholdDetail;
  population: QueryState<HouseholdPopulation>;
  when: AsOf;
}

interface Item {
  label: string;
  color: string;
  variant: 'filled' | 'light' | 'outline';
  tip: string;
}

function familyItem(kind: FamilyEpisodeRow['kind'], episodes: FamilyEpisodeRow[], color: string, tip: string): Item | null {
  const present = episodes.find((e) => e.kind === kind && e.presentOnDate);
  if (!present) return null;
  return { label: `${EPISODE_KIND_LABEL[kind]}（自 ${chineseDate(present.appeared)}）`, color, variant: 'filled', tip };
}

function itemsOf(h: HouseholdDetail, p: HouseholdPopulation): Item[] {
  const items: (Item | null)[] = [
    familyItem('zero_employment', p.episodes, 'red', '城镇户籍家庭中至少一名成员属于有就业意愿的劳动力资源，这些成员当日都未就业，且家庭没有经营性投资性收入'),
    familyItem('double_unemployed', p.episodes, 'orange', '户主与配偶都在劳动力资源中、有就业意愿且都未就业'),
    h.flags.urban
      ? { label: '城镇户籍', color: 'blue', variant: 'light', tip: '当日的户籍标志为城镇' }
      : { label: '农村户籍', color: 'gray', variant: 'outline', tip: '当日的户籍标志为农村（非城镇）' },
    h.flags.dibao ? { label: '低保户', color: 'orange', variant: 'light', tip: '当日为低保户' } : null,
    h.flags.businessIncome ? { label: '有经营性投资性收入', color: 'grape', variant: 'light', tip: '当日家庭有经营性或投资性收入' } : null,
  ];
  return items.filter((i): i is Item => i !== null);
}

/** The household on a date: whether it is a 零就业/双失业 family (and since when), its dated flags, and every episode. */
export function HouseholdStatePanel({ household, population, when }: Props) {
  const { asOf, today } = when;
  // Only figures of the date shown: while another date loads, the previous date's are not passed off as it.
  const p = population.data?.asOf === asOf && household.asOf === asOf ? population.data : null;
  return (
    <Paper withBorder p="sm" radius="md" bg={asOfTint(asOf, today)} aria-label="本户某日状态">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-end" wrap="nowrap">
          <Stack gap={6}>
            <AsOfHeading asOf={asOf} today={today} />
            {population.error && <Alert color="red">{population.error.message}</Alert>}
            {!p && !population.error && <Loader size="sm" aria-label="正在计算状态" />}
            {p && (
              <Group gap={6} role="list" aria-label="本户状态标记">
                {itemsOf(household, p).map((i) => (
                  <Tooltip key={i.label} label={i.tip} multiline maw={320} withArrow events={{ hover: true, focus: true, touch: true }}>
                    <Badge role="listitem" tabIndex={0} size="lg" color={i.color} variant={i.variant} style={{ cursor: 'help' }}>
                      {i.label}
                    </Badge>
                  </Tooltip>
                ))}
              </Group>
            )}
          </Stack>
          <AsOfPicker {...when} />
        </Group>
        {p && (
          <>
            <Text size="sm" fw={500}>
              零就业家庭 / 双失业家庭 情形记录
            </Text>
            <FamilyEpisodesTable episodes={p.episodes} asOf={asOf} />
          </>
        )}
      </Stack>
    </Paper>
  );
}
