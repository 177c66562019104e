/**
 * The engine's public face: `analyze(text, { packs, audience })` -> { findings, friction }.
 * Pure: no DOM, no browser API. Shared unchanged by the CLI, the extension and the practice page.
 */
export { analyze } from './analyze';
export * from './types';
