import { z } from 'zod';

export const CATEGORIES = [
  'patent',
  'trademark',
  'geographical-indication',
  'ic-layout',
  'protection',
  'consultation',
  'information',
  'finance',
  'training',
  'other',
] as const;
export const Category = z.enum(CATEGORIES);
export type Category = z.infer<typeof Category>;

export const AUDIENCES = ['individual', 'enterprise', 'sme', 'university', 'agency', 'foreign'] as const;
export const Audience = z.enum(AUDIENCES);
export type Audience = z.infer<typeof Audience>;

/** 即办件 (handled on the spot) or 承诺件 (handled within a promised time). */
export const HANDLING_TYPES = ['instant', 'commitment'] as const;
export const HandlingType = z.enum(HANDLING_TYPES);
export type HandlingType = z.infer<typeof HandlingType>;

export const CHANNEL_TYPES = ['online', 'window', 'mail', 'phone', 'wechat', 'kiosk'] as const;
export const ChannelType = z.enum(CHANNEL_TYPES);
export type ChannelType = z.infer<typeof ChannelType>;

export const MATERIAL_FORMS = ['original', 'copy', 'electronic'] as const;
export const MaterialForm = z.enum(MATERIAL_FORMS);
export type MaterialForm = z.infer<typeof MaterialForm>;

export const TIME_UNITS = ['instant', 'working-days', 'days', 'months'] as const;
export const TimeUnit = z.enum(TIME_UNITS);
export type TimeUnit = z.infer<typeof TimeUnit>;

export const FEE_PER = ['piece', 'class', 'year'] as const;
export const FeePer = z.enum(FEE_PER);
export type FeePer = z.infer<typeof FeePer>;

export const ITEM_STATUSES = ['active', 'suspended', 'retired'] as const;
export const ItemStatus = z.enum(ITEM_STATUSES);
export type ItemStatus = z.infer<typeof ItemStatus>;

export const OUTLET_TYPES = [
  'provincial-node',
  'municipal-centre',
  'tisc',
  'university-centre',
  'info-outlet',
  'patent-agency-office',
  'trademark-window',
  'protection-centre',
  'other',
] as const;
export const OutletType = z.enum(OUTLET_TYPES);
export type OutletType = z.infer<typeof OutletType>;

export const ACCESSIBILITY_FEATURES = [
  'step-free',
  'wheelchair',
  'accessible-toilet',
  'hearing-loop',
  'sign-language',
  'braille',
  'large-print',
  'priority-window',
  'elderly-assist',
] as const;
export const AccessibilityFeature = z.enum(ACCESSIBILITY_FEATURES);
export type AccessibilityFeature = z.infer<typeof AccessibilityFeature>;

export const LIST_TIERS = ['common', 'individual'] as const;
export const ListTier = z.enum(LIST_TIERS);
export type ListTier = z.infer<typeof ListTier>;

export const PUBLISHER_LEVELS = ['national', 'provincial', 'municipal', 'district', 'outlet'] as const;
export const PublisherLevel = z.enum(PUBLISHER_LEVELS);
export type PublisherLevel = z.infer<typeof PublisherLevel>;
