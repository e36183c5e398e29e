/** The kind-specific details of a service record, all empty: what a record of a kind without such details carries. */
export const NO_SERVICE_DETAILS = {
  course: null,
  hours: null,
  certificate: null,
  benefitType: null,
  amount: null,
  benefitPeriod: null,
  approvalNumber: null,
} as const;
