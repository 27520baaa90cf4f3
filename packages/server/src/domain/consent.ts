const DAY = 86_400_000;

/** A device clock may run this far ahead of the server's (a wrong zone, a clock never set). */
export const CONSENT_AHEAD_MS = DAY;

/**
 * Whether the time a requester accepted the notice is believable, against the server's clock:
 * no later than a day ahead, and no earlier than the retention period back (an outbox may hold
 * a form for days while a kiosk is offline, but a case older than that would be erased on
 * arrival). The browser sends the time, so without this a year-0 or year-9999 consent would be
 * stored and come back in the export as a date the documented schema cannot hold.
 */
export function consentTimeBelievable(acceptedAt: string, now: Date, retentionDays: number): boolean {
  const at = Date.parse(acceptedAt);
  return at >= now.getTime() - retentionDays * DAY && at <= now.getTime() + CONSENT_AHEAD_MS;
}
