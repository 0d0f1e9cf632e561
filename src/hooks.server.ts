// Only the Node build reaches these at run time; the static build prerenders every page.
export { handleOEmbed as handle } from '$lib/server/oembed';
