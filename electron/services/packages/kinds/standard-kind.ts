/** 考核标准: every rule set of the install; on import a new id or version is added, the same one must be identical. */
import type { PackageProblem } from '../../../../shared/contract/packages';
import type { StandardDefinition } from '../../../../shared/contract/standards';
import { entityPath } from '../../../../shared/domain/packages/kinds';
import { findStandardRow, listStandardRows } from '../../../../db/repositories/assessment/standards-repo';
import { definitionOf, saveImportedStandard } from '../../assessment/standards-service';
import type { KindModule } from './kind-module';
import { conflict, counts, recordsOf } from './kind-module';

export const standardKind: KindModule = {
  export({ db }) {
    const rows = listStandardRows(db).sort((a, b) => a.rowId - b.rowId);
    return { entities: [{ entity: 'standards', records: rows.map(definitionOf) }], period: null, notes: [] };
  },
  plan({ db, fileName }, records) {
    const { items, lines } = recordsOf<StandardDefinition>(records, 'standards');
    const summary = counts();
    const conflicts: PackageProblem[] = [];
    const added: StandardDefinition[] = [];
    items.forEach((definition, i) => {
      const existing = findStandardRow(db, definition.id, definition.version);
      if (!existing) {
        summary.new += 1;
        added.push(definition);
      } else if (existing.body === JSON.stringify(definition)) summary.unchanged += 1;
      else {
        summary.conflicts += 1;
        conflicts.push(
          conflict('standards', entityPath('standards'), lines[i], `${definition.id}@${definition.version}`, `本机已有考核标准 ${definition.id} 的 ${definition.version} 版，内容不同；修订后的标准应使用新的版本号`),
        );
      }
    });
    return {
      summary: { standards: summary },
      conflicts,
      notes: [],
      apply(ctx) {
        for (const definition of added) saveImportedStandard(db, ctx, definition, fileName);
      },
    };
  },
};
