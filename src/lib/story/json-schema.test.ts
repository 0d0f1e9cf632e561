import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { storyJsonSchema, reportIndexJsonSchema } from './json-schema';

describe('published JSON Schema', () => {
	it('is the one generated from the zod source (run `npm run schema` after changing schema.ts)', () => {
		expect(JSON.parse(readFileSync('geo/schema/story.v1.schema.json', 'utf8'))).toEqual(storyJsonSchema());
		expect(JSON.parse(readFileSync('geo/schema/reports.v1.schema.json', 'utf8'))).toEqual(reportIndexJsonSchema());
	});

	it('accepts the fixture story and the report index in a standard validator, and rejects a broken story', () => {
		const ajv = new Ajv2020({ strict: false });
		const validate = ajv.compile(storyJsonSchema());
		const story = JSON.parse(readFileSync('tests/fixtures/stories/minimal.json', 'utf8'));
		expect(validate(story), JSON.stringify(validate.errors)).toBe(true);
		story.places[0].coordinates = [200, 0];
		expect(validate(story)).toBe(false);
		expect(validate.errors?.[0]?.instancePath).toBe('/places/0/coordinates/0');
		const validateIndex = ajv.compile(reportIndexJsonSchema());
		const index = JSON.parse(readFileSync('geo/reports/index.json', 'utf8'));
		expect(validateIndex(index), JSON.stringify(validateIndex.errors)).toBe(true);
	});
});
