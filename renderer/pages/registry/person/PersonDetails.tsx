import { SimpleGrid } from '@mantine/core';
import type { PersonDetail } from '../../../../shared/contract/registry';
import { EDUCATION_LABEL, WORK_ABILITY_LABEL, chineseDate } from '../labels';
import { Fact } from '../../../components/Fact';

const yesNo = (v: boolean): string => (v ? '是' : '否');


export function PersonDetails({ person: p }: { person: PersonDetail }) {
  return (
    <SimpleGrid cols={4} spacing="md" verticalSpacing="sm" aria-label="人员详情">
      <Fact label="出生日期">{chineseDate(p.birthDate)}</Fact>
      <Fact label="文化程度">{p.education ? EDUCATION_LABEL[p.education] : null}</Fact>
      <Fact label="劳动能力">{WORK_ABILITY_LABEL[p.workAbility]}</Fact>
      <Fact label="退休年龄基准">{p.retirementBase ? `${p.retirementBase} 岁` : p.gender === 'F' ? '按规定' : null}</Fact>
      <Fact label="在校学生">{yesNo(p.isStudent)}</Fact>
      <Fact label="已退休">{yesNo(p.isRetired)}</Fact>
      <Fact label="农民工">{yesNo(p.migrantWorker)}</Fact>
      <Fact label="复转军人">{yesNo(p.veteran)}</Fact>
      <Fact label="高校毕业年份">{p.graduationYear ? `${p.graduationYear} 年` : null}</Fact>
      <Fact label="技能特长">{p.skills}</Fact>
      <Fact label="技能等级">{p.skillLevel}</Fact>
      <Fact label="社保关系">{p.socialInsurance}</Fact>
      <Fact label="享受政策">{p.policiesEnjoyed}</Fact>
      {p.archivedOn && <Fact label="迁出">{`${chineseDate(p.archivedOn)}，${p.archiveReason ?? ''}`}</Fact>}
    </SimpleGrid>
  );
}
