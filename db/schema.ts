/**
 * The street's database (DOMAIN.md §2). Dates are `YYYY-MM-DD` text, timestamps ISO-8601 text.
 * Booleans are 0/1 integers. Nothing is deleted through the UI: persons are archived.
 * Editable records carry `version` for optimistic concurrency (a second save sees a conflict).
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { AGREEMENT_STATUSES, MEASURE_KINDS } from '../shared/domain/assistance';
import { SERVICE_KINDS } from '../shared/domain/workbook/records';

const timestamps = {
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
};

/** The install's owner: exactly one row, id = 1. */
export const street = sqliteTable(
  'street',
  {
    id: integer('id').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    complaintPhone: text('complaint_phone'),
    complaintMailbox: text('complaint_mailbox'),
    /** The default 制表人 printed on ledgers (a person's name; each print can name another). */
    preparer: text('preparer'),
    /** The office's address (街道劳动保障所), printed on the wall notice. */
    address: text('address'),
    version: integer('version').notNull().default(0),
    ...timestamps,
  },
  (t) => [check('street_single_row', sql`${t.id} = 1`)],
);

export const communities = sqliteTable(
  'communities',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['community', 'village'] }).notNull(),
    contact: text('contact'),
    /** 六到位 checklist (机构、人员、经费、场地、制度、成效) with evidence notes, JSON. */
    platformChecklist: text('platform_checklist'),
    version: integer('version').notNull().default(0),
    ...timestamps,
  },
  (t) => [uniqueIndex('communities_code_uq').on(t.code), check('communities_code_len', sql`length(${t.code}) = 12`)],
);

export const households = sqliteTable(
  'households',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    number: text('number').notNull(),
    communityId: integer('community_id')
      .notNull()
      .references(() => communities.id),
    address: text('address'),
    version: integer('version').notNull().default(0),
    ...timestamps,
  },
  (t) => [uniqueIndex('households_number_uq').on(t.number), index('households_community_idx').on(t.communityId)],
);

/**
 * Dated household flags: 低保 (dibao), urban hukou (urban), business or investment income (business_income).
 * The value on day D is the row with the greatest `effective_from` ≤ D; a NULL `effective_from` holds for every date.
 */
export const householdFlags = sqliteTable(
  'household_flags',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    flag: text('flag', { enum: ['dibao', 'urban', 'business_income'] }).notNull(),
    value: integer('value', { mode: 'boolean' }).notNull(),
    effectiveFrom: text('effective_from'),
  },
  (t) => [
    uniqueIndex('household_flags_uq').on(t.householdId, t.flag, t.effectiveFrom),
    index('household_flags_household_idx').on(t.householdId),
  ],
);

export const persons = sqliteTable(
  'persons',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    idNumber: text('id_number').notNull(),
    name: text('name').notNull(),
    /** Pinyin initials of the name (张伟 → zw), for search. */
    nameInitials: text('name_initials').notNull().default(''),
    gender: text('gender', { enum: ['M', 'F'] }).notNull(),
    birthDate: text('birth_date').notNull(),
    /**
     * The household and relation of the person's latest membership period (household_memberships), kept in step
     * with it: lists, search and "where is this person now" read them. Anything as of a date reads the periods.
     */
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    relation: text('relation', { enum: ['head', 'spouse', 'child', 'parent', 'other'] }).notNull(),
    phone: text('phone'),
    education: text('education'),
    workAbility: text('work_ability', { enum: ['full', 'partial', 'none'] }).notNull(),
    isStudent: integer('is_student', { mode: 'boolean' }).notNull().default(false),
    isRetired: integer('is_retired', { mode: 'boolean' }).notNull().default(false),
    /** Women only: 50 or 55; NULL = the settings' default. */
    retirementBase: integer('retirement_base'),
    migrantWorker: integer('migrant_worker', { mode: 'boolean' }).notNull().default(false),
    veteran: integer('veteran', { mode: 'boolean' }).notNull().default(false),
    graduationYear: integer('graduation_year'),
    skills: text('skills'),
    skillLevel: text('skill_level'),
    socialInsurance: text('social_insurance'),
    policiesEnjoyed: text('policies_enjoyed'),
    archivedOn: text('archived_on'),
    archiveReason: text('archive_reason'),
    /** Derived (electron/services/population): the 16th birthday, the first day of working age. */
    workingAgeFrom: text('working_age_from'),
    /** Derived under the current population settings: the statutory retirement date, the first day past working age. */
    retirementOn: text('retirement_on'),
    version: integer('version').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('persons_id_number_uq').on(t.idNumber),
    index('persons_household_idx').on(t.householdId),
    index('persons_birth_date_idx').on(t.birthDate),
    index('persons_name_idx').on(t.name),
    index('persons_initials_idx').on(t.nameInitials),
    index('persons_phone_idx').on(t.phone),
    index('persons_working_age_from_idx').on(t.workingAgeFrom),
    index('persons_retirement_on_idx').on(t.retirementOn),
    check('persons_id_number_len', sql`length(${t.idNumber}) = 18`),
  ],
);

