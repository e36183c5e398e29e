import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const RENDERER_OUT = fileURLToPath(new URL('../dist/renderer', import.meta.url));
export const ELECTRON_OUT = fileURLToPath(new URL('../dist/electron', import.meta.url));
