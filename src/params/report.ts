import type { ParamMatcher } from '@sveltejs/kit';

/** A report's reading page, /reports/<name>/: the file's name without .txt. */
export const match = ((param: string) => /^[\w.-]+$/.test(param) && !param.endsWith('.txt')) satisfies ParamMatcher;
