/** Set by the ready-packs Vite plugin (scripts/build-packs.mjs): the key of the ready form's format. */
declare const __NEMAWASHI_PACK_FORMAT__: string;
