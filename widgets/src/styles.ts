// The look every widget shares. Pages theme the widgets through these CSS custom properties (they pierce the
// Shadow DOM); each has a default with readable contrast on white.
import { css } from 'lit';

export const baseStyles = css`
  :host {
    --_accent: var(--cg-accent, #0b5cad);
    --_accent-fg: var(--cg-accent-fg, #ffffff);
    --_bg: var(--cg-bg, #ffffff);
    --_fg: var(--cg-fg, #1b2430);
    --_muted: var(--cg-muted, #4f5b6b);
    --_border: var(--cg-border, #d5dbe3);
    --_surface: var(--cg-surface, #f3f6f9);
    --_error: var(--cg-error, #b42318);
    --_radius: var(--cg-radius, 8px);
    display: block;
    box-sizing: border-box;
    padding: var(--cg-padding, 16px);
    font-family: var(--cg-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--cg-font-size, 15px);
    line-height: 1.45;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--cg-focus, var(--_accent));
    outline-offset: 2px;
  }
  .state:empty {
    display: none;
  }
  .state {
    margin: 0;
    color: var(--_muted);
  }
  .state.error {
    color: var(--_error);
    font-weight: 600;
  }
  .muted {
    color: var(--_muted);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    margin: 4px 0 0;
    padding: 0;
    list-style: none;
  }
  .chip {
    padding: 1px 8px;
    border-radius: 999px;
    background: var(--_surface);
    border: 1px solid var(--_border);
    font-size: 0.85em;
    white-space: nowrap;
  }
  button {
    font: inherit;
    color: var(--_accent-fg);
    background: var(--_accent);
    border: 0;
    border-radius: var(--_radius);
    padding: 6px 14px;
    cursor: pointer;
  }
`;
