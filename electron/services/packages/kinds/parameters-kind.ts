/**
 * 参数设置: the settings a bureau fixes for its streets — the population rules (retirement rule, 4050 ages, rural
 * households), the worklist's day counts and the masking rule of public prints. A changed population rule recomputes what
 * it touches (settings-recompute.ts) inside the import's transaction, as a change in 设置 does.
 */
import type { ParameterRecord } from '../../../../shared/contract/package-records';
import { PopulationSettings as PopulationSettingsSchema } from '../../../../shared/contract/population';
import { WorklistSettings as WorklistSettingsSchema } from '../../../../shared/contract/worklist';
import { readSetting } from '../../../../db/repositories/system/settings-repo';
import { POPULATION_SETTINGS_KEY, readPopulationSettings } from '../../settings/population-settings';
import { setPopulationSettings } from '../../population/settings-service';
import { readWorklistSettings, setWorklistSettings, WORKLIST_SETTINGS_KEY } from '../../settings/worklist-settings';
import { PRINT_SETTINGS_KEY, readPrintSettings, setPrintSettings } from '../../street/print-settings';
import type { DeskDatabase } from '../../../../db/open-database';
import type { KindModule } from './kind-module';
import { counts, recordsOf } from './kind-module';

const LABEL: Record<ParameterRecord['key'], string> = { population: '人口口径', worklist: '待办期限', masking: '号码遮挡规则' };

/** The value in force of one parameter, as it is stored (null when nothing is stored: the default is in force). */
function inForce(db: DeskDatabase, key: ParameterRecord['key']): { stored: boolean; value: string } {
  if (key === 'population') return { stored: readSetting(db, POPULATION_SETTINGS_KEY) !== null, value: JSON.stringify(PopulationSettingsSchema.parse(readPopulationSettings(db))) };
  if (key === 'worklist') return { stored: readSetting(db, WORKLIST_SETTINGS_KEY) !== null, value: JSON.stringify(WorklistSettingsSchema.parse(readWorklistSettings(db))) };
  return { stored: readSetting(db, PRINT_SETTINGS_KEY) !== null, value: JSON.stringify(readPrintSettings(db).masking) };
}

const CHANGE_NOTE: Record<ParameterRecord['key'], string> = {
  population: `${LABEL.population}将改变：导入时会按新口径重新计算每人的退休日期和各户的零就业家庭（大街道需数秒）。`,
  worklist: `${LABEL.worklist}将改变（职业指导、回访等期限），待办随之变化。`,
  masking: `${LABEL.masking}将改变：公开打印和导出的身份证号码、电话号码按新规则遮挡。`,
};

export const parametersKind: KindModule = {
  export({ db }) {
    const records: ParameterRecord[] = [
      { key: 'population', value: readPopulationSettings(db) },
      { key: 'worklist', value: readWorklistSettings(db) },
      { key: 'masking', value: readPrintSettings(db).masking },
    ];
    return { entities: [{ entity: 'parameters', records }], period: null, notes: [] };
  },
  plan({ db }, records) {
    const { items } = recordsOf<ParameterRecord>(records, 'parameters');
    const summary = counts();
    const changes: ParameterRecord[] = [];
    const notes: string[] = [];
    for (const record of items) {
      const now = inForce(db, record.key);
      if (JSON.stringify(record.value) === now.value) {
        summary.unchanged += 1;
        continue;
      }
      if (now.stored) summary.changed += 1;
      else summary.new += 1;
      changes.push(record);
      notes.push(CHANGE_NOTE[record.key]);
    }
    return {
      summary: { parameters: summary },
      conflicts: [],
      notes,
      apply(ctx, _logId, report) {
        for (const record of changes) {
          if (record.key === 'population') {
            report(0.5, '正在按新口径重新计算派生状态');
            setPopulationSettings(db, ctx, record.value);
          } else if (record.key === 'worklist') setWorklistSettings(db, ctx, record.value);
          else setPrintSettings(db, ctx, { ...readPrintSettings(db), masking: record.value });
        }
      },
    };
  },
};
