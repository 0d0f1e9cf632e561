// A shell page: the story is fetched in the browser, so nothing is rendered at build time.
export const prerender = true;
export const ssr = false;
