/**
 * A print of a page as a reader's browser makes it (print media, A4, backgrounds), to look at:
 *   npx tsx scripts/print-pdf.ts http://127.0.0.1:4173/stories/riyadh-talks-2025/ out.pdf
 * Waits for the story page's printed map (a still picture drawn for print) when there is one.
 */
import { launch } from './browser';

const [url, out = '/tmp/print.pdf'] = process.argv.slice(2);
if (!url) throw new Error('usage: print-pdf.ts <url> [out.pdf]');
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
page.on('pageerror', (e) => console.error(`pageerror: ${e.message}`));
await page.goto(url, { waitUntil: 'load' });
await page.waitForSelector('[data-basemap]', { state: 'attached', timeout: 30_000 }).catch(() => {});
await page.emulateMedia({ media: 'print' });
if (await page.locator('.mapbox').count()) await page.waitForSelector('.print-map .overlay .place', { state: 'attached', timeout: 30_000 });
await page.waitForTimeout(1000);
await page.pdf({ path: out, format: 'A4', printBackground: true });
console.log(out);
await browser.close();
