/** Rule packs: schema, loading with positions, compiling, running their examples, built-ins. */
export * from './schema';
export * from './compile';
export * from './load';
export * from './examples';
export { loadBuiltinPacks, builtinPackSources } from './builtin';