/**
 * Dated household membership (DOMAIN §2): the person belongs to the household, with this relation to its head, from
 * `from_date` (the first day; NULL = since before any record, e.g. entered with the household) to `to_date` (the
 * last day; NULL = still a member). A move (迁移) closes the old period the day before and opens the new one on the
 * move date; 迁出 closes it the day before the archive date. A person's periods never overlap.
 */
export const householdMemberships = sqliteTable(
  'household_memberships',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    relation: text('relation', { enum: ['head', 'spouse', 'child', 'parent', 'other'] }).notNull(),
    fromDate: text('from_date'),
    toDate: text('to_date'),
  },
  (t) => [
    index('memberships_person_idx').on(t.personId, t.fromDate, t.toDate, t.householdId),
    index('memberships_household_idx').on(t.householdId),
    index('memberships_dated_idx')
      .on(t.personId)
      .where(sql`${t.fromDate} IS NOT NULL OR ${t.toDate} IS NOT NULL`),
    check('memberships_dates', sql`${t.toDate} IS NULL OR ${t.fromDate} IS NULL OR ${t.toDate} >= ${t.fromDate}`),
  ],
);

/**
 * Derived (electron/services/population): each household's zero-employment and double-unemployed episodes
 * (DOMAIN §3), replaced whenever the household's facts or the population settings change. Present on D when
 * `appeared` ≤ D and (`ended` IS NULL or `ended` > D).
 */
export const familyEpisodes = sqliteTable(
  'family_episodes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    kind: text('kind', { enum: ['zero_employment', 'double_unemployed'] }).notNull(),
    appeared: text('appeared').notNull(),
    ended: text('ended'),
    endReason: text('end_reason', {
      enum: ['employed', 'aged_out', 'retired', 'moved_away', 'no_wish', 'business_income', 'not_urban', 'other'],
    }),
  },
  (t) => [
    index('family_episodes_kind_appeared_idx').on(t.kind, t.appeared),
    index('family_episodes_household_idx').on(t.householdId),
  ],
);

export const employers = sqliteTable(
  'employers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    contact: text('contact'),
    /** 结对: the community the employer is paired with, and since when. */
    pairedCommunityId: integer('paired_community_id').references(() => communities.id),
    pairedOn: text('paired_on'),
    version: integer('version').notNull().default(0),
    ...timestamps,
  },
  (t) => [uniqueIndex('employers_name_uq').on(t.name)],
);

export const vacancies = sqliteTable(
  'vacancies',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    employerId: integer('employer_id')
      .notNull()
      .references(() => employers.id),
    communityId: integer('community_id').references(() => communities.id),
    title: text('title').notNull(),
    posts: integer('posts').notNull(),
    skills: text('skills'),
    wage: real('wage'),
    openedOn: text('opened_on').notNull(),
    filledOn: text('filled_on'),
    publicWelfare: integer('public_welfare', { mode: 'boolean' }).notNull().default(false),
    developedByCommunity: integer('developed_by_community', { mode: 'boolean' }).notNull().default(false),
    version: integer('version').notNull().default(0),
    ...timestamps,
  },
  (t) => [index('vacancies_employer_idx').on(t.employerId), index('vacancies_opened_idx').on(t.openedOn)],
);

export const employmentSpells = sqliteTable(
  'employment_spells',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    startDate: text('start_date').notNull(),
    /** Last day employed; NULL = still employed. */
    endDate: text('end_date'),
    kind: text('kind', { enum: ['unit', 'flexible', 'self_employed', 'public_welfare', 'migrant'] }).notNull(),
    employerName: text('employer_name'),
    employerId: integer('employer_id').references(() => employers.id),
    post: text('post'),
    contractSigned: integer('contract_signed', { mode: 'boolean' }),
    socialInsurancePaid: integer('social_insurance_paid', { mode: 'boolean' }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('spells_person_start_uq').on(t.personId, t.startDate),
    check('spells_dates', sql`${t.endDate} IS NULL OR ${t.endDate} >= ${t.startDate}`),
  ],
);

