/** How other domains ask about the dates of `complaints` in SQL (one owner per table). */
import { datedRecordsSql } from '../dated-records-sql';

export const complaintDatesSql = datedRecordsSql('complaints', 'date');
