import { z } from 'zod';

/**
 * The kiosk runs under a CSP without `unsafe-eval`. zod would probe for `new Function` on its first
 * object parse (the bridge validates every message), and even a caught probe is reported as a
 * violation; `jitless` skips the probe. Imported first by main.ts, before anything parses.
 */
z.config({ jitless: true });
