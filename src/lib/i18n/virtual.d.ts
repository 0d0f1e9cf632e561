// One language's messages as a table by key: built by scripts/vite-i18n.ts.
declare module 'virtual:newsmap-locale/*' {
	const table: Record<string, ((inputs?: object) => string) & { parts?: (inputs?: object) => unknown[] }>;
	export default table;
}
