import { z } from 'zod';
import { HttpUrl, Id, IsoDate, IsoDateOrDateTime, LocalizedText, PhoneNumber, yzIssue } from './common.js';
import { Audience, Category, ChannelType, FeePer, HandlingType, ItemStatus, MaterialForm, TimeUnit } from './enums.js';

export const Channel = z.strictObject({
  type: ChannelType,
  label: LocalizedText.optional(),
  url: HttpUrl.optional(),
  outletIds: z.array(Id).default([]),
  phone: PhoneNumber.optional(),
  hours: LocalizedText.optional(),
  note: LocalizedText.optional(),
});
export type Channel = z.output<typeof Channel>;

export const Material = z.strictObject({
  name: LocalizedText,
  form: MaterialForm,
  copies: z.int().min(1).max(99).default(1),
  required: z.boolean().default(true),
  /** When the material is needed only in some cases (委托代理的, 外国申请人…). */
  condition: LocalizedText.optional(),
  note: LocalizedText.optional(),
  templateUrl: HttpUrl.optional(),
});
export type Material = z.output<typeof Material>;

export const Step = z.strictObject({
  title: LocalizedText,
  detail: LocalizedText.optional(),
});
export type Step = z.output<typeof Step>;

export const Duration = z
  .strictObject({
    value: z.int().min(0).max(3650),
    unit: TimeUnit,
  })
  .refine((d) => d.unit !== 'instant' || d.value === 0, yzIssue('instantHasValue'))
  .refine((d) => d.unit === 'instant' || d.value > 0, yzIssue('durationZero'));
export type Duration = z.output<typeof Duration>;

export const TimeLimit = z.strictObject({
  /** 法定时限: the limit set by law or regulation. */
  legal: Duration.optional(),
  /** 承诺时限: what this office promises, usually shorter than the legal one. */
  promised: Duration.optional(),
  note: LocalizedText.optional(),
});
export type TimeLimit = z.output<typeof TimeLimit>;

export const FeeItem = z.strictObject({
  label: LocalizedText,
  amountYuan: z.number().min(0).max(100_000_000),
  per: FeePer,
  note: LocalizedText.optional(),
});
export type FeeItem = z.output<typeof FeeItem>;

export const Fee = z
  .strictObject({
    charged: z.boolean(),
    /** Fixed amounts. A charged fee lists them, unless `note` says how a variable fee is worked out. */
    items: z.array(FeeItem).default([]),
    basis: LocalizedText.optional(),
    /**
     * Anything about the fee the items do not say; for a variable fee (arbitration by the amount in
     * dispute, insurance premiums, exam fees set each year) it is the fee: how it is worked out.
     */
    note: LocalizedText.optional(),
  })
  .refine((fee) => !fee.charged || fee.items.length > 0 || fee.note !== undefined, yzIssue('feeItemsRequired'))
  // Guides show a fee that is not charged as free; amounts beside it contradict that, and which
  // one is true no tool can tell (the CSV import refuses the same: fee_charged 否 with amounts).
  .refine((fee) => fee.charged || fee.items.length === 0, yzIssue('feeNotCharged'));
export type Fee = z.output<typeof Fee>;

export const LegalBasis = z.strictObject({
  title: LocalizedText,
  clause: z.string().trim().min(1).max(200).optional(),
  url: HttpUrl.optional(),
});
export type LegalBasis = z.output<typeof LegalBasis>;

export const Contact = z.strictObject({
  phone: PhoneNumber.optional(),
  email: z.email().optional(),
  hours: LocalizedText.optional(),
  note: LocalizedText.optional(),
});
export type Contact = z.output<typeof Contact>;

/** 实施编码 in the style of GB/T 39554.1: letters and digits only. */
export const IMPLEMENTATION_CODE_PATTERN = /^[0-9A-Za-z]{4,40}$/;
export const ImplementationCode = z.string().regex(IMPLEMENTATION_CODE_PATTERN);

export const ServiceItem = z.strictObject({
  id: Id,
  code: ImplementationCode.optional(),
  name: LocalizedText,
  summary: LocalizedText.optional(),
  /** Who may apply, in words; `audience` is the machine-readable filter. */
  eligibility: LocalizedText.optional(),
  /** Colloquial names in any language or script, used by search. */
  synonyms: z.array(z.string().trim().min(1).max(100)).max(100).default([]),
  category: Category,
  audience: z.array(Audience).default([]),
  handlingType: HandlingType,
  channels: z.array(Channel).default([]),
  materials: z.array(Material).default([]),
  steps: z.array(Step).default([]),
  timeLimit: TimeLimit.optional(),
  fee: Fee.optional(),
  basis: z.array(LegalBasis).default([]),
  outcome: LocalizedText.optional(),
  contact: Contact.optional(),
  url: HttpUrl.optional(),
  /**
   * What a reader should know about the item as a whole and that belongs to no one part of it
   * (a registration valid for one year, what happens when a deadline is missed, sample data).
   */
  note: LocalizedText.optional(),
  status: ItemStatus.default('active'),
  version: z.string().trim().min(1).max(32).default('1'),
  effectiveFrom: IsoDate.optional(),
  updatedAt: IsoDateOrDateTime.optional(),
});
export type ServiceItem = z.output<typeof ServiceItem>;
export type ServiceItemInput = z.input<typeof ServiceItem>;
