import { defineBackground } from 'wxt/utils/define-background';

// The background has no work of its own yet; it exists so the extension has a stable worker
// (the end-to-end tests read the extension's id from it) and for later features.
export default defineBackground(() => {});