export const unemploymentRegistrations = sqliteTable(
  'unemployment_registrations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    registeredOn: text('registered_on').notNull(),
    reason: text('reason', {
      enum: ['laid_off', 'unemployed', 'graduate', 'veteran', 'returnee', 'other'],
    }).notNull(),
    cancelledOn: text('cancelled_on'),
    cancelReason: text('cancel_reason'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('registrations_person_date_uq').on(t.personId, t.registeredOn),
    index('registrations_date_idx').on(t.registeredOn),
    check('registrations_dates', sql`${t.cancelledOn} IS NULL OR ${t.cancelledOn} >= ${t.registeredOn}`),
  ],
);

/** The wish on day D is the row with the greatest `recorded_on` ≤ D; NULL `recorded_on` holds for every date. */
export const employmentWishes = sqliteTable(
  'employment_wishes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    recordedOn: text('recorded_on'),
    hasWish: integer('has_wish', { mode: 'boolean' }).notNull(),
    wishedJob: text('wished_job'),
    wishedWage: real('wished_wage'),
    trainingWanted: text('training_wanted'),
    noWishReason: text('no_wish_reason'),
    /** Set when the clerk confirmed "deemed no wish" after two refused valid referrals. */
    deemedByRefusals: integer('deemed_by_refusals', { mode: 'boolean' }).notNull().default(false),
    ...timestamps,
  },
  (t) => [uniqueIndex('wishes_person_date_uq').on(t.personId, t.recordedOn)],
);

export const difficultyRecognitions = sqliteTable(
  'difficulty_recognitions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    category: text('category', {
      enum: ['4050', 'dibao', 'zero_employment', 'disabled', 'long_term_unemployed', 'landless', 'other'],
    }).notNull(),
    status: text('status', { enum: ['applied', 'recognised', 'refused', 'exited'] }).notNull(),
    appliedOn: text('applied_on').notNull(),
    reviewedOn: text('reviewed_on'),
    reviewer: text('reviewer'),
    /** 审核意见: why it was refused (required then), or a note on the recognition. */
    reviewNote: text('review_note'),
    recognisedOn: text('recognised_on'),
    exitedOn: text('exited_on'),
    exitReason: text('exit_reason'),
    especiallyDifficult: integer('especially_difficult', { mode: 'boolean' }).notNull().default(false),
    /** 五清 items (seed 003), JSON. */
    fiveClear: text('five_clear'),
    version: integer('version').notNull().default(0),
    ...timestamps,
  },
  (t) => [index('recognitions_person_idx').on(t.personId)],
);

export { SERVICE_KINDS };

export const serviceRecords = sqliteTable(
  'service_records',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id').references(() => persons.id),
    householdId: integer('household_id').references(() => households.id),
    date: text('date').notNull(),
    kind: text('kind', { enum: SERVICE_KINDS }).notNull(),
    clerk: text('clerk'),
    outcome: text('outcome'),
    content: text('content'),
    vacancyId: integer('vacancy_id').references(() => vacancies.id),
    referralResult: text('referral_result', { enum: ['hired', 'refused', 'pending'] }),
    /** When a referral's result (hired/refused) became known: the referral's own date if decided when recorded. */
    referralResultOn: text('referral_result_on'),
    course: text('course'),
    hours: real('hours'),
    certificate: text('certificate'),
    benefitType: text('benefit_type'),
    amount: real('amount'),
    benefitPeriod: text('benefit_period'),
    approvalNumber: text('approval_number'),
    /** The 一人一策 agreement this record belongs to: its signing (援助协议) or one of its follow-ups (跟踪回访). */
    agreementId: integer('agreement_id').references((): AnySQLiteColumn => assistanceAgreements.id),
    ...timestamps,
  },
  (t) => [
    index('services_person_date_idx').on(t.personId, t.date),
    // Only the records that have a household, an agreement, a vacancy (migration 0010): every query that looks records
    // up by one of these columns compares it with =, IN or a join, which implies it is not NULL.
    index('services_household_date_idx').on(t.householdId, t.date).where(sql`${t.householdId} IS NOT NULL`),
    index('services_date_kind_idx').on(t.date, t.kind),
    index('services_agreement_idx').on(t.agreementId).where(sql`${t.agreementId} IS NOT NULL`),
    index('services_vacancy_idx').on(t.vacancyId).where(sql`${t.vacancyId} IS NOT NULL`),
    check('services_subject', sql`${t.personId} IS NOT NULL OR ${t.householdId} IS NOT NULL`),
  ],
);

