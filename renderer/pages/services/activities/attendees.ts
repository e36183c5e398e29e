/** The attendee list of a bulk entry: persons added by search or by pasted ID numbers, each once. */
export interface Attendee {
  personId: number;
  name: string;
  maskedIdNumber: string;
  communityName: string;
  /** How the person got onto the list: 查找, or the pasted line. */
  source: string;
}

/** Adds the persons not yet listed; returns the new list and how many were already there. */
export function addAttendees(list: Attendee[], added: Attendee[]): { list: Attendee[]; already: number } {
  const present = new Set(list.map((a) => a.personId));
  const fresh: Attendee[] = [];
  for (const a of added) {
    if (present.has(a.personId)) continue;
    present.add(a.personId);
    fresh.push(a);
  }
  return { list: [...list, ...fresh], already: added.length - fresh.length };
}
