import { z } from 'zod';
import { HttpUrl, Id, IsoDate, LanguageTag, LocalizedText, PhoneNumber, RegionCode, yzIssue } from './common.js';
import { AccessibilityFeature, OutletType } from './enums.js';

export const CLOCK_TIME_PATTERN = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
const ClockTime = z.string().regex(CLOCK_TIME_PATTERN);

export const OpeningPeriod = z
  .strictObject({
    /** ISO weekdays: 1 = Monday … 7 = Sunday. */
    days: z.array(z.int().min(1).max(7)).min(1).max(7),
    open: ClockTime,
    close: ClockTime,
  })
  .refine((p) => p.open < p.close, yzIssue('openBeforeClose'));
export type OpeningPeriod = z.output<typeof OpeningPeriod>;

/** Opening hours in China Standard Time (Asia/Shanghai), the only zone outlets here use. */
export const OpeningHours = z.strictObject({
  weekly: z.array(OpeningPeriod).default([]),
  /** Extra closed days (public holidays, moves). */
  closed: z.array(IsoDate).default([]),
  /** Extra open days (adjusted working days, 调休上班). */
  open: z.array(IsoDate).default([]),
  note: LocalizedText.optional(),
});
export type OpeningHours = z.output<typeof OpeningHours>;

export const Geo = z.strictObject({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});

/** A service window inside a hall (综合受理窗口 3 号…), shown on the kiosk. */
export const ServiceWindow = z.strictObject({
  label: LocalizedText,
  itemIds: z.array(Id).default([]),
  note: LocalizedText.optional(),
});

export const Outlet = z.strictObject({
  id: Id,
  name: LocalizedText,
  type: OutletType,
  parentId: Id.optional(),
  regionCode: RegionCode,
  address: LocalizedText,
  geo: Geo.optional(),
  phones: z.array(PhoneNumber).default([]),
  email: z.email().optional(),
  url: HttpUrl.optional(),
  hours: OpeningHours.optional(),
  itemIds: z.array(Id).default([]),
  languages: z.array(LanguageTag).default([]),
  accessibility: z.array(AccessibilityFeature).default([]),
  windows: z.array(ServiceWindow).default([]),
  transit: LocalizedText.optional(),
  note: LocalizedText.optional(),
  /** True when address or phone numbers are invented sample data, not a real office. */
  sample: z.boolean().default(false),
});
export type Outlet = z.output<typeof Outlet>;
export type OutletInput = z.input<typeof Outlet>;

export const Region = z.strictObject({
  code: RegionCode,
  name: LocalizedText,
});
export type Region = z.output<typeof Region>;
