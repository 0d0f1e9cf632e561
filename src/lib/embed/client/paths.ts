// $app/paths for the embed's own client (see ./main.ts). Its files sit flat in <base>/_embed/,
// so the site's base is the folder above this module, wherever the site is served from.
export const base = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
