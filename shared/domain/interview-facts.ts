/** What is known of the interviews of one kind, as deadlines count it. */
export interface InterviewFacts {
  scheduledOn: string | null;
  heldOn: string | null;
}

/** The little of an interview record that deadlines read. */
export interface InterviewDates<Kind extends string = string> {
  kind: Kind;
  scheduledOn: string | null;
  heldOn: string | null;
}

/**
 * What is known of the interviews of one kind: the one held if any was, else the
 * earliest scheduled date. Null when there is none. The API's deadlines and the web's
 * words for the young person both read it from here.
 */
export function interviewFacts<Kind extends string>(interviews: readonly InterviewDates<Kind>[], kind: Kind): InterviewFacts | null {
  const ofKind = interviews.filter((interview) => interview.kind === kind);
  if (ofKind.length === 0) return null;
  const held = ofKind.find((interview) => interview.heldOn);
  if (held) return { scheduledOn: held.scheduledOn, heldOn: held.heldOn };
  const scheduled = ofKind.map((interview) => interview.scheduledOn).filter((date): date is string => date !== null);
  return { scheduledOn: scheduled.sort()[0] ?? null, heldOn: null };
}
