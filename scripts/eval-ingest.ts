/**
 * npm run eval:ingest [-- --story geo/stories/riyadh-talks-2025.json --reports geo/reports]
 *
 * Drafts a story from the reports the curated story cites and compares it with the curated
 * story: places match by id, GeoNames id, name or coordinates within 25 km; events by kind, a
 * shared (matched) place and compatible dates. Prints precision and recall of places and events.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import { story as storySchema, reportIndex, type StoryInput } from '../src/lib/story/schema';
import { loadGazetteer } from '../src/lib/ingest/gazetteer';
import { draftStory, type ReportInput } from '../src/lib/ingest/draft';
import { assignEvents, eventsCorrespond, mapActors, mapPlaces, placesMatch } from '../src/lib/ingest/merge';
import { readText } from '../src/lib/ingest/read';

function arg(name: string, dflt: string): string {
	const k = process.argv.indexOf(`--${name}`);
	return k >= 0 ? (process.argv[k + 1] ?? dflt) : dflt;
}

function main(): number {
	const storyPath = arg('story', 'geo/stories/riyadh-talks-2025.json');
	const reportsDir = arg('reports', 'geo/reports');
	let curated: StoryInput;
	try {
		curated = storySchema.parse(JSON.parse(readFileSync(storyPath, 'utf8'))) as StoryInput;
	} catch (e) {
		process.stderr.write(`eval:ingest: cannot read the curated story ${storyPath}: ${(e as Error).message.split('\n')[0]}\n`);
		return 1;
	}
	const idx = reportIndex.parse(JSON.parse(readFileSync(join(reportsDir, 'index.json'), 'utf8')));
	const dates = new Map(idx.reports.map((r) => [r.file, r.date]));
	const reports: ReportInput[] = [];
	for (const file of curated.reports) {
		const r = readText(join(reportsDir, file));
		if (!r.ok) {
			process.stderr.write(`eval:ingest: ${r.error}\n`);
			continue;
		}
		reports.push({ file, text: r.text, date: dates.get(file) ?? curated.updated });
	}
	const gaz = loadGazetteer();
	const t0 = performance.now();
	const { story: draft } = draftStory(reports, gaz);
	const ms = performance.now() - t0;

	const placeMap = mapPlaces(draft.places, curated.places);
	const placeTp = draft.places.filter((p) => placeMap.has(p.id)).length;
	const placesFound = curated.places.filter((c) => draft.places.some((d) => placesMatch(d, c)));
	const ctx = { placeMap, actorMap: mapActors(draft.actors, curated.actors), draft, curated };
	const assigned = assignEvents(ctx);
	const matchedCurated = new Set(assigned.values());
	const eventTp = assigned.size;
	const eventsFound = curated.events.filter((c) => matchedCurated.has(c.id));
	// Many-to-one (any correspondence), as measured before the one-to-one assignment: for comparison.
	const looseTp = draft.events.filter((e) => curated.events.some((c) => eventsCorrespond(e, c, ctx))).length;
	const looseFound = curated.events.filter((c) => draft.events.some((e) => eventsCorrespond(e, c, ctx))).length;
	const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(0) + '%' : '–');

	console.log(`eval:ingest — ${reports.length} reports against ${storyPath}; ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores, drafting ${(ms / 1000).toFixed(2)} s`);
	console.log('');
	console.log('| items | curated | drafted | matched drafted | precision | curated found | recall |');
	console.log('|---|---|---|---|---|---|---|');
	console.log(`| places | ${curated.places.length} | ${draft.places.length} | ${placeTp} | ${pct(placeTp, draft.places.length)} | ${placesFound.length} | ${pct(placesFound.length, curated.places.length)} |`);
	console.log(`| events | ${curated.events.length} | ${draft.events.length} | ${eventTp} | ${pct(eventTp, draft.events.length)} | ${eventsFound.length} | ${pct(eventsFound.length, curated.events.length)} |`);
	console.log(`| events, many-to-one | ${curated.events.length} | ${draft.events.length} | ${looseTp} | ${pct(looseTp, draft.events.length)} | ${looseFound} | ${pct(looseFound, curated.events.length)} |`);
	const figures = draft.events.filter((e) => (e.kind === 'deployment' && e.count) || (e.kind === 'trade' && e.amount)).length;
	console.log(`\ndrafted events with a count or amount: ${figures}`);
	const missedPlaces = curated.places.filter((c) => !placesFound.includes(c)).map((p) => p.id);
	const missedEvents = curated.events.filter((c) => !eventsFound.includes(c)).map((e) => e.id);
	console.log(`\ncurated places not found (${missedPlaces.length}): ${missedPlaces.join(', ') || '–'}`);
	console.log(`curated events not found (${missedEvents.length}): ${missedEvents.join(', ') || '–'}`);
	return 0;
}

process.exitCode = main();
