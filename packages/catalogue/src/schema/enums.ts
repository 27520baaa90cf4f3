import { z } from 'zod';
import {
  CATEGORIES,
  AUDIENCES,
  HANDLING_TYPES,
  CHANNEL_TYPES,
  MATERIAL_FORMS,
  TIME_UNITS,
  FEE_PER,
  ITEM_STATUSES,
  OUTLET_TYPES,
  ACCESSIBILITY_FEATURES,
  LIST_TIERS,
  PUBLISHER_LEVELS,
} from '../constants.js';

export {
  CATEGORIES,
  AUDIENCES,
  HANDLING_TYPES,
  CHANNEL_TYPES,
  MATERIAL_FORMS,
  TIME_UNITS,
  FEE_PER,
  ITEM_STATUSES,
  OUTLET_TYPES,
  ACCESSIBILITY_FEATURES,
  LIST_TIERS,
  PUBLISHER_LEVELS,
};

export const Category = z.enum(CATEGORIES);
export type Category = z.infer<typeof Category>;

export const Audience = z.enum(AUDIENCES);
export type Audience = z.infer<typeof Audience>;

/** 即办件 (handled on the spot) or 承诺件 (handled within a promised time). */
export const HandlingType = z.enum(HANDLING_TYPES);
export type HandlingType = z.infer<typeof HandlingType>;

export const ChannelType = z.enum(CHANNEL_TYPES);
export type ChannelType = z.infer<typeof ChannelType>;

export const MaterialForm = z.enum(MATERIAL_FORMS);
export type MaterialForm = z.infer<typeof MaterialForm>;

export const TimeUnit = z.enum(TIME_UNITS);
export type TimeUnit = z.infer<typeof TimeUnit>;

export const FeePer = z.enum(FEE_PER);
export type FeePer = z.infer<typeof FeePer>;

export const ItemStatus = z.enum(ITEM_STATUSES);
export type ItemStatus = z.infer<typeof ItemStatus>;

export const OutletType = z.enum(OUTLET_TYPES);
export type OutletType = z.infer<typeof OutletType>;

export const AccessibilityFeature = z.enum(ACCESSIBILITY_FEATURES);
export type AccessibilityFeature = z.infer<typeof AccessibilityFeature>;

export const ListTier = z.enum(LIST_TIERS);
export type ListTier = z.infer<typeof ListTier>;

export const PublisherLevel = z.enum(PUBLISHER_LEVELS);
export type PublisherLevel = z.infer<typeof PublisherLevel>;
