/**
 * The number replied STOP: AWS End User Messaging keeps it on the configuration's opt-out
 * list and refuses to send to it (the local SMS outbox does the same). The sender then
 * turns SMS off for its owner, as a STOP link would.
 */
export class SmsOptedOut extends Error {
  constructor(options?: { cause?: unknown }) {
    super('The destination number opted out (STOP)', options);
    this.name = 'SmsOptedOut';
  }
}
