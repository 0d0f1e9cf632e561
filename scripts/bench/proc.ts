/**
 * CPU time of one browser's GPU process, from Linux's /proc. With software WebGL the GPU
 * process is where frames are drawn and composited (SwiftShader, on every core it gets), so
 * its CPU time per frame shows where an overlay's cost goes when the main thread is idle.
 * Elsewhere (no /proc), null: the bench prints a dash.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

/** An argument no other chromium on the machine has: it finds this run's browser process. */
export const TAG = `--newsmap-bench=${process.pid}`;

let tick: number | null = null;
function msPerTick(): number {
	if (tick === null) {
		try {
			tick = 1000 / Number(execSync('getconf CLK_TCK', { encoding: 'utf8' }).trim());
		} catch {
			tick = 10;
		}
		if (!Number.isFinite(tick) || tick <= 0) tick = 10;
	}
	return tick;
}

type Proc = { ppid: number; args: string; cpu: number };

function processes(): Map<number, Proc> {
	const out = new Map<number, Proc>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const args = readFileSync(`/proc/${name}/cmdline`, 'utf8').replaceAll('\0', ' ');
			// The command may hold spaces and parentheses: the fields start after the last ')'.
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			out.set(Number(name), { ppid: Number(f[1]), args, cpu: (Number(f[11]) + Number(f[12])) * msPerTick() });
		} catch {
			// Gone between the listing and the read.
		}
	}
	return out;
}

/** Milliseconds of CPU the GPU process under the browser launched with TAG has used so far. */
export function gpuCpuMs(): number | null {
	if (!existsSync('/proc/self/stat')) return null;
	const ps = processes();
	const root = [...ps].find(([, p]) => p.args.includes(TAG) && !p.args.includes('--type='))?.[0];
	if (root === undefined) return null;
	const under = (pid: number): boolean => {
		for (let p = ps.get(pid), n = 0; p && n < 10; p = ps.get(p.ppid), n++) if (p.ppid === root) return true;
		return false;
	};
	const gpu = [...ps].filter(([pid, p]) => p.args.includes('--type=gpu-process') && under(pid));
	return gpu.length ? gpu.reduce((a, [, p]) => a + p.cpu, 0) : null;
}
