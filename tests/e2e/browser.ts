/** The browser the tests drive: scripts/browser.ts (scripts use it too, and do not import tests). */
export * from '../../scripts/browser';
