import type { HolidayCalendar } from './calendar.js';

const DAY = 86_400_000;
/** China has one time zone and no daylight saving: Asia/Shanghai is always UTC+8. */
const SHANGHAI_OFFSET = 8 * 3_600_000;

/** The calendar date in Asia/Shanghai at an instant, `YYYY-MM-DD`. */
export function shanghaiDate(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

export function isWorkingDay(date: string, calendar: HolidayCalendar): boolean {
  if (calendar.workdays.includes(date)) return true;
  if (calendar.holidays.includes(date)) return false;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The date `n` working days after `date` (the day of receipt does not count, as in
 * administrative practice: received on Tuesday, 3 working days → Friday). `n = 0` gives the
 * receipt day itself if it is a working day, else the next working day.
 */
export function addWorkingDays(date: string, n: number, calendar: HolidayCalendar): string {
  let current = date;
  if (n === 0) {
    while (!isWorkingDay(current, calendar)) current = addDays(current, 1);
    return current;
  }
  let left = n;
  while (left > 0) {
    current = addDays(current, 1);
    if (isWorkingDay(current, calendar)) left--;
  }
  return current;
}

/** A case is overdue once the Shanghai date is past its due date and it is still open. */
export function isOverdue(dueDate: string, status: string, now: Date): boolean {
  return status !== 'answered' && status !== 'closed' && shanghaiDate(now) > dueDate;
}
