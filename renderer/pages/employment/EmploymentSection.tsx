import { Alert, Group, Kbd, Loader, Stack, Text, Title } from '@mantine/core';
import { WriteButton } from '../../components/WriteButton';
import type { Registration, Spell } from '../../../shared/contract/employment';
import { useApiQuery } from '../../lib/use-api-query';
import { chineseDate } from '../registry/labels';
import { AddSpellModal } from './AddSpellModal';
import { CancelRegistrationModal } from './CancelRegistrationModal';
import { CloseSpellModal } from './CloseSpellModal';
import { RegisterModal } from './RegisterModal';
import { StatusCards } from './StatusCards';
import { EMPLOYMENT_HOTKEYS, useEmploymentHotkeys } from './use-employment-hotkeys';
import type { EmploymentAction } from './use-employment-hotkeys';
import { WishModal } from './WishModal';
import { useSectionDialog } from '../../lib/use-section-dialog';
import type { PersonSectionProps } from '../../lib/use-section-dialog';

type Dialog =
  | { kind: EmploymentAction }
  | { kind: 'closeSpell'; spell: Spell }
  | { kind: 'cancelRegistration'; registration: Registration }
  | null;

/** 就业与失业 on the person page: today's facts and the dialogs that record employment, unemployment and the wish. */
export function EmploymentSection({ person, reloadKey, onChanged }: PersonSectionProps) {
  const { dialog, setDialog, tick, handlers } = useSectionDialog<NonNullable<Dialog>>(onChanged);
  const query = useApiQuery('employment.ofPerson', { personId: person.id }, `${reloadKey}.${tick}`);
  const facts = query.data?.personId === person.id ? query.data : null;
  const archived = person.archivedOn !== null;
  const openRegistration = facts?.registrations.find((r) => r.cancelledOn === null) ?? null;
  const openSpells = facts?.spells.filter((s) => s.endDate === null) ?? [];
  const enabled = { spell: !archived && facts !== null, register: !archived && facts !== null && !openRegistration, wish: !archived && facts !== null };
  useEmploymentHotkeys((kind) => setDialog({ kind }), enabled);

  const action = (kind: EmploymentAction, label: string) => (
    <WriteButton variant="default" disabled={!enabled[kind]} onClick={() => setDialog({ kind })} rightSection={<Kbd size="xs">{EMPLOYMENT_HOTKEYS[kind]}</Kbd>}>
      {label}
    </WriteButton>
  );

  return (
    <Stack gap="xs" aria-label="就业与失业">
      <Group justify="space-between">
        <Title order={5}>就业与失业</Title>
        <Group gap="xs">
          {action('spell', '新增就业')}
          {action('register', '失业登记')}
          {action('wish', '就业意愿')}
        </Group>
      </Group>
      {archived && (
        <Text size="sm" c="dimmed">
          {person.name}已于{chineseDate(person.archivedOn)}迁出，不能再新增就业、失业登记或就业意愿；迁出前未结束的就业、未注销的登记，可结束或注销于迁出日期及以前。
        </Text>
      )}
      {!archived && openRegistration && (
        <Text size="sm" c="dimmed">
          已有未注销的失业登记；重新登记前须先注销。
        </Text>
      )}
      {!archived && openRegistration && openSpells.length > 0 && (
        <Alert color="yellow" variant="light">
          {person.name}既有在岗就业，又有未注销的失业登记。已就业的，请注销失业登记；已失业的，请结束就业。
        </Alert>
      )}
      {query.error && <Alert color="red">{query.error.message}</Alert>}
      {!facts && !query.error && <Loader size="sm" aria-label="正在载入就业情况" />}
      {facts && (
        <StatusCards
          facts={facts}
          onCloseSpell={(spell) => setDialog({ kind: 'closeSpell', spell })}
          onCancelRegistration={(registration) => setDialog({ kind: 'cancelRegistration', registration })}
        />
      )}
      {facts && dialog?.kind === 'spell' && <AddSpellModal person={person} openRegistration={openRegistration} {...handlers} />}
      {facts && dialog?.kind === 'register' && <RegisterModal person={person} openSpells={openSpells} hasWishRecorded={facts.wish !== null} {...handlers} />}
      {facts && dialog?.kind === 'wish' && <WishModal person={person} current={facts.wish} {...handlers} />}
      {dialog?.kind === 'closeSpell' && <CloseSpellModal person={person} spell={dialog.spell} {...handlers} />}
      {dialog?.kind === 'cancelRegistration' && (
        <CancelRegistrationModal person={person} registration={dialog.registration} {...handlers} />
      )}
    </Stack>
  );
}
