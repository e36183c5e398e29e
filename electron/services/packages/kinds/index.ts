import type { PackageKind } from '../../../../shared/domain/packages/kinds';
import { annualKind } from '../annual/annual-kind';
import { calendarKind } from './calendar-kind';
import { codeListKind } from './code-list-kind';
import type { KindModule } from './kind-module';
import { parametersKind } from './parameters-kind';
import { standardKind } from './standard-kind';
import { transferKind } from './transfer-kind';
import { verdictsKind } from './verdicts-kind';

/** Every package kind's export and import. */
export const KIND_MODULES: Readonly<Record<PackageKind, KindModule>> = {
  'annual-submission': annualKind,
  standard: standardKind,
  calendar: calendarKind,
  parameters: parametersKind,
  'code-list': codeListKind,
  'bureau-verdicts': verdictsKind,
  'community-transfer': transferKind,
};
