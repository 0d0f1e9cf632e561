import { reportMeta } from '$lib/server/stories';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ reports: [...reportMeta.values()] });
