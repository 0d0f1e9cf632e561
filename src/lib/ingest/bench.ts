/**
 * Reading a GeoWebNews-style corpus and scoring a geoparser on it, as in Gritta et al. (2019):
 * recognition by exact spans; resolution over recognised gold toponyms with coordinates:
 * acc@161 km, mean and median error, and AUC of the log error curve.
 */
import { haversineKm } from './gazetteer';

export interface GoldToponym {
	start: number;
	end: number;
	name: string;
	type: string;
	lat: number | null;
	lon: number | null;
}

export interface GoldArticle {
	id: string;
	text: string;
	toponyms: GoldToponym[];
	/** Gold toponyms with unusable (negative) offsets: they count in recall's denominator, as in the README. */
	unmatchable: number;
}

/** Gold types that are not toponyms in the benchmark's scoring. */
export const EXCLUDED_TYPES = new Set(['Literal_Expression', 'Non_Lit_Expression', 'Non_Toponym']);

function decodeXml(s: string): string {
	return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
		const l = e.toLowerCase();
		if (l === 'amp') return '&';
		if (l === 'lt') return '<';
		if (l === 'gt') return '>';
		if (l === 'quot') return '"';
		if (l === 'apos') return "'";
		if (l.startsWith('#x')) return String.fromCodePoint(parseInt(l.slice(2), 16));
		return String.fromCodePoint(parseInt(l.slice(1), 10));
	});
}

function tag(block: string, name: string): string | null {
	const m = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(block);
	return m ? decodeXml(m[1]!) : null;
}

/** Parse the corpus; drops annotations with negative offsets and excluded types. */
export function parseGwn(xml: string): GoldArticle[] {
	const out: GoldArticle[] = [];
	const articleRe = /<article\b([^>]*)>([\s\S]*?)<\/article>/g;
	for (let m = articleRe.exec(xml); m; m = articleRe.exec(xml)) {
		const attrs = m[1] ?? '';
		const body = m[2] ?? '';
		const id = /file="([^"]*)"/.exec(attrs)?.[1] ?? String(out.length);
		const text = tag(body, 'text') ?? '';
		const toponyms: GoldToponym[] = [];
		let unmatchable = 0;
		const topRe = /<toponym>([\s\S]*?)<\/toponym>/g;
		for (let t = topRe.exec(body); t; t = topRe.exec(body)) {
			const b = t[1] ?? '';
			const start = Number(tag(b, 'start'));
			const end = Number(tag(b, 'end'));
			const type = tag(b, 'type') ?? '';
			if (EXCLUDED_TYPES.has(type)) continue;
			if (!Number.isFinite(start) || !Number.isFinite(end) || start < 0 || end < 0) {
				unmatchable++;
				continue;
			}
			const lat = tag(b, 'latitude');
			const lon = tag(b, 'longitude');
			toponyms.push({
				start,
				end,
				name: tag(b, 'extractedName') ?? '',
				type,
				lat: lat !== null && lat.trim() !== '' && Number.isFinite(Number(lat)) ? Number(lat) : null,
				lon: lon !== null && lon.trim() !== '' && Number.isFinite(Number(lon)) ? Number(lon) : null
			});
		}
		out.push({ id, text, toponyms, unmatchable });
	}
	return out;
}

export interface PredictedSpan {
	start: number;
	end: number;
	lat: number;
	lon: number;
}

export interface Scores {
	gold: number;
	predicted: number;
	matched: number;
	precision: number;
	recall: number;
	f1: number;
	/** Recognised gold toponyms with coordinates. */
	resolved: number;
	acc161: number;
	auc: number;
	meanKm: number;
	medianKm: number;
}

const MAX_KM = 20039;

/** AUC of the sorted log errors, normalised by the largest possible error (lower is better). */
export function aucOf(errorsKm: number[]): number {
	const n = errorsKm.length;
	if (n < 2) return n === 1 ? Math.log(1 + errorsKm[0]!) / Math.log(MAX_KM) : 0;
	const ys = errorsKm.map((e) => Math.log(1 + e)).sort((a, b) => a - b);
	let area = 0;
	for (let k = 1; k < n; k++) area += (ys[k - 1]! + ys[k]!) / 2;
	return area / (Math.log(MAX_KM) * (n - 1));
}

export function score(gold: GoldArticle[], predicted: Map<string, PredictedSpan[]>): Scores {
	let goldN = 0;
	let predN = 0;
	let matched = 0;
	const errors: number[] = [];
	for (const a of gold) {
		goldN += a.toponyms.length + a.unmatchable;
		const preds = predicted.get(a.id) ?? [];
		predN += preds.length;
		const byspan = new Map<string, PredictedSpan>();
		for (const p of preds) byspan.set(`${p.start}:${p.end}`, p);
		for (const g of a.toponyms) {
			const p = byspan.get(`${g.start}:${g.end}`);
			if (!p) continue;
			matched++;
			if (g.lat !== null && g.lon !== null) errors.push(haversineKm(g.lat, g.lon, p.lat, p.lon));
		}
	}
	const precision = predN ? matched / predN : 0;
	const recall = goldN ? matched / goldN : 0;
	const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
	const sorted = [...errors].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	const median = sorted.length === 0 ? 0 : sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
	return {
		gold: goldN,
		predicted: predN,
		matched,
		precision,
		recall,
		f1,
		resolved: errors.length,
		acc161: errors.length ? errors.filter((e) => e < 161).length / errors.length : 0,
		auc: aucOf(errors),
		meanKm: errors.length ? errors.reduce((s, e) => s + e, 0) / errors.length : 0,
		medianKm: median
	};
}
