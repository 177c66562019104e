/**
 * Where the recipient rules live (local to this browser, edited in the options page). The
 * default audience, used when no rule matches, is the existing `audience` item.
 */
import { storage } from 'wxt/utils/storage';
import type { AudienceRule } from './match';

export const audienceRules = storage.defineItem<AudienceRule[]>('local:audienceRules', { fallback: [] });

export { audience as defaultAudience } from '../storage/settings';
