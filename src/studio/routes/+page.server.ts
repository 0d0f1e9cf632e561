import { listStories } from '../lib/server/store';
import { PROJECT } from '../lib/server/paths';

export const load = () => ({ stories: listStories(), project: PROJECT });
