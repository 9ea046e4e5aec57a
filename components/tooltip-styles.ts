// Styles for the tooltip's shadow root. Pixels, not rem: rem would follow the page's root size.
export const TOOLTIP_CSS = `
.pt-tooltip {
  box-sizing: border-box;
  position: fixed;
  top: 0;
  left: 0;
  width: max-content;
  max-width: min(380px, calc(100vw - 16px));
  max-height: calc(100vh - 16px);
  overflow: auto;
  padding: 12px 14px 12px;
  border-radius: 10px;
  border: 1px solid #b9c9c9;
  background: #ffffff;
  color: #1d2626;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.2);
  font: 16px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Liberation Sans', sans-serif;
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
.pt-tooltip p + p { margin-top: 6px; }
.pt-head { display: flex; align-items: flex-start; gap: 8px; }
.pt-term { flex: 1; font-weight: 700; font-size: 17px; margin-bottom: 4px !important; color: #0b5e60; }
.pt-close {
  flex: none; width: 32px; height: 32px; margin: -6px -8px 0 0; border: 0; border-radius: 6px;
  background: transparent; color: inherit; font: 22px/1 system-ui, sans-serif; cursor: pointer;
}
.pt-also, .pt-credit { font-size: 14px; color: #4d5f5f; }
.pt-note, .pt-safety { font-size: 14px; padding: 6px 8px; border-radius: 6px; background: #fff6e0; color: #3d3000; }
.pt-help {
  font-size: 15px; padding: 6px 8px; border-radius: 6px; border-left: 4px solid #b3261e;
  background: #fdecea; color: #410e0b; margin-top: 8px !important;
}
.pt-help-soon { border-left-color: #0b5e60; background: #e6f2f2; color: #0e2a2a; }
.pt-actions { display: flex; flex-wrap: wrap; gap: 8px; margin: 10px 0 8px; }
.pt-actions button {
  min-height: 40px; padding: 8px 12px; border-radius: 8px; border: 1px solid #0b5e60;
  background: #0b5e60; color: #ffffff; font: 600 15px/1.2 system-ui, sans-serif; cursor: pointer;
}
.pt-actions .pt-log { background: #ffffff; color: #0b5e60; }
.pt-tooltip button:focus-visible { outline: 3px solid #e08a00; outline-offset: 2px; }
.pt-announcer {
  position: fixed; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
}
@media (prefers-color-scheme: dark) {
  .pt-tooltip { background: #1f2727; color: #eef4f4; border-color: #3c4d4d; }
  .pt-term { color: #7fd4d6; }
  .pt-also, .pt-credit { color: #b3c2c2; }
  .pt-note, .pt-safety { background: #3a3320; color: #fbefcf; }
  .pt-help { background: #3b1614; color: #fde2df; border-left-color: #ff8a80; }
  .pt-help-soon { background: #163333; color: #dff2f2; border-left-color: #7fd4d6; }
  .pt-actions button { background: #7fd4d6; border-color: #7fd4d6; color: #102020; }
  .pt-actions .pt-log { background: transparent; color: #7fd4d6; }
}
`;
