import { Text } from '@mantine/core';
import type { Vacancy, VacancyMatch } from '../../../shared/contract/employers';
import { todayIso } from '../../../shared/clock';
import { FormDialog } from '../../components/form-dialog/FormDialog';
import { call } from '../../lib/api';
import { lastClerk, rememberClerk } from '../services/last-clerk';

/** 介绍: records a referral service (职业介绍) of the person to the vacancy, result 待定 until the employer answers. */
export function ReferModal({ vacancy, person, ...dialog }: { vacancy: Vacancy; person: VacancyMatch; onClose(): void; onSaved(): void }) {
  return (
    <FormDialog
      {...dialog}
      initial={{ date: todayIso(), clerk: lastClerk(), content: `介绍到${vacancy.employerName}“${vacancy.title}”岗位` }}
      title={`介绍：${person.name} → ${vacancy.title}`}
      submitLabel="记录介绍"
      fields={() => [
        <Text size="sm">{person.name}（{person.idNumberMasked}，{person.communityName}）介绍到 {vacancy.employerName}“{vacancy.title}”。</Text>,
        {
          row: [
            { kind: 'date', name: 'date', label: '介绍日期', required: true, notBefore: { 岗位发布日期: vacancy.openedOn } },
            { kind: 'text', name: 'clerk', label: '经办人', required: true, limit: 20, description: '下次默认为本次的经办人', autofocus: true },
          ],
        },
        { kind: 'text', name: 'content', label: '服务内容', limit: 500 },
        <Text size="sm" c="dimmed">介绍结果记为“待定”；单位录用或本人拒绝后，在人员页的服务记录中登记结果。</Text>,
      ]}
      save={async ({ date, clerk, content }) => {
        const subject = { personId: person.personId };
        await call('services.record', { kind: 'referral', subject, date, clerk: clerk.trim(), content: content.trim() || null, vacancyId: vacancy.id, referralResult: 'pending' });
        rememberClerk(clerk);
        return `已记录职业介绍：${person.name} → ${vacancy.title}（${date}）`;
      }}
    />
  );
}
