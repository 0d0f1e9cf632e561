/**
 * npm run bench:tools [-- --sizes=1,5,20] [--cap=300]   (also a section of `npm run bench`)
 *
 * The command-line tools at scale (issue #22): geoparse and ingest, each run as a reader runs
 * it (a child process on a file), on texts of 1, 5 and 20 MB made of the flagship reports
 * repeated. Prints, per size, the wall-clock and CPU time less the tool's start-up (measured on
 * a 1 kB file: node, tsx and the gazetteer), the peak memory, and the 20 MB / 1 MB ratio of the
 * CPU times, which is 20 when the tool is linear (✓ at most that). CPU time, because a shared
 * machine's load stretches the clock far more; compare the ratios of one run. Also shows the
 * refusal a file over the default size limit gets. A run that uses more than --cap CPU seconds
 * (or five times that on the clock, for a machine so loaded that it barely runs) is stopped and
 * shown as such.
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
	/** CPU seconds of the process (user + system), which a loaded machine stretches far less than the clock. */
	cpu: number;
	peakMB: number;
	code: number | null;
	stopped: boolean;
	stderr: string;
}

/** Runs a tool, sampling its peak memory (VmHWM) and CPU time until it exits or the cap stops it. */
function run(args: string[], capSeconds: number): Promise<Run> {
	return new Promise((done) => {
		const t0 = performance.now();
		const child = spawn(process.execPath, ['--import', 'tsx', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
		let stderr = '';
		let peak = 0;
		let cpu = 0;
		let stopped = false;
		const ticks = 100; // USER_HZ: 100 on every Linux that node runs on
		child.stderr.on('data', (d) => (stderr += d));
		const sample = setInterval(() => {
			try {
				const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
				peak = Math.max(peak, kb / 1024);
				// Fields 14 and 15 of /proc/<pid>/stat (after the parenthesised name): utime, stime.
				const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
				const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
				cpu = Math.max(cpu, (Number(f[11]) + Number(f[12])) / ticks);
				if (cpu > capSeconds && !stopped) {
					stopped = true;
					child.kill('SIGKILL');
				}
			} catch {
				/* exited, or not Linux */
			}
		}, 50);
		const cap = setTimeout(() => {
			stopped = true;
			child.kill('SIGKILL');
		}, capSeconds * 5000);
		child.on('exit', (code) => {
			clearInterval(sample);
			clearTimeout(cap);
			done({ seconds: (performance.now() - t0) / 1000, cpu, peakMB: peak, code, stopped, stderr });
		});
	});
}

/**
 * About `bytes` of report text: the flagship reports in turn (the five the Riyadh story is
 * read from, /work/shared/seeds), each copy numbered. Not every file in geo/reports: the
 * figures are compared across sessions, so the text they are measured on stays the same.
 */
function corpus(bytes: number): string {
	const dir = 'geo/reports';
	const flagship = (JSON.parse(readFileSync('geo/stories/riyadh-talks-2025.json', 'utf8')) as { reports: string[] }).reports;
	const texts = readdirSync(dir)
		.filter((f) => flagship.includes(f))
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
		const startupCpu: Record<string, number> = {};
		// The fastest of three runs: the first pays for a cold disk cache, and the machine is shared.
		for (const [name, args] of Object.entries(tools)) {
			log(`tools: ${name} start-up…`);
			const runs: Run[] = [];
			for (let k = 0; k < 3; k++) runs.push(await run(args(tiny), capSeconds));
			startup[name] = Math.min(...runs.map((r) => r.seconds));
			startupCpu[name] = Math.min(...runs.map((r) => r.cpu));
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
				const cpu = r.cpu - startupCpu[name]!;
				if (!r.stopped && r.code === 0) net[name]![size] = cpu;
				const status = r.stopped ? `stopped at ${capSeconds} s CPU` : r.code === 0 ? 'ok' : `exit ${r.code}: ${r.stderr.trim().split('\n').pop()?.slice(0, 80)}`;
				rows.push([name, `${size} MB`, r.stopped ? `> ${capSeconds.toFixed(0)}` : time.toFixed(1), r.stopped ? '–' : cpu.toFixed(1), r.peakMB ? r.peakMB.toFixed(0) : '–', status]);
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
			if (Number.isFinite(ratio)) notes.push(`- ${ratio <= hi / lo ? '✓' : '✗'} ${name}: ${hi} MB / ${lo} MB = ${ratio.toFixed(1)}× in CPU seconds (${linear})`);
			else if (a !== undefined)
				notes.push(`- ✗ ${name}: the ${hi} MB run passed the ${capSeconds} s cap, so at least ${(capSeconds / a).toFixed(1)}× the ${lo} MB run (${a.toFixed(1)} s CPU; linear would be about ${((a * hi) / lo).toFixed(0)} s)`);
			else notes.push(`- ✗ ${name}: the ${lo} MB run did not finish: no ratio`);
		}
		// What a reader gets with a file over the limit, without the flag.
		const big = join(dir, `reports-${hi}mb.txt`);
		if (hi * MB > DEFAULT_MAX_BYTES) {
			const refused = await run(tools.ingest(big), 60);
			notes.push(`- Without --max-size, the ${hi} MB file is refused before it is read (${refused.seconds.toFixed(1)} s, start-up included; exit ${refused.code}): \`${refused.stderr.trim().split('\n')[0]!.replace(dir, '…')}\``);
		}
		return {
			intro: `Each tool run as a reader runs it, on one file of the flagship reports repeated; wall-clock and CPU seconds (user + system, which a shared machine's load stretches far less: the ratios are of these) less the tool's start-up on a 1 kB file (geoparse ${startup.geoparse!.toFixed(1)} s / ${startupCpu.geoparse!.toFixed(1)} s CPU, ingest ${startup.ingest!.toFixed(1)} s / ${startupCpu.ingest!.toFixed(1)} s CPU: node, tsx, the gazetteer); peak memory of the process. The default size limit is ${megabytes(DEFAULT_MAX_BYTES)} per report; these runs lift it (\`--max-size 0\`).`,
			head: ['tool', 'input', 'seconds', 'CPU s', 'peak MB', ''],
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
