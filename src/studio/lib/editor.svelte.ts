/**
 * The studio's state for one story in the browser: the work, undo and redo, validation as you
 * type (the build's own `validateStory`), and saving. Every change is journaled to
 * localStorage at once and sent to the server a moment later (autosave), so a reload, a crash
 * or a closed tab loses nothing: on load, a journal newer than the server's copy is restored.
 */
import { story as storySchema, place as placeSchema, actor as actorSchema, event as eventSchema, type ReportMeta, type Story, type StoryEvent } from '$lib/story/schema';
import { eventPlaces } from '$lib/story/model';
import { validateStory, type Fault } from '$lib/story/validate';
import { composeStory, itemKey, type ItemKind, type Work } from './work';

export interface ReportView {
	file: string;
	text: string | null;
	meta: ReportMeta | null;
}

export type Selection = { kind: ItemKind; id: string } | null;
type Editable = Pick<Work, 'story' | 'items' | 'proposals'>;

const AUTOSAVE_MS = 600;
const HISTORY = 300;

export interface ItemFault {
	/** Path inside the item: "date", "sources[0].quote", "" for the item as a whole. */
	field: string;
	message: string;
}

export class Editor {
	work: Work = $state.raw() as Work;
	reports: ReportView[] = $state.raw([]);
	rev = $state(0);
	status: 'saved' | 'pending' | 'saving' | 'conflict' | 'error' = $state('saved');
	message: string | null = $state(null);
	restored = $state(false);
	stale = $state(false);
	selection: Selection = $state(null);
	past: string[] = $state([]);
	future: string[] = $state([]);
	private timer: ReturnType<typeof setTimeout> | undefined;
	private inflight: Promise<void> | null = null;

	constructor(init: { work: Work; reports: ReportView[]; stale: boolean }) {
		this.work = init.work;
		this.rev = init.work.rev;
		this.reports = init.reports;
		this.stale = init.stale;
		this.restoreJournal();
	}

	get key() {
		return `newsmap-studio:${this.work.slug}`;
	}

	private restoreJournal() {
		if (typeof localStorage === 'undefined') return;
		try {
			const j = JSON.parse(localStorage.getItem(this.key) ?? 'null') as { baseRev: number; work: Editable } | null;
			if (!j) return;
			const same = JSON.stringify(j.work) === JSON.stringify(this.editable());
			if (same) return localStorage.removeItem(this.key);
			if (j.baseRev === this.rev) {
				// Undo after a restore goes back to the server's copy.
				this.past = [JSON.stringify(this.editable())];
				this.work = { ...this.work, ...j.work };
				this.restored = true;
				this.status = 'pending';
				this.schedule();
			} else {
				this.status = 'conflict';
				this.message = `You have unsaved changes from revision ${j.baseRev}, but the story is now at revision ${this.rev} (changed in another tab or by someone else). Keep yours to overwrite theirs, or take theirs.`;
			}
		} catch {
			/* an unreadable journal is dropped */
		}
	}

	editable(): Editable {
		return { story: this.work.story, items: this.work.items, proposals: this.work.proposals };
	}

	/** One edit: undoable, journaled now, autosaved soon. */
	change(fn: (w: Work) => void) {
		this.past = [...this.past.slice(-HISTORY + 1), JSON.stringify(this.editable())];
		this.future = [];
		const next = structuredClone($state.snapshot(this.work)) as Work;
		fn(next);
		this.work = next;
		this.touched();
	}

	undo() {
		const prev = this.past.at(-1);
		if (!prev) return;
		this.future = [...this.future, JSON.stringify(this.editable())];
		this.past = this.past.slice(0, -1);
		this.work = { ...this.work, ...(JSON.parse(prev) as Editable) };
		this.touched();
	}

	redo() {
		const next = this.future.at(-1);
		if (!next) return;
		this.past = [...this.past, JSON.stringify(this.editable())];
		this.future = this.future.slice(0, -1);
		this.work = { ...this.work, ...(JSON.parse(next) as Editable) };
		this.touched();
	}

	private touched() {
		try {
			localStorage.setItem(this.key, JSON.stringify({ baseRev: this.rev, work: this.editable() }));
		} catch {
			/* storage full or off: the autosave still runs */
		}
		if (this.status !== 'conflict') this.status = 'pending';
		this.schedule();
	}

	private schedule() {
		clearTimeout(this.timer);
		if (this.status === 'conflict') return;
		this.timer = setTimeout(() => void this.flush(), AUTOSAVE_MS);
	}

