/**
 * The one way the studio writes JSON into geo/: tabs, keys in the order they already have,
 * and arrays of numbers (coordinates, camera centres) on one line — the layout the flagship
 * story was written in by hand. Writing a file it just read gives the same bytes, so a git
 * diff after a save shows only what the editor changed.
 */
export function formatJson(value: unknown): string {
	return `${write(value, '')}\n`;
}

function write(v: unknown, indent: string): string {
	if (Array.isArray(v)) {
		if (v.length === 0) return '[]';
		if (v.every((x) => typeof x === 'number')) return `[${v.map((x) => JSON.stringify(x)).join(', ')}]`;
		const inner = indent + '\t';
		return `[\n${v.map((x) => inner + write(x, inner)).join(',\n')}\n${indent}]`;
	}
	if (v !== null && typeof v === 'object') {
		const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
		if (entries.length === 0) return '{}';
		const inner = indent + '\t';
		return `{\n${entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${write(x, inner)}`).join(',\n')}\n${indent}}`;
	}
	return JSON.stringify(v) ?? 'null';
}
