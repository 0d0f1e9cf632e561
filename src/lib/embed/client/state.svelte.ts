// $app/state for the embed's own client (see ./main.ts): the page's URL, reactive, moved by
// ./navigation's history writes and by the reader's back and forward.
class Page {
	url = $state(new URL(location.href));
	state = $state<Record<string, unknown>>({});
}

export const page = new Page();

addEventListener('popstate', (e) => {
	page.url = new URL(location.href);
	page.state = (e.state as Record<string, unknown> | null) ?? {};
});
