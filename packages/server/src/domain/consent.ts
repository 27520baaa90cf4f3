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
export function consentTimeProblem(
  acceptedAt: string,
  now: Date,
  retentionDays: number,
): 'too_small' | 'too_big' | null {
  const at = Date.parse(acceptedAt);
  if (Number.isNaN(at) || at < now.getTime() - retentionDays * DAY) return 'too_small';
  if (at > now.getTime() + CONSENT_AHEAD_MS) return 'too_big';
  return null;
}
