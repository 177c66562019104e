/**
 * The field adapter of a webmail site's compose body, built from the site's module (lib/sites):
 * the site says where the body, the quoted reply and the Send are; reading and replacing are
 * those of any contenteditable (Gmail's and Outlook's editors take the browser's own input path).
 */
import type { Site, SiteId } from '../sites';
import { readDom, replaceInDom } from './input';
import type { EditorAdapter } from './types';

export function siteEditor(site: Site<SiteId>): EditorAdapter {
  return {
    kind: site.id,
    find: (target) => site.body(target),
    read: readDom,
    replace: (root, start, end, replacement) => replaceInDom(root, readDom, start, end, replacement, { keepFormatting: true }),
    quotedPart: (root) => site.quotedPart(root),
    sendButton: (target) => site.sendButton(target),
    sendButtonFor: (root) => site.sendButtonFor(root),
    isSendShortcut: (e) => site.isSendShortcut(e),
  };
}
