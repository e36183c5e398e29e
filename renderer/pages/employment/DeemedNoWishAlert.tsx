import { Alert, Group, Stack, Text } from '@mantine/core';
import { WriteButton } from '../../components/WriteButton';
import { useState } from 'react';
import { useApiQuery } from '../../lib/use-api-query';
import { chineseDate } from '../registry/labels';
import { ConfirmDeemedModal } from './ConfirmDeemedModal';
import { RefusalList } from './RefusalList';
import type { PersonSectionProps } from '../../lib/use-section-dialog';

/**
 * Two refused referrals since the wish in force: the suggestion to record “deemed no wish”, with the referrals.
 * Nothing is recorded until the clerk confirms. Nothing shows for a person who is no candidate.
 */
export function DeemedNoWishAlert({ person, reloadKey, onChanged }: PersonSectionProps) {
  const query = useApiQuery('wishes.deemedNoWishCandidates', { personId: person.id }, reloadKey);
  const [confirming, setConfirming] = useState(false);
  const candidate = query.data?.[0] ?? null;
  if (!candidate) return null;
  const since = candidate.wishRecordedOn ? `自${chineseDate(candidate.wishRecordedOn)}登记有就业意愿以来` : '登记有就业意愿以来';
  return (
    <Alert color="orange" title="建议：视为无就业意愿">
      <Stack gap="xs">
        <Text size="sm">
          {since}，{person.name}已 {candidate.refusals.length} 次拒绝职业介绍。按规定可视为无就业意愿，须由经办人确认，不会自动记录。
        </Text>
        <RefusalList refusals={candidate.refusals} />
        <Group>
          <WriteButton color="orange" onClick={() => setConfirming(true)}>
            确认视为无就业意愿
          </WriteButton>
        </Group>
      </Stack>
      {confirming && (
        <ConfirmDeemedModal
          person={person}
          candidate={candidate}
          onClose={() => setConfirming(false)}
          onSaved={() => {
            setConfirming(false);
            onChanged();
          }}
          onRefresh={() => {
            setConfirming(false);
            query.reload();
          }}
        />
      )}
    </Alert>
  );
}
