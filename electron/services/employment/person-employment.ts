/** The person page's employment facts: every spell and registration, and the wish in force today. */
import type { PersonEmployment } from '../../../shared/contract/employment';
import { listRegistrationsOfPerson } from '../../../db/repositories/employment/registrations-repo';
import { listSpellsOfPerson } from '../../../db/repositories/employment/spells-repo';
import { wishInForce } from '../../../db/repositories/employment/wishes-repo';
import type { DeskDatabase } from '../../../db/open-database';
import { requirePerson } from '../registry/person-rules';

export function personEmployment(db: DeskDatabase, today: string, personId: number): PersonEmployment {
  const person = requirePerson(db, personId);
  return {
    personId: person.id,
    asOf: today,
    spells: listSpellsOfPerson(db, person.id).reverse(),
    registrations: listRegistrationsOfPerson(db, person.id).reverse(),
    wish: wishInForce(db, person.id, today),
  };
}
