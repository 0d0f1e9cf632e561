/** Writes the published JSON Schema files from the zod source of truth. */
import { writeFileSync } from 'node:fs';
import { storyJsonSchema, reportIndexJsonSchema } from '../src/lib/story/json-schema';

const out = [
	['geo/schema/story.v1.schema.json', storyJsonSchema()],
	['geo/schema/reports.v1.schema.json', reportIndexJsonSchema()]
] as const;
for (const [file, schema] of out) {
	writeFileSync(file, JSON.stringify(schema, null, '\t') + '\n');
	console.log(`wrote ${file}`);
}
