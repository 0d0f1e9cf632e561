// Only the Node build reaches these at run time; the static build prerenders every page.
import { sequence } from '@sveltejs/kit/hooks';
import { handleLocale } from '$lib/i18n/server';
import { handleOEmbed } from '$lib/server/oembed';

export const handle = sequence(handleLocale, handleOEmbed);
