// A place page is plain HTML: readable without JavaScript, quick to load, and printable.
export const csr = false;