/**
 * 一人一策 (seed 003): the assistance agreement (就业援助协议) signed with a recognised difficult person. At most one
 * is in force per person; it ends when closed (by hand, or when the recognition is exited).
 */
export const assistanceAgreements = sqliteTable(
  'assistance_agreements',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    recognitionId: integer('recognition_id')
      .notNull()
      .references(() => difficultyRecognitions.id),
    signedOn: text('signed_on').notNull(),
    clerk: text('clerk').notNull(),
    goal: text('goal').notNull(),
    notes: text('notes'),
    status: text('status', { enum: AGREEMENT_STATUSES }).notNull(),
    closedOn: text('closed_on'),
    closeReason: text('close_reason'),
    version: integer('version').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    index('agreements_person_idx').on(t.personId),
    index('agreements_recognition_idx').on(t.recognitionId),
    uniqueIndex('agreements_one_active_uq').on(t.personId).where(sql`${t.status} = 'active'`),
    check('agreements_closed', sql`(${t.status} = 'active') = (${t.closedOn} IS NULL)`),
    check('agreements_dates', sql`${t.closedOn} IS NULL OR ${t.closedOn} >= ${t.signedOn}`),
  ],
);

/** A planned measure of an agreement: what, by when, and when it was done (optionally the service record that did it). */
export const assistanceMeasures = sqliteTable(
  'assistance_measures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    agreementId: integer('agreement_id')
      .notNull()
      .references(() => assistanceAgreements.id),
    kind: text('kind', { enum: MEASURE_KINDS }).notNull(),
    description: text('description').notNull(),
    plannedOn: text('planned_on').notNull(),
    doneOn: text('done_on'),
    serviceRecordId: integer('service_record_id').references(() => serviceRecords.id),
    version: integer('version').notNull().default(0),
    ...timestamps,
  },
  (t) => [index('measures_agreement_idx').on(t.agreementId)],
);

export const complaints = sqliteTable(
  'complaints',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    communityId: integer('community_id')
      .notNull()
      .references(() => communities.id),
    date: text('date').notNull(),
    content: text('content').notNull(),
    valid: integer('valid', { mode: 'boolean' }),
    /** When validity was judged: the item "no valid complaint" on D counts only complaints judged valid on or before D. */
    judgedOn: text('judged_on'),
    validityReason: text('validity_reason'),
    resolution: text('resolution'),
    resolvedOn: text('resolved_on'),
    version: integer('version').notNull().default(0),
    ...timestamps,
  },
  (t) => [index('complaints_community_date_idx').on(t.communityId, t.date)],
);

/** A versioned rule set (DOMAIN §4); `body` is the JSON validated by shared/contract. */
export const standards = sqliteTable(
  'standards',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    standardId: text('standard_id').notNull(),
    version: text('version').notNull(),
    name: text('name').notNull(),
    source: text('source').notNull(),
    builtin: integer('builtin', { mode: 'boolean' }).notNull().default(false),
    body: text('body').notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex('standards_id_version_uq').on(t.standardId, t.version)],
);

export const assessments = sqliteTable(
  'assessments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    standardRowId: integer('standard_row_id')
      .notNull()
      .references(() => standards.id),
    /** NULL = the street as a whole. */
    communityId: integer('community_id').references(() => communities.id),
    periodFrom: text('period_from').notNull(),
    periodTo: text('period_to').notNull(),
    asOf: text('as_of').notNull(),
    verdict: text('verdict', { enum: ['pass', 'fail', 'incomplete'] }).notNull(),
    score: real('score'),
    stars: integer('stars'),
    /** Every item's value, threshold, verdict and lists, frozen. */
    result: text('result').notNull(),
    frozen: integer('frozen', { mode: 'boolean' }).notNull().default(false),
    createdBy: text('created_by').notNull(),
    ...timestamps,
  },
  (t) => [index('assessments_community_idx').on(t.communityId, t.asOf)],
);

