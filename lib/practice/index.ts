/**
 * Practice mode: assignments and courses (schema, loading with positions), scoring a rewrite
 * against an assignment's goals, share links, and the learner's progress report.
 */
export * from './schema';
export * from './load';
export * from './ask';
export * from './score';
export * from './share';
export * from './report';