	/** Sends the work now (autosave); resolves once the server has it or refused it. */
	async flush(force = false): Promise<void> {
		clearTimeout(this.timer);
		if (this.inflight) await this.inflight;
		if (this.status === 'saved' || (this.status === 'conflict' && !force)) return;
		const sent = JSON.stringify(this.editable());
		this.status = 'saving';
		this.inflight = (async () => {
			const base = force ? (await this.serverRev()) : this.rev;
			const res = await fetch(`/api/stories/${this.work.slug}`, {
				method: 'PUT',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ baseRev: base, ...JSON.parse(sent) }),
				// Outlives the page when the tab closes mid-save (browsers cap such bodies at 64 KB;
				// a larger story relies on the journal in localStorage instead).
				keepalive: sent.length < 60_000
			});
			const b = await res.json().catch(() => ({}));
			if (res.status === 409) {
				this.status = 'conflict';
				this.message = b.message;
				return;
			}
			if (!res.ok) {
				this.status = 'error';
				this.message = b.message ?? `Autosave failed (HTTP ${res.status}); your changes are kept in this browser.`;
				return;
			}
			this.rev = b.rev;
			this.work = { ...this.work, rev: b.rev, savedAt: b.savedAt };
			this.message = null;
			if (JSON.stringify(this.editable()) === sent) {
				this.status = 'saved';
				localStorage.removeItem(this.key);
			} else {
				this.touched();
			}
		})();
		await this.inflight;
		this.inflight = null;
	}

	private async serverRev(): Promise<number> {
		const r = await fetch(`/api/stories/${this.work.slug}`);
		return ((await r.json()) as { work: Work }).work.rev;
	}

	/** Takes the server's copy after a server-side change (a report added, a draft merged). */
	async refresh() {
		const r = await fetch(`/api/stories/${this.work.slug}`);
		const b = (await r.json()) as { work: Work; reports: ReportView[] };
		this.work = b.work;
		this.rev = b.work.rev;
		this.reports = b.reports;
		this.status = 'saved';
	}

	/** After a conflict: keep mine (write over the other copy) … */
	async keepMine() {
		this.status = 'pending';
		await this.flush(true);
	}

	/** … or take theirs (reload the server's copy, dropping the journal). */
	takeTheirs() {
		localStorage.removeItem(this.key);
		location.reload();
	}

	/** The story as it would be saved if every proposal were accepted: what the panes show and check. */
	candidate = $derived(composeStory(this.work, 'all-but-rejected'));
	reportTexts = $derived(new Map(this.reports.filter((r) => r.text !== null).map((r) => [r.file, r.text!])));
	validation = $derived(validateStory(`${this.work.slug}.json`, this.candidate, this.reportTexts));
	/** Faults by item ("event:id") and for the story as a whole. */
	faults = $derived.by(() => {
		const byItem = new Map<string, ItemFault[]>();
		const story: Fault[] = [];
		if (this.validation.ok) return { byItem, story };
		for (const f of this.validation.faults) {
			const m = /^\$\.(events|places|actors)\[(\d+)\](.*)$/.exec(f.path);
			const list = m ? (this.candidate[m[1] as 'events' | 'places' | 'actors'] as Array<{ id: string }>) : null;
			const item = m && list ? list[Number(m[2])] : null;
			if (m && item) {
				const key = itemKey(m[1]!.slice(0, -1) as ItemKind, item.id);
				const arr = byItem.get(key) ?? [];
				arr.push({ field: m[3]!.replace(/^\./, ''), message: f.message });
				byItem.set(key, arr);
			} else story.push(f);
		}
		return { byItem, story };
	});

	/** What the map can draw now: each item that is valid on its own and whose places exist. */
	mapStory = $derived.by((): Story | null => {
		const c = this.candidate;
		const places = c.places.flatMap((p) => {
			const r = placeSchema.safeParse(p);
			return r.success ? [r.data] : [];
		});
		const placeIds = new Set(places.map((p) => p.id));
		const actors = c.actors.flatMap((a) => {
			const r = actorSchema.safeParse(a);
			return r.success ? [r.data] : [];
		});
		const actorIds = new Set(actors.map((a) => a.id));
		const events = c.events.flatMap((e) => {
			const r = eventSchema.safeParse(e);
			if (!r.success) return [];
			const ok = placesOf(r.data).length > 0 && placesOf(r.data).every((p) => placeIds.has(p)) && r.data.actors.every((a) => actorIds.has(a));
			return ok ? [r.data] : [];
		});
		if (!places.length) return null;
		const s = storySchema.safeParse({ ...c, places, actors: actors.length ? actors : [{ id: 'x', name: 'x', type: 'state' }], events: events.length ? events : [], scenes: [] });
		if (s.success) return s.data;
		// Fall back to the parts alone when the story's own fields are mid-edit.
		return { ...(c as unknown as Story), places, actors, events, scenes: [] };
	});
}

function placesOf(e: StoryEvent): string[] {
	try {
		return eventPlaces(e);
	} catch {
		return [];
	}
}
