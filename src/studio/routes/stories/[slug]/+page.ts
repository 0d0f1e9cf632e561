// The editor runs in the browser only: it needs the map, localStorage and the live validation.
export const ssr = false;