/** Manual item verdicts recorded by a clerk (organisation checklist etc.). */
export const manualVerdicts = sqliteTable(
  'manual_verdicts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    standardId: text('standard_id').notNull(),
    itemId: text('item_id').notNull(),
    communityId: integer('community_id').references(() => communities.id),
    periodFrom: text('period_from').notNull(),
    periodTo: text('period_to').notNull(),
    verdict: text('verdict', { enum: ['pass', 'fail'] }).notNull(),
    score: real('score'),
    evidence: text('evidence'),
    recordedBy: text('recorded_by').notNull(),
    ...timestamps,
  },
  (t) => [index('manual_verdicts_lookup_idx').on(t.standardId, t.communityId, t.periodFrom)],
);

/** Every exchange file imported or exported (DOMAIN §7), logged with its hash. */
export const packages = sqliteTable(
  'packages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    direction: text('direction', { enum: ['import', 'export'] }).notNull(),
    kind: text('kind').notNull(),
    fileName: text('file_name').notNull(),
    sha256: text('sha256').notNull(),
    manifest: text('manifest'),
    summary: text('summary'),
    createdBy: text('created_by').notNull(),
    createdAt: text('created_at').notNull(),
    /** Exchange packages (docs/packages.md): the manifest's issuer and recipient codes and period. */
    issuer: text('issuer'),
    recipient: text('recipient'),
    periodFrom: text('period_from'),
    periodTo: text('period_to'),
    /** The plain zip's SHA-256 (for a sealed package, of what is inside the seal): the same content re-sealed is the same package. */
    contentSha256: text('content_sha256'),
    sealed: integer('sealed', { mode: 'boolean' }).notNull().default(false),
    fileBytes: integer('file_bytes'),
  },
  (t) => [index('packages_sha_idx').on(t.sha256), index('packages_content_sha_idx').on(t.contentSha256)],
);

/**
 * 年度上报 (DOMAIN §7): a year's assessment frozen for the annual submission — the saved run it rests on (its street
 * row in `assessments`), the communities recommended as excellent, and the street's population counts as of the
 * run's date. Once a year is here, its assessments can no longer be changed (electron/services/assessment).
 */
export const annualSubmissions = sqliteTable(
  'annual_submissions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year').notNull(),
    assessmentId: integer('assessment_id')
      .notNull()
      .references(() => assessments.id),
    /** JSON array of community codes recommended as excellent (each passed in the run). */
    recommended: text('recommended').notNull(),
    /** JSON: the street snapshot (per community and in total) as of the run's date, frozen with it. */
    totals: text('totals').notNull(),
    note: text('note'),
    frozenBy: text('frozen_by').notNull(),
    frozenAt: text('frozen_at').notNull(),
  },
  (t) => [uniqueIndex('annual_submissions_year_uq').on(t.year)],
);

/** 验收结果: the bureau's verdict on a community for a year, as imported from a bureau-verdicts package. */
export const bureauVerdicts = sqliteTable(
  'bureau_verdicts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year').notNull(),
    communityId: integer('community_id')
      .notNull()
      .references(() => communities.id),
    result: text('result', { enum: ['pass', 'fail', 'excellent'] }).notNull(),
    stars: integer('stars'),
    decidedOn: text('decided_on').notNull(),
    decidedBy: text('decided_by').notNull(),
    note: text('note'),
    /** The import (row of `packages`) that recorded it. */
    packageLogId: integer('package_log_id')
      .notNull()
      .references(() => packages.id),
    ...timestamps,
  },
  (t) => [uniqueIndex('bureau_verdicts_year_community_uq').on(t.year, t.communityId)],
);

/** Annual submissions received from streets (this install acting as the bureau's receiving desk). */
export const receivedSubmissions = sqliteTable(
  'received_submissions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    issuerCode: text('issuer_code').notNull(),
    issuerName: text('issuer_name').notNull(),
    year: integer('year').notNull(),
    /** JSON: the submission line of the package (standard, dates, street result, totals). */
    header: text('header').notNull(),
    /** JSON: the community results of the package, one per community, as received. */
    communities: text('communities').notNull(),
    packageLogId: integer('package_log_id')
      .notNull()
      .references(() => packages.id),
    ...timestamps,
  },
  (t) => [uniqueIndex('received_submissions_issuer_year_uq').on(t.issuerCode, t.year)],
);

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role', { enum: ['admin', 'street_clerk', 'community_clerk', 'inspector'] }).notNull(),
    communityId: integer('community_id').references(() => communities.id),
    passwordHash: text('password_hash'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    /** Set when the admin resets the password: the user must choose a new one at the next sign-in. */
    mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
    /** Wrong passwords since the last good one (5 lock the account). */
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lockedUntil: text('locked_until'),
    lastSignInAt: text('last_sign_in_at'),
    ...timestamps,
  },
  (t) => [uniqueIndex('users_username_uq').on(t.username)],
);

