import { Anchor, Badge, Table } from '@mantine/core';
import type { VacancyReferral } from '../../../shared/contract/employers';
import { dateText, REFERRAL_RESULT_COLOR, REFERRAL_RESULT_LABEL } from './employer-labels';

/** 已介绍: the referral services naming this vacancy, newest first. */
export function ReferralsTable({ referrals }: { referrals: VacancyReferral[] }) {
  return (
    <Table striped withTableBorder aria-label="已介绍人员">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>介绍日期</Table.Th>
          <Table.Th>姓名</Table.Th>
          <Table.Th>身份证号码</Table.Th>
          <Table.Th>社区</Table.Th>
          <Table.Th>经办人</Table.Th>
          <Table.Th>结果</Table.Th>
          <Table.Th>说明</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {referrals.map((r) => (
          <Table.Tr key={r.serviceId}>
            <Table.Td>{dateText(r.date)}</Table.Td>
            <Table.Td>
              <Anchor href={`#/person/${r.personId}`}>{r.name}</Anchor>
            </Table.Td>
            <Table.Td ff="monospace">{r.idNumberMasked}</Table.Td>
            <Table.Td>{r.communityName}</Table.Td>
            <Table.Td>{r.clerk ?? '—'}</Table.Td>
            <Table.Td>
              {r.referralResult ? (
                <Badge color={REFERRAL_RESULT_COLOR[r.referralResult]} variant="light">
                  {REFERRAL_RESULT_LABEL[r.referralResult]}
                </Badge>
              ) : (
                '—'
              )}
            </Table.Td>
            <Table.Td>{r.outcome ?? ''}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
