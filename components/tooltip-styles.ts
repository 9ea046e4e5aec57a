// Styles for the tooltip's shadow root. Pixels, not rem: rem would follow the page's root size.
export const TOOLTIP_CSS = `
.pt-tooltip {
  box-sizing: border-box;
  position: fixed;
  top: 0;
  left: 0;
  max-width: min(360px, calc(100vw - 16px));
  padding: 12px 14px;
  border-radius: 10px;
  border: 1px solid #c9d6d6;
  background: #ffffff;
  color: #1d2626;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
  font: 16px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Liberation Sans', sans-serif;
  text-align: left;
  direction: ltr;
  z-index: 2147483647;
}
.pt-tooltip p { margin: 0; }
.pt-term { font-weight: 700; font-size: 17px; margin-bottom: 4px !important; color: #0b5e60; }
.pt-credit { margin-top: 8px !important; font-size: 13px; color: #5a6b6b; }
@media (prefers-color-scheme: dark) {
  .pt-tooltip { background: #1f2727; color: #eef4f4; border-color: #3c4d4d; }
  .pt-term { color: #7fd4d6; }
  .pt-credit { color: #a9b8b8; }
}
`;
