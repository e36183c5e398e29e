import { Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { WriteButton } from '../../components/WriteButton';
import type { ReactNode } from 'react';
import type { PersonEmployment, Registration, Spell } from '../../../shared/contract/employment';
import { chineseDate } from '../registry/labels';
import { REGISTRATION_REASON_LABEL, registeredFor, spellPeriod, spellTerms, spellTitle, wishDate, wishDetail } from './employment-labels';

interface Props {
  facts: PersonEmployment;
  onCloseSpell(spell: Spell): void;
  onCancelRegistration(registration: Registration): void;
}

function Card({ title, label, children }: { title: string; label: string; children: ReactNode }) {
  return (
    <Paper withBorder p="sm" radius="md" aria-label={label}>
      <Stack gap={6}>
        <Text size="xs" c="dimmed" fw={600}>
          {title}
        </Text>
        {children}
      </Stack>
    </Paper>
  );
}

function SpellCard({ facts, onCloseSpell }: Pick<Props, 'facts' | 'onCloseSpell'>) {
  const open = facts.spells.filter((s) => s.endDate === null);
  const last = facts.spells.find((s) => s.endDate !== null);
  return (
    <Card title="就业" label="当前就业">
      {open.map((s) => (
        <Stack key={s.id} gap={2}>
          <Group gap="xs">
            <Badge color="green">在岗</Badge>
            <Text size="sm" fw={500}>
              {spellTitle(s)}
            </Text>
          </Group>
          <Text size="sm">{spellPeriod(s)}</Text>
          <Text size="xs" c="dimmed">
            {spellTerms(s)}
          </Text>
          <Group>
            <WriteButton size="compact-sm" variant="light" onClick={() => onCloseSpell(s)} aria-label={`结束就业：${spellTitle(s)}`}>
              结束就业
            </WriteButton>
          </Group>
        </Stack>
      ))}
      {open.length === 0 && <Text size="sm">目前没有在岗就业</Text>}
      {open.length === 0 && last && (
        <Text size="xs" c="dimmed">
          上一段：{spellTitle(last)}，{spellPeriod(last)}
        </Text>
      )}
      {facts.spells.length > 0 && (
        <Text size="xs" c="dimmed">
          共 {facts.spells.length} 段就业记录（见时间线）
        </Text>
      )}
    </Card>
  );
}

function RegistrationCard({ facts, onCancelRegistration }: Pick<Props, 'facts' | 'onCancelRegistration'>) {
  const open = facts.registrations.find((r) => r.cancelledOn === null) ?? null;
  const last = facts.registrations.find((r) => r.cancelledOn !== null);
  return (
    <Card title="失业登记" label="失业登记情况">
      {open ? (
        <Stack gap={2}>
          <Group gap="xs">
            <Badge color="orange">登记失业</Badge>
            <Text size="sm" fw={500}>
              {REGISTRATION_REASON_LABEL[open.reason]}
            </Text>
          </Group>
          <Text size="sm">{chineseDate(open.registeredOn)}登记</Text>
          <Text size="xs" c="dimmed">
            {registeredFor(open, facts.asOf)}
          </Text>
          <Group>
            <WriteButton size="compact-sm" variant="light" onClick={() => onCancelRegistration(open)}>
              注销登记
            </WriteButton>
          </Group>
        </Stack>
      ) : (
        <Text size="sm">未登记失业</Text>
      )}
      {!open && last && (
        <Text size="xs" c="dimmed">
          上次：{chineseDate(last.registeredOn)}登记，{chineseDate(last.cancelledOn)}注销（{last.cancelReason ?? '未填原因'}）
        </Text>
      )}
    </Card>
  );
}

function WishCard({ facts }: Pick<Props, 'facts'>) {
  const w = facts.wish;
  return (
    <Card title="就业意愿" label="就业意愿">
      {w ? (
        <Stack gap={2}>
          <Group gap="xs">
            <Badge color={w.hasWish ? 'blue' : 'gray'}>{w.hasWish ? '有就业意愿' : '无就业意愿'}</Badge>
            {w.deemedByRefusals && (
              <Badge color="orange" variant="light">
                视为无意愿
              </Badge>
            )}
          </Group>
          <Text size="sm">{wishDetail(w)}</Text>
          <Text size="xs" c="dimmed">
            {wishDate(w)}
          </Text>
        </Stack>
      ) : (
        <Text size="sm">未记录就业意愿</Text>
      )}
    </Card>
  );
}

/** Today's facts: the open spell(s), the open registration, the wish in force — each with what can be done to it. */
export function StatusCards(props: Props) {
  return (
    <SimpleGrid cols={3} spacing="sm">
      <SpellCard {...props} />
      <RegistrationCard {...props} />
      <WishCard facts={props.facts} />
    </SimpleGrid>
  );
}
