import type { DeskDatabase } from '../../db/open-database';
import { createCommunity, editCommunity, listCommunities } from './communities/communities-service';
import type { HandlerTable } from './handlers';
import { setupStreet, systemStatus } from './system/system-service';
import type { RuntimeInfo } from './system/system-service';

/** The API's implementation: one entry per contract method. */
export function createHandlerTable(db: DeskDatabase, info: RuntimeInfo): HandlerTable {
  return {
    'system.status': (ctx) => systemStatus(db, info, ctx),
    'system.setupStreet': (ctx, input) => setupStreet(db, ctx, input),
    'communities.list': () => listCommunities(db),
    'communities.create': (ctx, input) => createCommunity(db, ctx, input),
    'communities.update': (ctx, input) => editCommunity(db, ctx, input),
  };
}
