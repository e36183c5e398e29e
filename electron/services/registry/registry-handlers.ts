/** The registry's API methods (households, persons, person search): one handler per method of registryContract. */
import type { DeskDatabase } from '../../../db/open-database';
import type { Handler } from '../handlers';
import { createHousehold, editHousehold, householdDetail, listHouseholds, setHouseholdFlag } from './households-service';
import { archivePerson, createPerson, editPerson, movePerson, personDetail } from './persons-service';
import { personTimeline } from './person-timeline';
import { resolveIdNumbers } from './resolve-id-numbers';
import { searchPersons } from './search-service';

export function registryHandlers(
  db: DeskDatabase,
  today: () => string,
): {
  'households.list': Handler<'households.list'>;
  'households.get': Handler<'households.get'>;
  'households.create': Handler<'households.create'>;
  'households.update': Handler<'households.update'>;
  'households.setFlag': Handler<'households.setFlag'>;
  'persons.get': Handler<'persons.get'>;
  'persons.create': Handler<'persons.create'>;
  'persons.update': Handler<'persons.update'>;
  'persons.move': Handler<'persons.move'>;
  'persons.archive': Handler<'persons.archive'>;
  'persons.timeline': Handler<'persons.timeline'>;
  'search.persons': Handler<'search.persons'>;
  'persons.resolveIdNumbers': Handler<'persons.resolveIdNumbers'>;
} {
  return {
    'households.list': (_ctx, input) => listHouseholds(db, input, today()),
    'households.get': (_ctx, input) => householdDetail(db, input.id, input.asOf ?? today()),
    'households.create': (ctx, input) => createHousehold(db, ctx, input, today()),
    'households.update': (ctx, input) => editHousehold(db, ctx, input, today()),
    'households.setFlag': (ctx, input) => setHouseholdFlag(db, ctx, input, today()),
    'persons.get': (ctx, input) => personDetail(db, input.id, ctx),
    'persons.create': (ctx, input) => createPerson(db, ctx, input, today()),
    'persons.update': (ctx, input) => editPerson(db, ctx, input, today()),
    'persons.move': (ctx, input) => movePerson(db, ctx, input, today()),
    'persons.archive': (ctx, input) => archivePerson(db, ctx, input, today()),
    'persons.timeline': (_ctx, input) => personTimeline(db, input.id),
    'search.persons': (_ctx, input) => searchPersons(db, input, today()),
    'persons.resolveIdNumbers': (_ctx, input) => resolveIdNumbers(db, input, today()),
  };
}
