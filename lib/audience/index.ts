export * from './match';
export { audienceRules, defaultAudience } from './storage';
