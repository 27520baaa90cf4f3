import { LOCALE_TAGS } from '@yizhan/i18n';
import { z } from 'zod';
import { canonicalOrigin, isSecureServiceUrl } from './origin.js';

/**
 * The kiosk's configuration file (`kiosk.json`), one per machine, written by the hall's operator.
 * This module is browser-safe (the web bridge validates its localStorage copy with it); checks
 * that need node:crypto (the public key really being Ed25519) live in ./config.ts.
 *
 * Custom messages carry `params.yz` with a key in the `kiosk` namespace, resolved by the
 * per-call zod error map in the operator's language.
 */
const Id = z.string().regex(/^[A-Za-z0-9._-]{1,64}$/);

const ServiceUrl = z.string().refine(isSecureServiceUrl, { params: { yz: 'kiosk:config.httpsOnly' } });

const Origin = z
  .string()
  .refine((value) => canonicalOrigin(value) !== undefined, { params: { yz: 'kiosk:config.origin' } })
  .transform((value) => canonicalOrigin(value) ?? value);

const PEM_PUBLIC_KEY = /^-----BEGIN PUBLIC KEY-----\r?\n[A-Za-z0-9+/=\r\n]+-----END PUBLIC KEY-----\s*$/;

export const KioskConfig = z
  .strictObject({
    /** The service hall this machine stands in (an outlet id of the catalogue, or the hall's own code). */
    hallId: Id,
    /** The outlet whose windows, hours and items the kiosk shows first. */
    outletId: Id,
    /** Intake server base URL (consultations, ratings, demand events). */
    serverUrl: ServiceUrl,
    /** Directory URL of the signed catalogue bundle (where manifest.json lives); ends with `/`. */
    bundleUrl: ServiceUrl.refine((value) => value.endsWith('/'), { params: { yz: 'kiosk:config.directoryUrl' } }),
    /** Seconds without a touch before the countdown appears. */
    idleSeconds: z.int().min(30).max(1800).default(90),
    /** Length of the visible "are you still there?" countdown before the visitor is forgotten. */
    countdownSeconds: z.int().min(5).max(120).default(20),
    /** Seconds a clean home screen waits before the attract screen takes over. */
    attractSeconds: z.int().min(10).max(3600).default(60),
    /** How often to look for a newer content bundle. */
    updateIntervalMinutes: z.int().min(5).max(1440).default(60),
    /** Printer name as the OS lists it (CUPS queue name, Windows printer name); absent: no printing. */
    printerName: z.string().min(1).max(128).optional(),
    /** Thermal paper width in millimetres. */
    receiptWidthMm: z.union([z.literal(58), z.literal(80)]).default(80),
    /** Ed25519 public key (SPKI PEM) that content bundles must be signed with. */
    publicKey: z.string().refine((value) => PEM_PUBLIC_KEY.test(value), { params: { yz: 'kiosk:config.publicKey' } }),
    /**
     * Exact origins a visitor may be shown in a pop-up window (a government service site, say).
     * The kiosk window itself never leaves the app.
     */
    allowedOrigins: z.array(Origin).max(32).default([]),
    /** Language the kiosk starts in and returns to after every visitor. */
    defaultLocale: z.enum(LOCALE_TAGS as [string, ...string[]]).default('zh-CN'),
    /**
     * The public portal page that embeds the same widgets: QR codes on screen and on receipts open
     * a guide (`#item=…`) or a consultation there, on the visitor's phone. No QR codes without it.
     */
    portalUrl: ServiceUrl.optional(),
  })
  .refine((config) => config.countdownSeconds < config.idleSeconds, {
    path: ['countdownSeconds'],
    params: { yz: 'kiosk:config.countdownLonger' },
  });
export type KioskConfig = z.output<typeof KioskConfig>;
export type KioskConfigInput = z.input<typeof KioskConfig>;

/** Every field, in file order, for error labels and the operator docs. */
export const CONFIG_FIELDS = [
  'hallId',
  'outletId',
  'serverUrl',
  'bundleUrl',
  'idleSeconds',
  'countdownSeconds',
  'attractSeconds',
  'updateIntervalMinutes',
  'printerName',
  'receiptWidthMm',
  'publicKey',
  'allowedOrigins',
  'defaultLocale',
  'portalUrl',
] as const;
