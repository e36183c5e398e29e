import type { Community, PlatformChecklist } from '../../../shared/contract/communities';
import { PLATFORM_ITEMS, type PlatformItem } from '../../../shared/domain/workbook/records';
import { PLATFORM_LABEL } from '../../../shared/domain/workbook/vocabulary';
import { FormDialog } from '../../components/form-dialog/FormDialog';
import type { FieldItem } from '../../components/form-dialog/field-spec';
import { call } from '../../lib/api';

type Mark = 'yes' | 'no' | 'none';
type Values = Record<PlatformItem, Mark> & Record<`${PlatformItem}Note`, string>;

const MARKS: Record<Mark, string> = { yes: '到位', no: '未到位', none: '未记录' };

/** What each item means (DOMAIN §2: service station, dedicated staff, budgeted funding, premises and equipment…). */
const HINT: Record<PlatformItem, string> = {
  organisation: '社区劳动保障服务站（室）挂牌',
  staff: '专职工作人员',
  funding: '工作经费列入预算',
  premises: '固定办公场地和设备',
  rules: '工作制度上墙',
  results: '工作成效',
};

function initialOf(platform: PlatformChecklist | null): Values {
  const values = {} as Values;
  for (const item of PLATFORM_ITEMS) {
    const mark = platform?.[item];
    values[item] = mark ? (mark.ok ? 'yes' : 'no') : 'none';
    values[`${item}Note`] = mark?.note ?? '';
  }
  return values;
}

function checklistOf(values: Values): PlatformChecklist {
  const out: PlatformChecklist = {};
  for (const item of PLATFORM_ITEMS) {
    if (values[item] !== 'none') out[item] = { ok: values[item] === 'yes', note: values[`${item}Note`].trim() || null };
  }
  return out;
}

interface Props {
  community: Community;
  onClose(): void;
  onSaved(): void;
  onRefresh(): void;
}

/** 六到位: each of 机构、人员、经费、场地、制度、成效 到位 or not, with its evidence; an item may stay 未记录. */
export function PlatformDialog({ community, ...dialog }: Props) {
  return (
    <FormDialog
      {...dialog}
      size="lg"
      initial={initialOf(community.platform)}
      title={`社区劳动保障平台“六到位”：${community.name}`}
      errorPrefix="platform."
      fields={() =>
        PLATFORM_ITEMS.map(
          (item): FieldItem<Values> => ({
            cols: 2,
            row: [
              { kind: 'segmented', name: item, label: `${PLATFORM_LABEL[item]}（${HINT[item]}）`, data: MARKS },
              { kind: 'text', name: `${item}Note`, label: `${PLATFORM_LABEL[item]}佐证说明`, limit: 200 },
            ],
          }),
        )
      }
      check={(values) => Object.fromEntries(PLATFORM_ITEMS.map((item) => [item, values[item] === 'none' && values[`${item}Note`].trim() ? '填写了佐证说明，请同时选择“到位”或“未到位”' : null]))}
      save={async (values) => {
        await call('communities.setPlatform', { id: community.id, version: community.version, platform: checklistOf(values) });
        return `已保存“${community.name}”的“六到位”`;
      }}
    />
  );
}

/** The checklist in a word: how many of the six are recorded 到位. */
export function platformSummary(platform: PlatformChecklist | null): string {
  if (platform === null) return '未记录';
  const recorded = PLATFORM_ITEMS.filter((item) => platform[item] !== undefined).length;
  const done = PLATFORM_ITEMS.filter((item) => platform[item]?.ok === true).length;
  return recorded === PLATFORM_ITEMS.length ? `${done}/6 到位` : `${done}/6 到位（${PLATFORM_ITEMS.length - recorded} 项未记录）`;
}
