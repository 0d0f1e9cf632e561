/**
 * The one state object of a story view: camera, time window, selection, playback. Created
 * once per view and passed down by context; changed only through its named actions, and
 * serialised to the URL by the pure functions in `url.ts`.
 */
import { getContext, setContext } from 'svelte';
import type { Camera } from '$lib/geo/mercator';
import { hasFilters, NO_FILTERS, type DayWindow, type Filters } from '$lib/story/model';
import type { Selection, ViewParams } from './url';

export class ViewState {
	camera = $state<Camera>({ center: [0, 0], zoom: 1 });
	/** null: the whole story. */
	window = $state<DayWindow | null>(null);
	selection = $state<Selection | null>(null);
	filters = $state<Filters>(NO_FILTERS);
	/** The accessible list view instead of the map. */
	list = $state(false);
	playing = $state(false);
	/** Set by the map when it cannot start (no WebGL, style failure): the SVG fallback takes over. */
	fallbackReason = $state<string | null>(null);

	constructor(initial: Camera, params: ViewParams = {}) {
		this.camera = params.camera ?? initial;
		this.window = params.window ?? null;
		this.selection = params.selection ?? null;
		this.filters = params.filters ?? NO_FILTERS;
		this.list = params.list ?? false;
	}

	select(sel: Selection | null) {
		this.selection = sel;
	}

	clearSelection() {
		this.selection = null;
	}

	setWindow(w: DayWindow | null) {
		this.window = w;
	}

	/** Camera updates come from the map after the reader moves it. */
	setCamera(c: Camera) {
		this.camera = c;
	}

	setFilters(f: Filters) {
		this.filters = f;
	}

	/** Adds or removes one value of one filter. */
	toggleFilter<K extends keyof Filters>(key: K, value: Filters[K][number]) {
		const cur = this.filters[key] as Filters[K][number][];
		const next = cur.includes(value) ? cur.filter((v) => v !== value) : [...cur, value];
		this.filters = { ...this.filters, [key]: next };
	}

	clearFilters() {
		this.filters = NO_FILTERS;
	}

	showList(on: boolean) {
		this.list = on;
	}

	apply(params: ViewParams) {
		if (params.camera) this.camera = params.camera;
		this.window = params.window ?? null;
		this.selection = params.selection ?? null;
		this.filters = params.filters ?? NO_FILTERS;
		this.list = params.list ?? false;
	}

	get params(): ViewParams {
		return {
			camera: this.camera,
			...(this.window ? { window: this.window } : {}),
			...(this.selection ? { selection: this.selection } : {}),
			...(hasFilters(this.filters) ? { filters: this.filters } : {}),
			...(this.list ? { list: true } : {})
		};
	}
}

const KEY = Symbol.for('newsmap.view');

export function setViewContext(v: ViewState): ViewState {
	return setContext(KEY, v);
}

export function getViewContext(): ViewState {
	const v = getContext<ViewState | undefined>(KEY);
	if (!v) throw new Error('getViewContext() called outside a story view');
	return v;
}
