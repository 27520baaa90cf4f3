import { createEventReporter, type EventReporter } from '@yizhan/client';
import type { IntakeChannel } from '@yizhan/catalogue';

const reporters = new Map<string, EventReporter>();

/**
 * The page's demand-signal reporter for an intake server and channel, shared by every
 * component that reports (searches, zero results, item views). Aggregated, no personal data:
 * see @yizhan/client's event reporter. Returns undefined when the host did not opt in.
 */
export function demandReporter(baseUrl: string | null | undefined, channel: string): EventReporter | undefined {
  if (!baseUrl) return undefined;
  const key = `${baseUrl}|${channel}`;
  let reporter = reporters.get(key);
  if (!reporter) {
    reporter = createEventReporter({
      baseUrl: new URL(baseUrl, document.baseURI).href,
      channel: (['web', 'kiosk', 'phone', 'window'].includes(channel) ? channel : 'web') as IntakeChannel,
      locale: () => document.documentElement.lang || undefined,
    });
    reporters.set(key, reporter);
  }
  return reporter;
}
