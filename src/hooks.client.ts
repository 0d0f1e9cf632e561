// The page's locale (from <html lang>) for the message functions; in a build, that
// language's messages, loaded before the page hydrates (scripts/vite-i18n.ts).
import { loadMessages } from '$lib/i18n/loaded';
import { pageLocale } from '$lib/i18n/page';

export async function init() {
	if (!import.meta.env.DEV) await loadMessages(pageLocale());
}
