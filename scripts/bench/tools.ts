/**
 * npm run bench:tools [-- --sizes=1,5,20] [--cap=300]   (also a section of `npm run bench`)
 *
 * The command-line tools at scale (issue #22): geoparse and ingest, each run as a reader runs
 * it (a child process on a file), on texts of 1, 5 and 20 MB made of the flagship reports
 * repeated. Prints, per size, the time less the tool's start-up (measured on a 1 kB file: node,
 * tsx and the gazetteer), the peak memory, and the 20 MB / 1 MB ratio, which is 20 when the tool
 * is linear. Also shows the refusal a file over the default size limit gets. A run longer than
 * --cap seconds is stopped and shown as such. Timings are wall-clock on a shared machine:
 * compare the ratios of one run.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_MAX_BYTES, megabytes } from '../../src/lib/ingest/read';

const MB = 1024 * 1024;

interface Run {
	seconds: number;
	peakMB: number;
	code: number | null;
	stopped: boolean;
	stderr: string;
}

/** Runs a tool, sampling its peak memory (VmHWM) until it exits or the cap stops it. */
function run(args: string[], capSeconds: number): Promise<Run> {
	return new Promise((done) => {
		const t0 = performance.now();
		const child = spawn(process.execPath, ['--import', 'tsx', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
		let stderr = '';
		let peak = 0;
		let stopped = false;
		child.stderr.on('data', (d) => (stderr += d));
		const sample = setInterval(() => {
			try {
				const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
				peak = Math.max(peak, kb / 1024);
			} catch {
				/* exited, or not Linux */
			}
		}, 100);
		const cap = setTimeout(() => {
			stopped = true;
			child.kill('SIGKILL');
		}, capSeconds * 1000);
		child.on('exit', (code) => {
			clearInterval(sample);
			clearTimeout(cap);
			done({ seconds: (performance.now() - t0) / 1000, peakMB: peak, code, stopped, stderr });
		});
	});
}

/** About `bytes` of report text: the flagship reports in turn, each copy numbered. */
function corpus(bytes: number): string {
	const dir = 'geo/reports';
	const texts = readdirSync(dir)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((f) => readFileSync(join(dir, f), 'utf8'));
	const parts: string[] = [];
	let n = 0;
	for (let k = 0; n < bytes; k++) {
		const t = `Dispatch ${k + 1}.\n\n${texts[k % texts.length]!}\n\n`;
		parts.push(t);
		n += Buffer.byteLength(t);
	}
	return parts.join('');
}

export interface ToolsResult {
	intro: string;
	head: string[];
	rows: string[][];
	notes: string[];
}

export async function benchTools({ sizes = [1, 5, 20], capSeconds = 300, log = (s: string) => console.error(s) } = {}): Promise<ToolsResult> {
	const dir = mkdtempSync(join(tmpdir(), 'bench-tools-'));
	try {
		const tiny = join(dir, 'tiny.txt');
		writeFileSync(tiny, corpus(1000).slice(0, 1000));
		const tools = {
			geoparse: (f: string, extra: string[] = []) => ['scripts/geoparse.ts', ...extra, f],
			ingest: (f: string, extra: string[] = []) => ['scripts/ingest.ts', f, '--out', join(dir, 'out.json'), '--date', '2025-02-18', ...extra]
		};
		const startup: Record<string, number> = {};
		for (const [name, args] of Object.entries(tools)) {
			log(`tools: ${name} start-up…`);
			startup[name] = (await run(args(tiny), capSeconds)).seconds;
		}
		const rows: string[][] = [];
		const net: Record<string, Record<number, number>> = { geoparse: {}, ingest: {} };
		for (const size of sizes) {
			const file = join(dir, `reports-${size}mb.txt`);
			writeFileSync(file, corpus(size * MB));
			for (const [name, args] of Object.entries(tools)) {
				log(`tools: ${name} on ${size} MB…`);
				const r = await run(args(file, ['--max-size', '0']), capSeconds);
				const time = r.seconds - startup[name]!;
				if (!r.stopped && r.code === 0) net[name]![size] = time;
				const status = r.stopped ? `stopped at ${capSeconds} s` : r.code === 0 ? 'ok' : `exit ${r.code}: ${r.stderr.trim().split('\n').pop()?.slice(0, 80)}`;
				rows.push([name, `${size} MB`, r.stopped ? `> ${capSeconds.toFixed(0)}` : time.toFixed(1), r.peakMB ? r.peakMB.toFixed(0) : '–', status]);
			}
		}
		const notes: string[] = [];
		const lo = Math.min(...sizes);
		const hi = Math.max(...sizes);
		for (const name of Object.keys(tools)) {
			const a = net[name]![lo];
			const b = net[name]![hi];
			const ratio = a !== undefined && b !== undefined && a > 0 ? b / a : NaN;
			const linear = `linear: ${hi / lo}×; target ≤ ${hi / lo}×`;
			if (Number.isFinite(ratio)) notes.push(`- ${name}: ${hi} MB / ${lo} MB = ${ratio.toFixed(1)}× (${linear})`);
			else if (a !== undefined)
				notes.push(`- ${name}: the ${hi} MB run passed the ${capSeconds} s cap, so at least ${(capSeconds / a).toFixed(1)}× the ${lo} MB run (${a.toFixed(1)} s; linear would be about ${((a * hi) / lo).toFixed(0)} s)`);
			else notes.push(`- ${name}: the ${lo} MB run did not finish: no ratio`);
		}
		// What a reader gets with a file over the limit, without the flag.
		const big = join(dir, `reports-${hi}mb.txt`);
		if (hi * MB > DEFAULT_MAX_BYTES) {
			const refused = await run(tools.ingest(big), 60);
			notes.push(`- Without --max-size, the ${hi} MB file is refused before it is read (${refused.seconds.toFixed(1)} s, start-up included; exit ${refused.code}): \`${refused.stderr.trim().split('\n')[0]!.replace(dir, '…')}\``);
		}
		return {
			intro: `Each tool run as a reader runs it, on one file of the flagship reports repeated; seconds less the tool's start-up on a 1 kB file (geoparse ${startup.geoparse!.toFixed(1)} s, ingest ${startup.ingest!.toFixed(1)} s: node, tsx, the gazetteer); peak memory of the process. The default size limit is ${megabytes(DEFAULT_MAX_BYTES)} per report; these runs lift it (\`--max-size 0\`).`,
			head: ['tool', 'input', 'seconds', 'peak MB', ''],
			rows,
			notes
		};
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

// Run alone: npm run bench:tools.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const args = process.argv.slice(2);
	const arg = (k: string) => args.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
	const sizes = arg('sizes')?.split(',').map(Number) ?? [1, 5, 20];
	const r = await benchTools({ sizes, capSeconds: Number(arg('cap') ?? 300) });
	console.log(`## Tools at scale\n\n${r.intro}\n`);
	const w = r.head.map((_, i) => Math.max(...[r.head, ...r.rows].map((row) => row[i]!.length)));
	for (const row of [r.head, w.map((n) => '-'.repeat(n)), ...r.rows]) console.log(`| ${row.map((c, i) => c.padEnd(w[i]!)).join(' | ')} |`);
	console.log(`\n${r.notes.join('\n')}`);
}
