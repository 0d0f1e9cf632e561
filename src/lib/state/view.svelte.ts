/**
 * The one state object of a story view: camera, time window, selection, playback. Created
 * once per view and passed down by context; changed only through its named actions, and
 * serialised to the URL by the pure functions in `url.ts`.
 */
import { getContext, setContext } from 'svelte';
import type { Camera } from '$lib/map/projection';
import type { DayWindow } from '$lib/story/model';
import type { Selection, ViewParams } from './url';

export class ViewState {
	camera = $state<Camera>({ center: [0, 0], zoom: 1 });
	/** null: the whole story. */
	window = $state<DayWindow | null>(null);
	selection = $state<Selection | null>(null);
	playing = $state(false);
	/** Set by the map when it cannot start (no WebGL, style failure): the SVG fallback takes over. */
	fallbackReason = $state<string | null>(null);

	constructor(initial: Camera, params: ViewParams = {}) {
		this.camera = params.camera ?? initial;
		this.window = params.window ?? null;
		this.selection = params.selection ?? null;
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

	apply(params: ViewParams) {
		if (params.camera) this.camera = params.camera;
		this.window = params.window ?? null;
		this.selection = params.selection ?? null;
	}

	get params(): ViewParams {
		return {
			camera: this.camera,
			...(this.window ? { window: this.window } : {}),
			...(this.selection ? { selection: this.selection } : {})
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
