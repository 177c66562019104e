import type { en } from './en';

export type MessageKey = keyof typeof en;
export type MessageValue = string | { one: string; other: string };
/** Every language has every key (a missing one is a type error). */
export type Messages = Record<MessageKey, MessageValue>;
export type Params = Record<string, string | number>;
