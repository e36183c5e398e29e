import type { Community } from '../../shared/contract/communities';
import type { ApiDoor } from './cli-api';
import { callApi } from './cli-api';

/** The community with this 12-digit code (--community), through communities.list; null when there is none. */
export async function communityByCode(door: ApiDoor, code: string): Promise<Community | null> {
  const communities = await callApi(door, 'communities.list', {});
  return communities.find((c) => c.code === code) ?? null;
}
