import { Anchor, Badge } from '@mantine/core';
import type { VacancyReferral } from '../../../shared/contract/employers';
import { DataTable } from '../../components/DataTable';
import { dateText, REFERRAL_RESULT_COLOR, REFERRAL_RESULT_LABEL } from './employer-labels';

/** 已介绍: the referral services naming this vacancy, newest first. */
export function ReferralsTable({ referrals }: { referrals: VacancyReferral[] }) {
  return (
    <DataTable aria-label="已介绍人员" rows={referrals} rowKey={(r) => r.serviceId}
      columns={[
        { header: '介绍日期', cell: (r) => dateText(r.date) },
        { header: '姓名', cell: (r) => <Anchor href={`#/person/${r.personId}`}>{r.name}</Anchor> },
        { header: '身份证号码', mono: true, cell: (r) => r.idNumberMasked },
        { header: '社区', cell: (r) => r.communityName },
        { header: '经办人', cell: (r) => r.clerk ?? '—' },
        {
          header: '结果',
          cell: (r) =>
            r.referralResult ? (
              <Badge color={REFERRAL_RESULT_COLOR[r.referralResult]} variant="light">
                {REFERRAL_RESULT_LABEL[r.referralResult]}
              </Badge>
            ) : (
              '—'
            ),
        },
        { header: '说明', cell: (r) => r.outcome ?? '' },
      ]}
    />
  );
}
