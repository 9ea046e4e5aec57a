// The page lens part of the page side, imported by the content script once the page has loaded.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerPart } from '../content/parts';
import { runOnPage } from '../content/run-on-page';

export default defineUnlistedScript(() => registerPart('page-lens', runOnPage));
