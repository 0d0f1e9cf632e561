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
