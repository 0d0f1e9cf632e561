/**
 * The poster: the embed's first picture, drawn before any map library loads. It is laid out
 * at a fixed design size and centred in the map box without scaling, so at the same camera
 * each pixel is where MapLibre will draw it and the live map takes over without a jump.
 */

/** Larger than any sensible embed: the box shows the middle of it. */
export const POSTER = { width: 1600, height: 1000 } as const;
