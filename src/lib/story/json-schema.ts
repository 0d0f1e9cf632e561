import { z } from 'zod';
import { story, reportIndex, STORY_SCHEMA_VERSION } from './schema';

/**
 * The JSON Schema documents published for editors. `io: 'input'` describes files as people
 * write them (fields with defaults are optional), which is what an editor should check.
 */
export function storyJsonSchema(): Record<string, unknown> {
	return {
		...z.toJSONSchema(story, { io: 'input', target: 'draft-2020-12' }),
		$id: `https://newsmap.invalid/schema/story.v${STORY_SCHEMA_VERSION}.schema.json`,
		title: `News map story, version ${STORY_SCHEMA_VERSION}`
	};
}

export function reportIndexJsonSchema(): Record<string, unknown> {
	return {
		...z.toJSONSchema(reportIndex, { io: 'input', target: 'draft-2020-12' }),
		$id: 'https://newsmap.invalid/schema/reports.v1.schema.json',
		title: 'News map report index, version 1'
	};
}
