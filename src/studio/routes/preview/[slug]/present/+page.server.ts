import { previewStory } from '../../../../lib/server/preview';

export const load = ({ params }: { params: { slug: string } }) => previewStory(params.slug);
