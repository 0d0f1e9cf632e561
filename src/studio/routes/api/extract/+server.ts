/**
 * Reads a dropped file or pasted text into report text, and suggests its details (title, outlet,
 * date, address) from a `Source:` line or the page's metadata. Nothing is written: the editor
 * checks the details, then adds the report (POST …/reports).
 */
import { error, json, type RequestHandler } from '@sveltejs/kit';
import { createHash } from 'node:crypto';
import { extractReport, kindOf, MAX_REPORT_BYTES, parseSourceLine } from '../../../lib/server/extract';
import { slugify } from '$lib/ingest/draft';
import { isReportFile } from '../../../lib/server/paths';

export const POST: RequestHandler = async ({ request }) => {
	const len = Number(request.headers.get('content-length') ?? 0);
	if (len > MAX_REPORT_BYTES * 1.5 + 10_000) error(413, `That is ${(len / 1e6).toFixed(1)} MB; a report can be at most ${MAX_REPORT_BYTES / 1000} KB.`);
	const form = await request.formData().catch(() => error(400, 'Send the report as a form with a file or text.'));
	const file = form.get('file');
	const pasted = form.get('text');
	let bytes: Uint8Array;
	let name: string;
	let kind: ReturnType<typeof kindOf>;
	if (file instanceof File && file.size > 0) {
		name = file.name;
		kind = kindOf(file.name);
		if (!kind) error(415, `${file.name}: the studio reads .txt, .md and saved .html files.`);
		if (file.size > MAX_REPORT_BYTES) error(413, `${file.name} is ${(file.size / 1e6).toFixed(1)} MB; a report can be at most ${MAX_REPORT_BYTES / 1000} KB.`);
		bytes = new Uint8Array(await file.arrayBuffer());
	} else if (typeof pasted === 'string') {
		name = 'The pasted text';
		kind = 'txt';
		bytes = new TextEncoder().encode(pasted);
	} else error(400, 'Paste the text or choose a file.');
	const r = extractReport(bytes, kind, name);
	if (!r.ok) error(422, r.error);
	const source = parseSourceLine(r.text);
	const html = kind === 'html' ? new TextDecoder().decode(bytes) : '';
	const published = /<meta[^>]+(?:article:published_time|datePublished|pubdate)[^>]+content="(\d{4}-\d{2}-\d{2})/i.exec(html)?.[1];
	const siteName = /<meta[^>]+og:site_name[^>]+content="([^"]+)"/i.exec(html)?.[1];
	const canonical = /<link[^>]+rel="canonical"[^>]+href="(https?:[^"]+)"/i.exec(html)?.[1];
	const firstLine = r.text.split('\n').find((l) => l.trim() && !l.startsWith('Source:'))?.trim() ?? 'report';
	const title = (r.title ?? firstLine).slice(0, 300);
	const base = file instanceof File && file.size > 0 ? file.name.replace(/\.[^.]+$/, '') : title;
	const hash = createHash('sha256').update(r.text).digest('hex').slice(0, 8);
	// A file already named as geo/reports names files keeps its name; anything else gets one.
	const suggestedName = file instanceof File && isReportFile(file.name) ? file.name : `${slugify(base).slice(0, 60)}-${hash}.txt`;
	return json({
		text: r.text,
		name: suggestedName,
		title,
		outlet: source?.outlet ?? siteName ?? '',
		date: source?.date ?? published ?? '',
		url: source?.url ?? canonical ?? '',
		dateFrom: source?.date ? 'the Source line' : published ? "the page's publication date" : null
	});
};
