// The studio is a local app, rendered on request: nothing here is prerendered.
export const prerender = false;
export const ssr = true;
export const trailingSlash = 'never';
