import type { Employer } from '../../../shared/contract/employers';
import { FormDialog } from '../../components/form-dialog/FormDialog';
import { call } from '../../lib/api';
import { useCommunityOptions } from '../communities/community-options';

interface Props {
  /** null: a new employer. */
  employer: Employer | null;
  onClose(): void;
  onSaved(employer: Employer): void;
  /** Reloads the employer after someone else saved it first. */
  onRefresh(): void;
}

/** 新增/编辑用工单位: name, contact, and 结对 (the community it is paired with, and since when). */
export function EmployerFormModal({ employer, onClose, onSaved, onRefresh }: Props) {
  const communities = useCommunityOptions();
  const initial = {
    name: employer?.name ?? '',
    contact: employer?.contact ?? '',
    pairedCommunityId: employer?.pairedCommunityId ? String(employer.pairedCommunityId) : null,
    pairedOn: employer?.pairedOn ?? '',
  };
  return (
    <FormDialog
      initial={initial}
      title={employer ? `编辑用工单位：${employer.name}` : '新增用工单位'}
      onClose={onClose}
      onRefresh={employer ? onRefresh : undefined}
      fields={() => [
        { kind: 'text', name: 'name', label: '单位名称', required: true, limit: 100 },
        { kind: 'text', name: 'contact', label: '联系人及电话', limit: 100, placeholder: '如 王经理 13800000000' },
        {
          row: [
            {
              kind: 'select',
              name: 'pairedCommunityId',
              label: '结对社区',
              placeholder: '未结对',
              clearable: true,
              searchable: true,
              data: communities,
              nothingFound: '没有这个社区',
              alsoSet: (community) => (community === null ? { pairedOn: '' } : {}),
            },
            { kind: 'date', name: 'pairedOn', label: '结对日期', check: (_day, { pairedCommunityId }) => pairedCommunityId === null && '填写结对日期时须选择结对社区' },
          ],
        },
      ]}
      save={async (v) => {
        const values = {
          name: v.name.trim(),
          contact: v.contact.trim() || null,
          pairedCommunityId: v.pairedCommunityId === null ? null : Number(v.pairedCommunityId),
          pairedOn: v.pairedOn || null,
        };
        const saved = employer ? await call('employers.update', { id: employer.id, version: employer.version, ...values }) : await call('employers.create', values);
        onSaved(saved);
        return `已保存用工单位“${saved.name}”`;
      }}
    />
  );
}
