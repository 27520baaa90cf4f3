#!/usr/bin/env node
// The workspace ships TypeScript sources; tsx compiles them on load so `yizhan` runs the same
// code the tests ran, with no separate build to forget.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
