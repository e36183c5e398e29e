import type { Vacancy } from '../../../shared/contract/employers';
import { todayIso } from '../../../shared/clock';
import { FormDialog } from '../../components/form-dialog/FormDialog';
import { call } from '../../lib/api';
import { useCommunityOptions } from '../communities/community-options';

interface Props {
  employer: { id: number; name: string; pairedCommunityId: number | null };
  /** null: a new vacancy of the employer. */
  vacancy: Vacancy | null;
  onClose(): void;
  onSaved(vacancy: Vacancy): void;
  onRefresh(): void;
}

function postsProblem(posts: number | string): string | null {
  if (typeof posts !== 'number' || !Number.isInteger(posts) || posts < 1) return '招聘人数应为至少 1 的整数';
  return posts > 10_000 ? '招聘人数过大' : null;
}

/** 新增/编辑岗位: title, posts, skills, wage, opening date, community, 公益性岗位 and 社区开发 flags. */
export function VacancyFormModal({ employer, vacancy: v, onClose, onSaved, onRefresh }: Props) {
  const communities = useCommunityOptions();
  const community = v ? v.communityId : employer.pairedCommunityId;
  const initial = {
    title: v?.title ?? '',
    posts: (v?.posts ?? 1) as number | string,
    skills: v?.skills ?? '',
    wage: (v?.wage ?? '') as number | string,
    openedOn: v?.openedOn ?? todayIso(),
    communityId: community === null ? null : String(community),
    publicWelfare: v?.publicWelfare ?? false,
    developedByCommunity: v?.developedByCommunity ?? false,
  };
  return (
    <FormDialog
      initial={initial}
      title={v ? `编辑岗位：${v.title}（${employer.name}）` : `新增岗位：${employer.name}`}
      size="lg"
      onClose={onClose}
      onRefresh={v ? onRefresh : undefined}
      fields={() => [
        {
          row: [
            { kind: 'text', name: 'title', label: '岗位名称', required: true, limit: 60, placeholder: '如 保洁员' },
            { kind: 'number', name: 'posts', label: '招聘人数', required: true, requiredMessage: '招聘人数应为至少 1 的整数', min: 1, max: 10_000, decimals: 0, check: postsProblem },
          ],
        },
        { kind: 'text', name: 'skills', label: '技能要求', limit: 200, placeholder: '用顿号或空格分隔，如 家政、清洁', description: '用于匹配求职人员的意愿工种和技能特长' },
        {
          row: [
            {
              kind: 'number',
              name: 'wage',
              label: '工资（元/月）',
              placeholder: '面议可不填',
              min: 0,
              thousands: true,
              check: (wage) => (typeof wage !== 'number' || wage < 0) && '工资应为不小于 0 的数字，面议可不填',
            },
            { kind: 'date', name: 'openedOn', label: '发布日期', required: true, notAfter: { 招满日期: v?.filledOn } },
          ],
        },
        {
          kind: 'select',
          name: 'communityId',
          label: '所属社区',
          placeholder: '不限社区',
          description: '岗位面向或由其开发的社区；默认为单位的结对社区',
          clearable: true,
          searchable: true,
          data: communities,
          nothingFound: '没有这个社区',
        },
        { row: [{ kind: 'checkbox', name: 'publicWelfare', label: '公益性岗位' }, { kind: 'checkbox', name: 'developedByCommunity', label: '社区开发的岗位' }], inline: true },
      ]}
      save={async (f) => {
        const values = {
          communityId: f.communityId === null ? null : Number(f.communityId),
          title: f.title.trim(),
          posts: Number(f.posts),
          skills: f.skills.trim() || null,
          wage: f.wage === '' ? null : Number(f.wage),
          openedOn: f.openedOn,
          publicWelfare: f.publicWelfare,
          developedByCommunity: f.developedByCommunity,
        };
        const saved = v ? await call('vacancies.update', { id: v.id, version: v.version, ...values }) : await call('vacancies.create', { employerId: employer.id, ...values });
        onSaved(saved);
        return `已保存岗位“${saved.title}”`;
      }}
    />
  );
}
