/**
 * Working days in mainland China: Monday–Friday, minus the public holidays the State Council
 * announces each year, plus the weekend days it declares working days (调休上班). The table
 * below is a default; operators pass their own (`holidays` in the server config) when the
 * next year's notice is published, because a wrong calendar means a wrong promised date.
 */
export interface HolidayCalendar {
  /** Days off that would otherwise be working days (`YYYY-MM-DD`). */
  holidays: readonly string[];
  /** Weekend days that are working days. */
  workdays: readonly string[];
}

const range = (from: string, days: number): string[] => {
  const start = Date.parse(`${from}T00:00:00Z`);
  return Array.from({ length: days }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
};

/** 国务院办公厅 notices for 2025 (国办发明电〔2024〕12号) and 2026. */
export const DEFAULT_CALENDAR: HolidayCalendar = {
  holidays: [
    ...range('2025-01-01', 1),
    ...range('2025-01-28', 8),
    ...range('2025-04-04', 3),
    ...range('2025-05-01', 5),
    ...range('2025-05-31', 3),
    ...range('2025-10-01', 8),
    ...range('2026-01-01', 3),
    ...range('2026-02-15', 9),
    ...range('2026-04-04', 3),
    ...range('2026-05-01', 5),
    ...range('2026-06-19', 3),
    ...range('2026-09-25', 3),
    ...range('2026-10-01', 7),
  ],
  workdays: [
    '2025-01-26',
    '2025-02-08',
    '2025-04-27',
    '2025-09-28',
    '2025-10-11',
    '2026-01-04',
    '2026-02-14',
    '2026-02-28',
    '2026-05-09',
    '2026-09-20',
    '2026-10-10',
  ],
};
