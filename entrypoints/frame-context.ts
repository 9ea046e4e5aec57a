// The content-script context a frame's page lens runs in, a part of its own: the frames' loader
// stays free of WXT's context (it touches extension APIs on load), and the top document, which
// has the content script's context, never loads this one (about 3 KB on every page).
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerPart } from '../content/parts';

export default defineUnlistedScript(() =>
  registerPart('frame-context', () => new ContentScriptContext('content')),
);
