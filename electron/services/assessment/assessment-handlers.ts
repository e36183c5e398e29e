/** The standards and assessment methods (shared/contract/standards.ts, shared/contract/assessment.ts). */
import { getStreet } from '../../../db/repositories/system/street-repo';
import type { DeskDatabase } from '../../../db/open-database';
import type { FileRegistry } from '../files/file-registry';
import type { HandlersOf } from '../handlers';
import { compareSaved } from './compare-saved';
import { recordManualVerdict } from './manual-service';
import { runAssessment } from './run-assessment';
import { getSavedAssessment, listSavedAssessments, saveAssessment } from './saved-service';
import { getStandard, importStandardFile, listStandards } from './standards-service';

export interface AssessmentDeps {
  db: DeskDatabase;
  files: FileRegistry;
  today(): string;
}

export type AssessmentHandlers = Omit<HandlersOf<'standards' | 'assessment'>, 'assessment.trend'>;

/** The street's code and name for the street line of a result ("街道" until the street is set up). */
export function streetHead(db: DeskDatabase): { code: string; name: string } {
  const street = getStreet(db);
  return { code: street?.code ?? '', name: street?.name ?? '街道' };
}

export function assessmentHandlers(deps: AssessmentDeps): AssessmentHandlers {
  const { db } = deps;
  return {
    'standards.list': () => listStandards(db),
    'standards.get': (_ctx, input) => getStandard(db, input.id, input.version),
    'standards.import': (ctx, input) => {
      const file = deps.files.resolve(input.file, 'input');
      return importStandardFile(db, ctx, file.path, file.name);
    },
    'assessment.run': (_ctx, input) => runAssessment(db, input, deps.today(), streetHead(db)),
    'assessment.recordManual': (ctx, input) => recordManualVerdict(db, ctx, input, deps.today()),
    'assessment.save': (ctx, input) => saveAssessment(db, ctx, input, deps.today(), streetHead(db)),
    'assessment.listSaved': (_ctx, input) => listSavedAssessments(db, input.standardId ?? null, input.limit ?? 100),
    'assessment.getSaved': (_ctx, input) => getSavedAssessment(db, input.id),
    'assessment.compare': (_ctx, input) => compareSaved(db, input.a, input.b),
  };
}
