// Every page is prerendered; directory-style URLs (`/stories/x/` → `stories/x/index.html`)
// work on any static file server, a USB stick included.
export const prerender = true;
export const trailingSlash = 'always';
