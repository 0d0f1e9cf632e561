/**
 * Above this many events the overlay is drawn on canvas: SVG stays for small, accessible
 * stories. Its own module so that deciding costs nothing: the canvas code loads only when used.
 */
export const CANVAS_THRESHOLD = 300;
