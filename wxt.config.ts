import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { nativeBrowserOnPages } from './config/native-browser-on-pages';

// The manifest is a function of the target browser: Firefox-only keys stay out of Chrome's build.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact(), nativeBrowserOnPages()] }),
  manifest: ({ browser }) => ({
    name: 'PT Lens',
    description:
      'Explains physical therapy and chronic pain terms on any page, in plain words, with a guide and a private soreness log.',
    // activeTab: the popup may see the active tab's address when the reader opens it, to offer
    // "Read this PDF with PT Lens" on a PDF; it asks no leave at install.
    permissions: ['storage', 'contextMenus', 'alarms', 'activeTab'],
    // A web address the reader opens in the viewer (a PDF) is fetched on their click; where the
    // browser needs leave for that, the viewer asks for that one site then (components/viewer/).
    ...(browser === 'firefox'
      ? { optional_permissions: ['notifications', 'http://*/*', 'https://*/*'] }
      : {
          optional_permissions: ['notifications'],
          optional_host_permissions: ['http://*/*', 'https://*/*'],
        }),
    action: { default_title: 'PT Lens' },
    commands: {
      'next-term': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Go to the next explained term on the page',
      },
      'previous-term': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Go to the previous explained term on the page',
      },
    },
    // The parts of the page side that the content script imports (content/parts.ts): the page
    // lens after load, with its match data (content/match-data-file.ts), a frame's own context,
    // the tooltip once a term is found. In Chrome their address changes every session, so a page
    // cannot probe for them to learn that PT Lens is installed; Firefox's is random per install.
    web_accessible_resources:
      browser === 'firefox'
        ? ['page-lens.js', 'frame-context.js', 'match-data.bin', 'term-ui.js']
        : [
            {
              resources: ['page-lens.js', 'frame-context.js', 'match-data.bin', 'term-ui.js'],
              matches: ['http://*/*', 'https://*/*'],
              use_dynamic_url: true,
            },
          ],
    // Frames get a content script of their own, which loads nothing until the frame has text
    // to read (entrypoints/frame-loader.ts); the top document gets entrypoints/content/. Both
    // carry the marks' two root-only rules (content/marks.css, built as content.css).
    content_scripts: [
      {
        matches: ['http://*/*', 'https://*/*'],
        all_frames: true,
        run_at: 'document_idle',
        js: ['frame-loader.js'],
        css: ['content-scripts/content.css'],
      },
    ],
    // Only our own packaged scripts run on our pages: no inline code, no eval, no remote code.
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self'; object-src 'self'"
        : { extension_pages: "script-src 'self'; object-src 'self'" },
    // Chrome 130 refused a content script's import of a use_dynamic_url file (crbug 363027634),
    // fixed in a later release; the end-to-end suite runs on Chromium 156.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '132' }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'pt-lens@pt-lens.example',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
