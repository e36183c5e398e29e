/**
 * Collects the demo street's records and guards the rules the importer enforces: nothing dated after the as-of
 * date or the person's archive date, nothing before the 16th birthday, at most one service of a kind per person
 * and day. Spells and registrations outside those bounds are programming errors (thrown); services outside
 * them are silently dropped, so service schedules can be drawn freely.
 */
import type {
  CommunityRecord,
  HouseholdRecord,
  PersonRecord,
  RegistrationReason,
  ServiceKind,
  SpellKind,
  StreetData,
  StreetRecord,
} from '../../../shared/domain/workbook/records';
import { SERVICE_KINDS } from '../../../shared/domain/workbook/records';
import { emptyStreetData } from '../../../shared/domain/workbook/sheets';
import { isoOf } from '../../../shared/domain/dates';
import { sixteenthBirthday } from './population-rules';
import { NO_SERVICE_DETAILS } from '../../../shared/domain/service-details';


interface Bounds {
  /** The 16th birthday. */
  first: number;
  /** The as-of date or the archive date, whichever is earlier. */
  last: number;
  archived: boolean;
}

export type ReferralResult = 'hired' | 'refused' | 'pending';

export class StreetBuilder {
  readonly communities: CommunityRecord[] = [];
  readonly households: HouseholdRecord[] = [];
  readonly persons: PersonRecord[] = [];
  readonly data: StreetData;
  private readonly bounds = new Map<string, Bounds>();
  private readonly serviceKeys = new Map<string, Set<number>>();

  constructor(
    street: StreetRecord,
    /** The as-of date (day number). */
    readonly asOf: number,
    /** Services are recorded from this day on. */
    readonly serviceFrom: number,
  ) {
    this.data = {
      ...emptyStreetData(),
      street,
      communities: this.communities,
      households: this.households,
      persons: this.persons,
    };
  }

  addPerson(record: PersonRecord, birthDay: number, archivedDay: number | null): void {
    if (this.bounds.has(record.idNumber)) throw new Error(`duplicate person ${record.idNumber}`);
    this.persons.push(record);
    const last = archivedDay === null ? this.asOf : Math.min(this.asOf, archivedDay);
    this.bounds.set(record.idNumber, { first: sixteenthBirthday(birthDay), last, archived: archivedDay !== null });
  }

  private boundsOf(idNumber: string): Bounds {
    const b = this.bounds.get(idNumber);
    if (!b) throw new Error(`unknown person ${idNumber}`);
    return b;
  }

  /** `end` null = still employed (not allowed for an archived person). */
  addSpell(idNumber: string, start: number, end: number | null, kind: SpellKind, employerName: string | null): void {
    const b = this.boundsOf(idNumber);
    const last = end ?? this.asOf;
    if (start < b.first || last > b.last || last < start || (end === null && b.archived)) {
      throw new Error(`spell out of bounds for ${idNumber}: ${isoOf(start)}–${end === null ? '' : isoOf(end)}`);
    }
    this.data.spells.push({
      idNumber,
      startDate: isoOf(start),
      endDate: end === null ? null : isoOf(end),
      kind,
      employerName,
      employer: null,
      post: null,
      contractSigned: null,
      socialInsurancePaid: null,
    });
  }

  addRegistration(idNumber: string, registered: number, reason: RegistrationReason, cancelled: number | null, cancelReason: string | null): void {
    const b = this.boundsOf(idNumber);
    if (registered < b.first || registered > b.last || (cancelled !== null && (cancelled < registered || cancelled > b.last))) {
      throw new Error(`registration out of bounds for ${idNumber}: ${isoOf(registered)}`);
    }
    this.data.registrations.push({
      idNumber,
      registeredOn: isoOf(registered),
      reason,
      cancelledOn: cancelled === null ? null : isoOf(cancelled),
      cancelReason: cancelled === null ? null : cancelReason,
    });
  }

  /** Records a service unless it falls outside the person's bounds or repeats a kind on one day; says whether it did. */
  addService(idNumber: string, day: number, kind: ServiceKind, content: string | null, referralResult: ReferralResult | null = null): boolean {
    const b = this.boundsOf(idNumber);
    if (day < b.first || day > b.last || day < this.serviceFrom) return false;
    let keys = this.serviceKeys.get(idNumber);
    if (!keys) {
      keys = new Set<number>();
      this.serviceKeys.set(idNumber, keys);
    }
    const key = day * 16 + SERVICE_KINDS.indexOf(kind);
    if (keys.has(key)) return false;
    keys.add(key);
    const result = kind === 'referral' ? (referralResult ?? 'pending') : null;
    this.data.services.push({
      idNumber,
      date: isoOf(day),
      kind,
      referralResult: result,
      content,
      seq: 1,
      clerk: null,
      outcome: null,
      referralResultOn: result === 'hired' || result === 'refused' ? isoOf(day) : null,
      vacancy: null,
      ...NO_SERVICE_DETAILS,
      agreementSignedOn: null,
    });
    return true;
  }

  addComplaint(communityCode: string, day: number, content: string, valid: boolean): void {
    if (day > this.asOf) throw new Error('complaint after the as-of date');
    this.data.complaints.push({
      communityCode,
      date: isoOf(day),
      content,
      valid,
      seq: 1,
      judgedOn: isoOf(day),
      validityReason: null,
      resolution: null,
      resolvedOn: null,
    });
  }

  /** Drops the bookkeeping that is only needed while building. */
  finish(): StreetData {
    this.serviceKeys.clear();
    this.bounds.clear();
    return this.data;
  }
}
