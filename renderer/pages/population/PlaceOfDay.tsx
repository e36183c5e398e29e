import { Anchor, Badge, Group, Text } from '@mantine/core';
import type { PersonBadges } from '../../../shared/contract/population';
import { useApiQuery } from '../../lib/use-api-query';
import { RELATION_LABEL } from '../registry/labels';
import { withAsOf } from './use-as-of';

/**
 * Where the person lived on the date shown (dated membership, DOMAIN §2): the household, the relation to its head
 * then and the community, with that household's family badges (零就业家庭, 双失业家庭) on the same date — or that they
 * were in no household of the street that day.
 */
export function PlaceOfDay({ badges, reloadKey }: { badges: PersonBadges; reloadKey: string }) {
  const place = badges.place;
  if (!place) {
    return (
      <Text size="sm" c="dimmed" data-testid="place-of-day">
        当日不在本街道任何一户中{badges.archived ? '（已迁出）' : '（尚未迁入本街道）'}。
      </Text>
    );
  }
  return <PlaceWithFamily badges={badges} place={place} reloadKey={reloadKey} />;
}

function PlaceWithFamily({ badges, place, reloadKey }: { badges: PersonBadges; place: NonNullable<PersonBadges['place']>; reloadKey: string }) {
  const family = useApiQuery('population.household', { householdId: place.householdId, asOf: badges.asOf }, reloadKey);
  const f = family.data?.asOf === badges.asOf && family.data.householdId === place.householdId ? family.data : null;
  return (
    <Group gap="xs" data-testid="place-of-day">
      <Text size="sm">
        当日所在：{place.communityName}{' '}
        <Anchor href={`#${withAsOf(`/household/${place.householdId}`, badges.asOf)}`}>户 {place.householdNumber}</Anchor>（{RELATION_LABEL[place.relation]}）
      </Text>
      {f?.zeroEmployment && (
        <Badge color="red" variant="light">
          零就业家庭
        </Badge>
      )}
      {f?.doubleUnemployed && (
        <Badge color="orange" variant="light">
          双失业家庭
        </Badge>
      )}
    </Group>
  );
}
