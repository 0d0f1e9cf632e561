/**
 * Screenshots of a page at phone, laptop and projector sizes, to look at what we built:
 *   npx tsx scripts/screenshot.ts http://127.0.0.1:4173/stories/riyadh-talks-2025/ out/prefix [--no-webgl] [--click=<selector>]
 */
import { launch } from './browser';

const [url, prefix = '/tmp/shot'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const flags = process.argv.filter((a) => a.startsWith('--'));
const click = flags.find((f) => f.startsWith('--click='))?.slice(8);
const sizes = [
	['phone', 375, 667],
	['laptop', 1280, 800],
	['projector', 1920, 1080]
] as const;

const browser = await launch(flags.includes('--no-webgl') ? ['--disable-webgl', '--disable-3d-apis'] : []);
for (const [name, width, height] of sizes) {
	const page = await browser.newPage({ viewport: { width, height } });
	page.on('console', (m) => m.type() === 'error' && console.error(`[${name}] console: ${m.text()}`));
	page.on('pageerror', (e) => console.error(`[${name}] pageerror: ${e.message}`));
	await page.goto(url!, { waitUntil: 'load' });
	// A map page is ready once its basemap is drawn; other pages once they have loaded.
	await page
		.waitForFunction(() => !document.querySelector('[data-testid="map"]') || !!document.querySelector('[data-basemap]'), undefined, { timeout: 30000 })
		.catch(() => console.error(`[${name}] the basemap did not arrive in 30 s`));
	await page.waitForTimeout(Number(process.env.SHOT_WAIT ?? 1500));
	if (click) {
		await page.click(click);
		await page.waitForTimeout(500);
	}
	await page.screenshot({ path: `${prefix}-${name}.png` });
	console.log(`${prefix}-${name}.png`);
	await page.close();
}
await browser.close();
