/**
 * 参数设置: the settings a bureau fixes for its streets — the population rules (retirement rule, 4050 ages, rural
 * households) and the worklist's day counts. A changed population rule recomputes every person's dates and every
 * household's episodes inside the import's transaction, as a change in 设置 does.
 */
import type { ParameterRecord } from '../../../../shared/contract/package-records';
import { PopulationSettings as PopulationSettingsSchema } from '../../../../shared/contract/population';
import { WorklistSettings as WorklistSettingsSchema } from '../../../../shared/contract/worklist';
import { readSetting } from '../../../../db/repositories/system/settings-repo';
import { POPULATION_SETTINGS_KEY, readPopulationSettings } from '../../settings/population-settings';
import { setPopulationSettings } from '../../population/settings-service';
import { readWorklistSettings, setWorklistSettings, WORKLIST_SETTINGS_KEY } from '../../settings/worklist-settings';
import type { KindModule } from './kind-module';
import { counts, recordsOf } from './kind-module';

const LABEL: Record<ParameterRecord['key'], string> = { population: '人口口径', worklist: '待办期限' };

export const parametersKind: KindModule = {
  export({ db }) {
    const records: ParameterRecord[] = [
      { key: 'population', value: readPopulationSettings(db) },
      { key: 'worklist', value: readWorklistSettings(db) },
    ];
    return { entities: [{ entity: 'parameters', records }], period: null, notes: [] };
  },
  plan({ db }, records) {
    const { items } = recordsOf<ParameterRecord>(records, 'parameters');
    const summary = counts();
    const changes: ParameterRecord[] = [];
    const notes: string[] = [];
    for (const record of items) {
      const stored = readSetting(db, record.key === 'population' ? POPULATION_SETTINGS_KEY : WORKLIST_SETTINGS_KEY);
      const inForce =
        record.key === 'population' ? JSON.stringify(PopulationSettingsSchema.parse(readPopulationSettings(db))) : JSON.stringify(WorklistSettingsSchema.parse(readWorklistSettings(db)));
      if (JSON.stringify(record.value) === inForce) {
        summary.unchanged += 1;
        continue;
      }
      if (stored === null) summary.new += 1;
      else summary.changed += 1;
      changes.push(record);
      notes.push(
        record.key === 'population'
          ? `${LABEL.population}将改变：导入时会按新口径重新计算每人的退休日期和各户的零就业家庭（大街道需十几秒）。`
          : `${LABEL.worklist}将改变（职业指导、回访等期限），待办随之变化。`,
      );
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
          } else setWorklistSettings(db, ctx, record.value);
        }
      },
    };
  },
};
