import type { ParamMatcher } from '@sveltejs/kit';

/** A report's text file, /reports/<name>.txt (names as reports/index.json allows them). */
export const match = ((param: string) => /^[\w.-]+\.txt$/.test(param)) satisfies ParamMatcher;
