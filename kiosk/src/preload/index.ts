// Sandboxed preload: bundled into one CommonJS file (vite.preload.config.ts), since a sandboxed
// preload can require nothing but a few Electron modules.
import { contextBridge, ipcRenderer } from 'electron';
import { exposeBridge } from './expose.js';

exposeBridge(contextBridge, ipcRenderer);