export const auditEvents = sqliteTable(
  'audit_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    username: text('username').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityKey: text('entity_key'),
    before: text('before'),
    after: text('after'),
  },
  (t) => [
    index('audit_entity_idx').on(t.entity, t.entityKey),
    index('audit_at_idx').on(t.at),
    index('audit_user_idx').on(t.username, t.at),
    index('audit_action_idx').on(t.action, t.at),
  ],
);

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/** Exceptions to the Monday–Friday week: public holidays and official make-up workdays (调休). */
export const calendarDays = sqliteTable('calendar_days', {
  date: text('date').primaryKey(),
  kind: text('kind', { enum: ['holiday', 'workday'] }).notNull(),
  name: text('name'),
  source: text('source').notNull(),
});

/**
 * A clerk's decision on a 待办 row (issue #14 item 10): 已处理 (with the service record it led to, if any) or 暂缓
 * with a reason until a date. Keyed by the row's id and due date (a recurring row due again is a new row; a 十清/五清
 * row, due on every date, by its id alone: electron/services/worklist/dispositions.ts). Read as
 * of D: it applies from `decided_on`, a postponement until `postponed_until` (the row is listed again that day), and
 * no longer from `withdrawn_on` (撤销).
 */
export const worklistDispositions = sqliteTable(
  'worklist_dispositions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    rowId: text('row_id').notNull(),
    dueOn: text('due_on').notNull(),
    kind: text('kind').notNull(),
    subjectKind: text('subject_kind', { enum: ['person', 'household', 'community'] }).notNull(),
    subjectId: integer('subject_id').notNull(),
    decision: text('decision', { enum: ['handled', 'postponed'] }).notNull(),
    decidedOn: text('decided_on').notNull(),
    /** The display name of the user who decided. */
    decidedBy: text('decided_by').notNull(),
    serviceRecordId: integer('service_record_id').references(() => serviceRecords.id),
    reason: text('reason'),
    postponedUntil: text('postponed_until'),
    withdrawnOn: text('withdrawn_on'),
    ...timestamps,
  },
  (t) => [
    index('worklist_dispositions_row_idx').on(t.rowId, t.dueOn),
    index('worklist_dispositions_date_idx').on(t.decidedOn),
    check('worklist_dispositions_decision', sql`${t.decision} IN ('handled', 'postponed')`),
    check('worklist_dispositions_postponed', sql`${t.decision} <> 'postponed' OR (${t.reason} IS NOT NULL AND ${t.postponedUntil} > ${t.decidedOn})`),
    check('worklist_dispositions_withdrawn', sql`${t.withdrawnOn} IS NULL OR ${t.withdrawnOn} >= ${t.decidedOn}`),
  ],
);

/**
 * 作废 (corrections): a record voided with a reason. It leaves its own table, so no indicator, worklist rule,
 * ledger, derivation or export can count it; it stays here (the row as it was, as JSON) and in the audit trail, and
 * the person's timeline shows it struck through with the reason. `title`/`detail` describe it as the timeline did.
 */
export const voidedRecords = sqliteTable(
  'voided_records',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** The audit entity of the record: service_record, unemployment_registration, employment_spell, employment_wish, complaint. */
    entity: text('entity').notNull(),
    /** Its id in its own table (never reused: those tables are AUTOINCREMENT). */
    recordId: integer('record_id').notNull(),
    personId: integer('person_id').references(() => persons.id),
    communityId: integer('community_id').references(() => communities.id),
    recordDate: text('record_date'),
    title: text('title').notNull(),
    detail: text('detail'),
    row: text('row').notNull(),
    reason: text('reason').notNull(),
    voidedBy: text('voided_by').notNull(),
    voidedAt: text('voided_at').notNull(),
  },
  (t) => [
    uniqueIndex('voided_entity_record_uq').on(t.entity, t.recordId),
    index('voided_person_idx').on(t.personId),
    index('voided_community_idx').on(t.communityId),
  ],
);
