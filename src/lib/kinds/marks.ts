/**
 * Each kind's SVG mark, by kind. Apart from ./index because Svelte components do not load in
 * the canvas worker or the Node scripts; typed by the registry, so a kind without a mark does
 * not compile.
 */
import type { Component } from 'svelte';
import type { Project } from '../geo/mercator';
import type { ViewSize } from '../geo/screen';
import type { EventKind } from './index';
import type { KindMark } from './kind';
import Meeting from './Meeting.svelte';
import Flow from './Flow.svelte';
import Deployment from './Deployment.svelte';
import Exchange from './Exchange.svelte';
import Strike from './Strike.svelte';

export interface MarkProps {
	mark: KindMark;
	project: Project;
	scale?: number;
	hit?: boolean;
	wholePixels?: boolean;
	view?: ViewSize | null;
	/** Where the symbol's stated count goes, from the symbol's centre, as the label rule placed it (overlays/labels.ts). Absent: right of it. */
	count?: CountAt | null;
}

/** A count's place from its symbol's centre, px, and its text anchor. */
export interface CountAt {
	dx: number;
	dy: number;
	anchor: 'start' | 'end' | 'middle';
	/** The text where the rule shortened it ("> 12,000" for "more than 12,000"). */
	text?: string;
	/** A transform that hides it where the map box would cut it (a poster in the server's HTML: overlays/labels.ts's cutCss). */
	css?: string;
}

export const MARK_COMPONENTS: Record<EventKind, Component<MarkProps>> = {
	meeting: Meeting,
	call: Flow,
	visit: Flow,
	travel: Flow,
	deployment: Deployment,
	trade: Flow,
	exchange: Exchange,
	strike: Strike
};
