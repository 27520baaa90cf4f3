import type { OpeningHours } from '@yizhan/catalogue';
import { listFormat } from './intl-cache.js';
import { stringsGeneration, type LocalizeController } from './localize.js';
import { openStatus, shanghaiInstant, weeklyRows, type OpenStatus } from './opening-hours.js';

/**
 * Opening hours in words, shared by yz-outlets and the catalogue's channel section. Needs the
 * `outlets` namespace loaded by the component's LocalizeController.
 */

/** `13:30` in the reader's style (13:30, 1:30 PM), as the outlet's clock shows it. */
export function formatClock(localize: LocalizeController, clock: string): string {
  return localize.date(shanghaiInstant('2026-01-05', clock), { hour: 'numeric', minute: '2-digit' });
}

function listOf(localize: LocalizeController, parts: string[]): string {
  return listFormat(localize.lang, { type: 'conjunction', style: 'narrow' }).format(parts);
}

/** Lines already worked out, per hours object and language: they change only with the catalogue. */
const weeklyCache = new WeakMap<OpeningHours, Map<string, string[]>>();

/** One line per group of days with the same hours: “周一至周五：9:00–12:00、13:30–17:00”. */
export function weeklyLines(localize: LocalizeController, hours: OpeningHours): string[] {
  let byLang = weeklyCache.get(hours);
  if (!byLang) {
    byLang = new Map();
    weeklyCache.set(hours, byLang);
  }
  const key = `${localize.lang}|${stringsGeneration}`;
  let lines = byLang.get(key);
  if (!lines) {
    lines = computeWeeklyLines(localize, hours);
    // Strings may still be loading: cache only real text.
    if (localize.ready) byLang.set(key, lines);
  }
  return lines;
}

function computeWeeklyLines(localize: LocalizeController, hours: OpeningHours): string[] {
  const day = (d: number): string => localize.t(`common:weekday.${d}`);
  return weeklyRows(hours).map(({ ranges, periods }) =>
    localize.t('outlets:hours.periods', {
      days: listOf(
        localize,
        ranges.map(([from, to]) =>
          from === to ? day(from) : localize.t('outlets:hours.dayRange', { from: day(from), to: day(to) }),
        ),
      ),
      times: listOf(
        localize,
        periods.map((p) =>
          localize.t('outlets:hours.period', {
            open: formatClock(localize, p.open),
            close: formatClock(localize, p.close),
          }),
        ),
      ),
    }),
  );
}

/** “Open now, closes at 17:00”, “Closed now, opens at 13:30”… and whether it is open. */
export function statusText(localize: LocalizeController, status: OpenStatus): string {
  if (status.state === 'unknown') return localize.t('outlets:status.unknown');
  if (status.state === 'open') {
    const time = formatClock(localize, status.closes);
    return localize.t(status.closingSoon ? 'outlets:status.closingSoon' : 'outlets:status.open', { time });
  }
  const next = status.next;
  if (!next) return localize.t('outlets:status.closed');
  const time = formatClock(localize, next.time);
  if (next.inDays === 0) return localize.t('outlets:status.opensToday', { time });
  if (next.inDays === 1) return localize.t('outlets:status.opensTomorrow', { time });
  // A weekday alone is only unambiguous within the coming week: after a long holiday (国庆, 春节)
  // “opens Thursday” reads as the Thursday that is still a holiday, so name the date too.
  const day =
    next.inDays < 7
      ? localize.t(`common:weekday.${next.weekday}`)
      : localize.date(shanghaiInstant(next.date, '12:00'), { month: 'short', day: 'numeric', weekday: 'short' });
  return localize.t('outlets:status.opensOn', { time, day });
}

export { openStatus };
