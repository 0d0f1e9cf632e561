// $app/environment for the embed's own client (see ./main.ts): it runs in browsers, built.
export const browser = true;
export const dev = false;
