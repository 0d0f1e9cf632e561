export function sameKindForMatching(a: string, b: string): boolean {
	const g = (k: string) => (k === 'visit' || k === 'travel' ? 'movement' : k);
	return g(a) === g(b);
}
