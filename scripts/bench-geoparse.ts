/**
 * npm run bench:geoparse -- <path to GWN.xml> [--errors N]
 *
 * Scores the geoparser on the GeoWebNews corpus (or any file in its format) and prints a table:
 * recognition precision/recall/F1 on exact spans, acc@161 km, AUC, mean and median error,
 * articles per second after the gazetteer has loaded. `--errors N` also prints N missed and N
 * spurious spans with their context, to study the kinds of mistakes (not to tune word lists).
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { loadGazetteer } from '../src/lib/ingest/gazetteer';
import { geoparse } from '../src/lib/ingest/geoparse';
import { parseGwn, score, type PredictedSpan } from '../src/lib/ingest/bench';

const PUBLISHED: Array<[string, string, string, string]> = [
	['Edinburgh Geoparser', '.650', '.921', '.071'],
	['CLAVIN (resolver of CLIFF)', '.549', '.937', '.060'],
	['CamCoder', '.691', '.839', '.150'],
	['Stanford NER + population', '.739', '.698', '.257'],
	['spaCy NER + GeoNames population', '.543', '.661', '.396'],
	['spaCy v2 NER (recognition only)', '.749', '–', '–'],
	['Google Cloud NL (recognition only)', '.832', '–', '–'],
	['compromise `places()` (recognition only)', '.482', '–', '–']
];

function main(): number {
	const args = process.argv.slice(2);
	const path = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a));
	const errIdx = args.indexOf('--errors');
	const showErrors = errIdx >= 0 ? Number(args[errIdx + 1] ?? 20) : 0;
	if (!path) {
		process.stderr.write('usage: npm run bench:geoparse -- <path to GWN.xml> [--errors N]\n');
		return 2;
	}
	let xml: string;
	try {
		xml = readFileSync(path, 'utf8');
	} catch (e) {
		process.stderr.write(`bench:geoparse: cannot read ${path}: ${(e as Error).message}\n`);
		return 1;
	}
	const gold = parseGwn(xml);
	if (!gold.length) {
		process.stderr.write(`bench:geoparse: no <article> found in ${path}\n`);
		return 1;
	}
	const t0 = performance.now();
	const gaz = loadGazetteer();
	const loadMs = performance.now() - t0;

	// Warm up once, then time three passes and keep the fastest.
	for (const a of gold.slice(0, 20)) geoparse(a.text, gaz);
	const predicted = new Map<string, PredictedSpan[]>();
	let bestMs = Infinity;
	for (let pass = 0; pass < 3; pass++) {
		const t = performance.now();
		for (const a of gold) predicted.set(a.id, geoparse(a.text, gaz));
		bestMs = Math.min(bestMs, performance.now() - t);
	}
	const s = score(gold, predicted);
	const perSec = gold.length / (bestMs / 1000);
	const f = (x: number) => x.toFixed(3).replace(/^0/, '');
	const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
	console.log(`GeoWebNews: ${gold.length} articles, ${s.gold} gold toponyms (${s.resolved} recognised with coordinates)`);
	console.log(`machine: ${os.cpus().length} cores, ${cpu}; node ${process.version}; ${new Date().toISOString().slice(0, 10)}`);
	console.log(`gazetteer load: ${(loadMs / 1000).toFixed(2)} s; parsing: ${perSec.toFixed(0)} articles/s (one core)`);
	console.log('');
	console.log('| system | precision | recall | recognition F1 | acc@161 | AUC | mean km | median km |');
	console.log('|---|---|---|---|---|---|---|---|');
	console.log(
		`| **this geoparser (measured)** | ${f(s.precision)} | ${f(s.recall)} | **${f(s.f1)}** | **${f(s.acc161)}** | **${f(s.auc)}** | ${s.meanKm.toFixed(0)} | ${s.medianKm.toFixed(1)} |`
	);
	for (const [name, f1, acc, auc] of PUBLISHED) console.log(`| ${name} (published) | – | – | ${f1} | ${acc} | ${auc} | – | – |`);

	if (showErrors > 0) {
		const missed: string[] = [];
		const spurious: string[] = [];
		const far: string[] = [];
		for (const a of gold) {
			const preds = predicted.get(a.id) ?? [];
			const ps = new Set(preds.map((p) => `${p.start}:${p.end}`));
			const gs = new Set(a.toponyms.map((g) => `${g.start}:${g.end}`));
			const ctx = (st: number, en: number) =>
				`${a.text.slice(Math.max(0, st - 30), st)}[${a.text.slice(st, en)}]${a.text.slice(en, en + 30)}`.replace(/\s+/g, ' ');
			for (const g of a.toponyms) if (!ps.has(`${g.start}:${g.end}`)) missed.push(`${a.id} ${g.type}: ${ctx(g.start, g.end)}`);
			for (const p of preds) if (!gs.has(`${p.start}:${p.end}`)) spurious.push(`${a.id}: ${ctx(p.start, p.end)}`);
			for (const p of preds) {
				const g = a.toponyms.find((x) => x.start === p.start && x.end === p.end);
				if (g && g.lat !== null && g.lon !== null) {
					const d = Math.hypot(g.lat - p.lat, g.lon - p.lon);
					if (d > 1.5) far.push(`${a.id}: ${g.name} gold ${g.lat},${g.lon} got ${(p as { name?: string }).name} ${p.lat},${p.lon}`);
				}
			}
		}
		const pick = (xs: string[]) => xs.filter((_, k) => k % Math.max(1, Math.floor(xs.length / showErrors)) === 0).slice(0, showErrors);
		console.log(`\nmissed (${missed.length}):\n${pick(missed).join('\n')}`);
		console.log(`\nspurious (${spurious.length}):\n${pick(spurious).join('\n')}`);
		console.log(`\nfar (${far.length}):\n${pick(far).join('\n')}`);
	}
	return 0;
}

process.exitCode = main();
