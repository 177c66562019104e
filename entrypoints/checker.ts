/**
 * The heavy half of the content script (engine, packs, NLP, card UI), loaded by
 * entrypoints/content on the first focused field with a dynamic import of this file. It hands
 * its API to the content script through the isolated world's global object.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startChecker } from './content/checker';

export interface CheckerModule {
  startChecker: typeof startChecker;
}

export default defineUnlistedScript(() => {
  globalThis.__nemawashiChecker = { startChecker };
});
