import { json, type RequestHandler } from '@sveltejs/kit';
import { discardWork } from '../../../../../lib/server/store';
import { guarded } from '../../../../../lib/server/http';
import { storySlug } from '../../../../../lib/server/paths';

/** "Take the saved version": the work in progress is replaced by the story file. */
export const POST: RequestHandler = ({ params }) => guarded(async () => json({ rev: (await discardWork(storySlug(params.slug))).rev }));
