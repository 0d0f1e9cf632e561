/**
 * A Vite plugin of both builds (the site's and the embed's own client's): copies maplibre-gl's
 * distribution files, unchanged, into static/<MAPLIBRE_DIR>/, from where the site serves them
 * (the site's build copies static/ into build/; `vite dev` serves static/ as it is). Both
 * clients load the library from there ($lib/map/maplibre.ts), so it is in the build once.
 * JavaScript (with JSDoc types), so that Vite's config loader takes it as it is.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const FILES = ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css'];

/**
 * Copies the files for the installed version (and removes other versions' copies).
 * @param {string} staticDir
 * @returns {string} the folder written
 */
export function copyMaplibre(staticDir) {
	const pkg = require.resolve('maplibre-gl/package.json');
	/** @type {{ version: string }} */
	const { version } = JSON.parse(readFileSync(pkg, 'utf8'));
	const dist = join(dirname(pkg), 'dist');
	const lib = join(staticDir, '_lib');
	const dir = join(lib, `maplibre-gl-${version}`);
	if (existsSync(lib)) for (const d of readdirSync(lib)) if (d.startsWith('maplibre-gl-') && d !== `maplibre-gl-${version}`) rmSync(join(lib, d), { recursive: true });
	mkdirSync(dir, { recursive: true });
	for (const f of FILES) {
		const from = join(dist, f);
		const to = join(dir, f);
		if (!existsSync(to) || !readFileSync(to).equals(readFileSync(from))) copyFileSync(from, to);
	}
	return dir;
}

/**
 * @param {string} staticDir
 * @returns {import('vite').Plugin}
 */
export function maplibreFiles(staticDir) {
	return {
		name: 'newsmap:maplibre-files',
		buildStart() {
			copyMaplibre(staticDir);
		},
		configureServer() {
			copyMaplibre(staticDir);
		}
	};
}
