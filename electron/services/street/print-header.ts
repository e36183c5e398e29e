/**
 * What every print names at its top and foot (issue [prints] items 2, 5, 7): the street and, for a community's print,
 * the community; the default 制表人; the complaint phone and mailbox and the office address. The ledgers and the
 * wall notice read it here, so the 街道信息 page is the one place these come from.
 */
import { AppError } from '../../../shared/app-error';
import { findCommunityById } from '../../../db/repositories/communities/communities-repo';
import { getStreetDetails } from '../../../db/repositories/system/street-repo';
import type { DeskDatabase } from '../../../db/open-database';

export interface PrintHeaderData {
  streetCode: string;
  streetName: string;
  /** null: a print of the whole street. */
  community: { id: number; code: string; name: string } | null;
  /** The default 制表人 (each print may name another); null when not set. */
  preparer: string | null;
  complaintPhone: string | null;
  complaintMailbox: string | null;
  /** The office address. */
  address: string | null;
}

/** The header of a print for the street (`communityId` null) or one of its communities. */
export function printHeaderData(db: DeskDatabase, communityId: number | null): PrintHeaderData {
  const street = getStreetDetails(db);
  if (!street) throw new AppError('NOT_READY', '街道尚未设置，请先完成首次设置（街道名称和代码）');
  let community: PrintHeaderData['community'] = null;
  if (communityId !== null) {
    const row = findCommunityById(db, communityId);
    if (!row) throw new AppError('NOT_FOUND', '找不到该社区，请刷新后重新选择');
    community = { id: row.id, code: row.code, name: row.name };
  }
  return {
    streetCode: street.code,
    streetName: street.name,
    community,
    preparer: street.preparer,
    complaintPhone: street.complaintPhone,
    complaintMailbox: street.complaintMailbox,
    address: street.address,
  };
}
