/**
 * The colour scheme: the reader's system setting, unless they chose light or dark with the
 * switch (ThemeSwitch.svelte), which is remembered in localStorage. The choice is applied as
 * `data-theme` on <html>, where app.css reads it; static/theme.js applies a remembered
 * choice before the first paint, so a dark page never flashes light.
 */
export type ThemeChoice = 'auto' | 'light' | 'dark';

export const THEME_KEY = 'newsmap:theme';

export function parseChoice(v: unknown): ThemeChoice {
	return v === 'light' || v === 'dark' ? v : 'auto';
}

class Theme {
	choice = $state<ThemeChoice>('auto');
	systemDark = $state(false);
	/** Whether the page is dark now: what the map's basemap colours follow. */
	dark = $derived(this.choice === 'dark' || (this.choice === 'auto' && this.systemDark));
	#started = false;

	/** Reads the remembered choice and follows the system setting; safe to call more than once. */
	start() {
		if (this.#started || typeof window === 'undefined') return;
		this.#started = true;
		try {
			this.choice = parseChoice(localStorage.getItem(THEME_KEY));
		} catch {
			// Storage refused (a sandboxed frame, private mode): the system setting alone.
		}
		const mq = matchMedia('(prefers-color-scheme: dark)');
		this.systemDark = mq.matches;
		mq.addEventListener('change', () => (this.systemDark = mq.matches));
	}

	set(choice: ThemeChoice) {
		this.choice = choice;
		const root = document.documentElement;
		if (choice === 'auto') root.removeAttribute('data-theme');
		else root.setAttribute('data-theme', choice);
		try {
			if (choice === 'auto') localStorage.removeItem(THEME_KEY);
			else localStorage.setItem(THEME_KEY, choice);
		} catch {
			// Not remembered, still applied.
		}
	}
}

export const theme = new Theme();
