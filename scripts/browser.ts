/**
 * Debian's chromium through playwright-core. The flags keep it off the network at start
 * (without them it tries Google's hosts and this machine refuses them).
 */
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
	'--disable-sync',
	'--disable-default-apps',
	'--disable-quic',
	'--use-angle=swiftshader',
	'--enable-unsafe-swiftshader',
	'--ignore-gpu-blocklist'
];

export async function launch(extraArgs: string[] = [], options: LaunchOptions = {}): Promise<Browser> {
	if (!existsSync(CHROMIUM)) throw new Error(`No chromium at ${CHROMIUM}: run \`apt-get install -y chromium\` (see README)`);
	return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...extraArgs], headless: true, ...options });
}
