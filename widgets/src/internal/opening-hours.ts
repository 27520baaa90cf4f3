import type { OpeningHours, OpeningPeriod } from '@yizhan/catalogue';

/** A moment as an outlet's clock shows it: date, ISO weekday (1 = Monday) and minutes since midnight. */
export interface ShanghaiTime {
  date: string;
  weekday: number;
  minutes: number;
}

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * China Standard Time is UTC+8 all year (no daylight saving since 1991), so a fixed offset gives the
 * same answer as Intl with `timeZone: 'Asia/Shanghai'`, without depending on the visitor's zone.
 */
export function shanghaiTime(now: Date | number): ShanghaiTime {
  const shifted = new Date(+now + SHANGHAI_OFFSET_MS);
  const day = shifted.getUTCDay();
  return {
    date: shifted.toISOString().slice(0, 10),
    weekday: day === 0 ? 7 : day,
    minutes: shifted.getUTCHours() * 60 + shifted.getUTCMinutes(),
  };
}

export function toMinutes(clock: string): number {
  const [h, m] = clock.split(':');
  return Number(h) * 60 + Number(m);
}

/** A clock time (`13:30`) on a Shanghai date as an instant, for formatting with Intl in the reader's style. */
export function shanghaiInstant(date: string, clock: string): Date {
  return new Date(`${date}T${clock}:00+08:00`);
}

function addDays(date: string, days: number): { date: string; weekday: number } {
  const next = new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS);
  const day = next.getUTCDay();
  return { date: next.toISOString().slice(0, 10), weekday: day === 0 ? 7 : day };
}

/**
 * The periods an outlet keeps on one date: none on an extra closed day (holiday); on an extra open
 * day (调休上班, usually a weekend) the schedule of its first working weekday; else its weekly schedule.
 */
export function periodsOn(hours: OpeningHours, date: string, weekday: number): OpeningPeriod[] {
  if (hours.closed.includes(date)) return [];
  const weekly = hours.weekly.filter((p) => p.days.includes(weekday));
  if (weekly.length > 0 || !hours.open.includes(date)) return sortPeriods(weekly);
  for (let day = 1; day <= 5; day++) {
    const workday = hours.weekly.filter((p) => p.days.includes(day));
    if (workday.length > 0) return sortPeriods(workday);
  }
  return [];
}

function sortPeriods(periods: OpeningPeriod[]): OpeningPeriod[] {
  return [...periods].sort((a, b) => toMinutes(a.open) - toMinutes(b.open));
}

export type OpenStatus =
  | { state: 'unknown' }
  /** Open now; `closes` is the end of the current period (a lunch break or the end of the day). */
  | { state: 'open'; closes: string; date: string; closingSoon: boolean }
  /**
   * Closed now; `opens` is the next opening: later today (after lunch: “opens at 13:30”), tomorrow,
   * or `inDays` days from today. Absent when nothing opens within two weeks.
   */
  | { state: 'closed'; next?: { date: string; weekday: number; time: string; inDays: number } };

/** Minutes before closing from which “closing soon” is shown, so nobody sets off for a closing office. */
export const CLOSING_SOON_MINUTES = 30;

/** Whether an outlet is open at `now`, in its own time (Asia/Shanghai), and when that changes. */
export function openStatus(hours: OpeningHours | undefined, now: Date | number): OpenStatus {
  if (!hours || hours.weekly.length === 0) return { state: 'unknown' };
  const at = shanghaiTime(now);
  for (const period of periodsOn(hours, at.date, at.weekday)) {
    const open = toMinutes(period.open);
    const close = toMinutes(period.close);
    if (at.minutes >= open && at.minutes < close) {
      return {
        state: 'open',
        closes: period.close,
        date: at.date,
        closingSoon: close - at.minutes <= CLOSING_SOON_MINUTES,
      };
    }
  }
  for (let inDays = 0; inDays <= 14; inDays++) {
    const day = inDays === 0 ? at : addDays(at.date, inDays);
    const next = periodsOn(hours, day.date, day.weekday).find((p) => inDays > 0 || toMinutes(p.open) > at.minutes);
    if (next) return { state: 'closed', next: { date: day.date, weekday: day.weekday, time: next.open, inDays } };
  }
  return { state: 'closed' };
}

/** Days with the same periods, for a compact weekly table (Mon–Fri 9:00–12:00, 13:30–17:00). */
export interface WeeklyRow {
  /** Runs of consecutive ISO weekdays, e.g. [[1, 5], [7, 7]]. */
  ranges: Array<[number, number]>;
  periods: Array<{ open: string; close: string }>;
}

export function weeklyRows(hours: OpeningHours): WeeklyRow[] {
  const byKey = new Map<string, { days: number[]; periods: Array<{ open: string; close: string }> }>();
  for (let day = 1; day <= 7; day++) {
    const periods = sortPeriods(hours.weekly.filter((p) => p.days.includes(day))).map(({ open, close }) => ({
      open,
      close,
    }));
    if (periods.length === 0) continue;
    const key = periods.map((p) => `${p.open}-${p.close}`).join(',');
    const row = byKey.get(key) ?? { days: [], periods };
    row.days.push(day);
    byKey.set(key, row);
  }
  return [...byKey.values()].map(({ days, periods }) => {
    const ranges: Array<[number, number]> = [];
    for (const day of days) {
      const last = ranges[ranges.length - 1];
      if (last && last[1] === day - 1) last[1] = day;
      else ranges.push([day, day]);
    }
    return { ranges, periods };
  });
}
