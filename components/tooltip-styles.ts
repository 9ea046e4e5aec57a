// Styles for the tooltip's shadow root. The base size is in pixels, not rem (rem would follow
// the page's root size); the reader's text size (the slot's pt-size-* class) sets it and every
// other size is in em of the element's own font, so the whole card grows with it. Their theme
// sets color-scheme, which the light-dark() colours follow ("system": the browser's dark mode).
export const TOOLTIP_CSS = `
.pt-tooltip-slot { --pt-base: 16px; --pt-scheme: light dark; }
.pt-size-large { --pt-base: 18px; }
.pt-size-larger { --pt-base: 20px; }
.pt-theme-light { --pt-scheme: light; }
.pt-theme-dark { --pt-scheme: dark; }
.pt-tooltip {
  box-sizing: border-box;
  position: fixed;
  top: 0;
  left: 0;
  width: max-content;
  max-width: min(23.75em, calc(100vw - 16px));
  max-height: calc(100vh - 16px);
  overflow: auto;
  /* A long card scrolls: its scrollbar shows that, in the card's own colours. */
  scrollbar-color: light-dark(#8fa5a5, #6b8282) transparent;
  padding: 0.75em 0.875em;
  border-radius: 10px;
  border: 1px solid light-dark(#b9c9c9, #3c4d4d);
  color-scheme: var(--pt-scheme);
  background: light-dark(#ffffff, #1f2727);
  color: light-dark(#1d2626, #eef4f4);
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.2);
  font: var(--pt-base)/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Liberation Sans', sans-serif;
  text-align: left;
  direction: ltr;
  letter-spacing: normal;
  word-spacing: normal;
  text-transform: none;
  z-index: 2147483647;
  animation: pt-in 120ms ease-out;
}
@keyframes pt-in { from { opacity: 0; transform-origin: top; } to { opacity: 1; } }
@media (prefers-reduced-motion: reduce) { .pt-tooltip { animation: none; } }
.pt-tooltip p { margin: 0; }
.pt-tooltip p + p { margin-top: 0.375em; }
.pt-head { display: flex; align-items: flex-start; gap: 0.5em; }
.pt-term {
  flex: 1; font-weight: 700; font-size: 1.0625em; margin-bottom: 0.235em !important;
  color: light-dark(#0b5e60, #7fd4d6);
}
.pt-close {
  flex: none; width: 1.455em; height: 1.455em; margin: -0.27em -0.36em 0 0; border: 0; border-radius: 6px;
  background: transparent; color: inherit; font: 1.375em/1 system-ui, sans-serif; cursor: pointer;
}
.pt-also, .pt-credit { font-size: 0.875em; color: light-dark(#4d5f5f, #b3c2c2); }
.pt-note, .pt-safety {
  font-size: 0.875em; padding: 0.43em 0.57em; border-radius: 6px;
  background: light-dark(#fff6e0, #3a3320); color: light-dark(#3d3000, #fbefcf);
}
.pt-help {
  font-size: 0.9375em; padding: 0.4em 0.533em; border-radius: 6px;
  border-left: 4px solid light-dark(#b3261e, #ff8a80);
  background: light-dark(#fdecea, #3b1614); color: light-dark(#410e0b, #fde2df);
  margin-top: 0.533em !important;
}
.pt-help-soon {
  border-left-color: light-dark(#0b5e60, #7fd4d6);
  background: light-dark(#e6f2f2, #163333); color: light-dark(#0e2a2a, #dff2f2);
}
.pt-actions { display: flex; flex-wrap: wrap; gap: 0.5em; margin: 0.625em 0 0.5em; }
.pt-actions button {
  min-height: 2.667em; padding: 0.533em 0.8em; border-radius: 8px;
  border: 1px solid light-dark(#0b5e60, #7fd4d6);
  background: light-dark(#0b5e60, #7fd4d6); color: light-dark(#ffffff, #102020);
  font: 600 0.9375em/1.2 system-ui, sans-serif; cursor: pointer;
}
.pt-actions .pt-log { background: light-dark(#ffffff, transparent); color: light-dark(#0b5e60, #7fd4d6); }
.pt-tooltip button:focus-visible { outline: 3px solid #e08a00; outline-offset: 2px; }
.pt-announcer {
  position: fixed; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
}
`;
