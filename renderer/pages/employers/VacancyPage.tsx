import { Alert, Anchor, Breadcrumbs, Button, Divider, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { VacancyMatch } from '../../../shared/contract/employers';
import { useApiQuery } from '../../lib/use-api-query';
import { dateText, employerHref, REFERRAL_RESULT_LABEL, wageText } from './employer-labels';
import { FillVacancyModal } from './FillVacancyModal';
import { MatchesTable } from './MatchesTable';
import { ReferModal } from './ReferModal';
import { ReferralsTable } from './ReferralsTable';
import { useCommunityNames } from './use-community-names';
import { VacancyFlags } from './VacancyFlags';
import { VacancyFormModal } from './VacancyFormModal';
import { PageLoading } from '../../components/PageLoading';
import { Fact } from '../../components/Fact';

type Dialog = { kind: 'edit' } | { kind: 'fill' } | { kind: 'refer'; match: VacancyMatch } | null;

const MATCH_LIMIT = 30;


/** 岗位: its facts, who has been referred to it, and (while open) the unemployed persons who fit it, each with 介绍. */
export function VacancyPage({ id }: { id: number }) {
  const detail = useApiQuery('vacancies.get', { id });
  const referrals = useApiQuery('vacancies.referrals', { vacancyId: id });
  const matches = useApiQuery('vacancies.matches', { vacancyId: id, limit: MATCH_LIMIT });
  const communityName = useCommunityNames();
  const [dialog, setDialog] = useState<Dialog>(null);
  const referred = useMemo(() => {
    const map = new Map<number, string>();
    for (const r of [...(referrals.data ?? [])].reverse()) map.set(r.personId, r.referralResult ? REFERRAL_RESULT_LABEL[r.referralResult] : '—');
    return map;
  }, [referrals.data]);

  const v = detail.data;
  if (!v) return <PageLoading error={detail.error} />;
  const open = v.filledOn === null;
  const saved = () => {
    setDialog(null);
    detail.reload();
    referrals.reload();
    matches.reload();
  };
  const referralRows = referrals.data ?? [];
  const matchRows = matches.data ?? [];

  return (
    <Stack>
      <Breadcrumbs>
        <Anchor href="#/employers">用工单位</Anchor>
        <Anchor href={employerHref(v.employerId)}>{v.employerName}</Anchor>
        <Text>{v.title}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <Group gap="sm">
          <Title order={3}>{v.title}</Title>
          <VacancyFlags vacancy={v} />
        </Group>
        <Group>
          <Button variant="default" onClick={() => setDialog({ kind: 'edit' })}>
            编辑岗位
          </Button>
          {open && (
            <Button variant="default" onClick={() => setDialog({ kind: 'fill' })}>
              招满
            </Button>
          )}
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Fact label="用工单位">
          <Anchor href={employerHref(v.employerId)}>{v.employerName}</Anchor>
        </Fact>
        <Fact label="招聘人数">{v.posts} 人</Fact>
        <Fact label="工资（元/月）">{wageText(v.wage)}</Fact>
        <Fact label="所属社区">{communityName(v.communityId)}</Fact>
        <Fact label="技能要求">{v.skills ?? '—'}</Fact>
        <Fact label="发布日期">{dateText(v.openedOn)}</Fact>
        <Fact label="招满日期">{open ? '在招' : dateText(v.filledOn)}</Fact>
      </SimpleGrid>
      {detail.error && <Alert color="red">{detail.error.message}</Alert>}
      <Divider />
      <Title order={4}>已介绍（{referralRows.length} 人次）</Title>
      {referrals.error && <Alert color="red">{referrals.error.message}</Alert>}
      {referralRows.length > 0 ? (
        <ReferralsTable referrals={referralRows} />
      ) : (
        <Text c="dimmed" size="sm">
          还没有人被介绍到这个岗位。
        </Text>
      )}
      <Divider />
      <Group justify="space-between">
        <Title order={4}>匹配推荐</Title>
        <Text size="sm" c="dimmed">
          按意愿工种和技能特长与岗位名称、技能要求的词语匹配；只列失业人员（登记失业，或有就业意愿且未就业）
        </Text>
      </Group>
      {!open && <Text c="dimmed">岗位已于 {dateText(v.filledOn)}招满，不再推荐。</Text>}
      {open && matches.error && <Alert color="red">{matches.error.message}</Alert>}
      {open && matchRows.length > 0 && <MatchesTable matches={matchRows} referred={referred} onRefer={(match) => setDialog({ kind: 'refer', match })} />}
      {open && !matches.loading && matchRows.length === 0 && (
        <Text c="dimmed" ta="center" py="lg">
          没有意愿工种或技能特长与这个岗位相符的失业人员。
        </Text>
      )}
      {dialog?.kind === 'edit' && (
        <VacancyFormModal
          employer={{ id: v.employerId, name: v.employerName, pairedCommunityId: null }}
          vacancy={v}
          onClose={() => setDialog(null)}
          onSaved={saved}
          onRefresh={detail.reload}
        />
      )}
      {dialog?.kind === 'fill' && <FillVacancyModal vacancy={v} onClose={() => setDialog(null)} onSaved={saved} onRefresh={detail.reload} />}
      {dialog?.kind === 'refer' && <ReferModal vacancy={v} person={dialog.match} onClose={() => setDialog(null)} onSaved={saved} />}
    </Stack>
  );
}
