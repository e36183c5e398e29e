import type { PersonDetail } from '../../../../shared/contract/registry';
import type { DateLimits, FieldBase } from '../../../components/form-dialog/field-spec';

/**
 * A required date of a dialog about one person's record: not before the record's own earlier dates (`notBefore`),
 * not after the person left the street (迁出).
 */
export function personDateField<N extends string>(
  person: Pick<PersonDetail, 'archivedOn'>,
  field: Omit<FieldBase, 'name' | 'required'> & { name: N; notBefore: DateLimits },
) {
  return { ...field, kind: 'date' as const, required: true, notAfter: { 迁出日期: person.archivedOn } };
}
