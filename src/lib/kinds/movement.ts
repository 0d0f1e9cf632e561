/**
 * What visits and travel share: people who go from one place (when a report says which) to
 * another. An arc with an arrowhead; a short arrow into the place when no report states the
 * origin: we show that someone arrived without inventing where from.
 */
import type { Shape } from './kind';
import { flowLine } from './shared';

type Movement = { from?: string; to: string; who: string[] };

export const movement = {
	places: (e: { from?: string; to: string }) => (e.from === undefined ? [e.to] : [e.from, e.to]),
	people: (e: Movement) => e.who,
	involved: (e: Movement) => e.who,
	figures: () => [],
	details: () => [],
	shape: (e: Movement): Shape => (e.from === undefined ? { arrival: e.to } : { line: [e.from, e.to] }),
	line: flowLine('arrow'),
	glyph: { line: [[3, 10], [42, 10]] as const }
};
