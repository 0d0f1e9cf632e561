/**
 * The one message an embed sends its host: its content height. The host script
 * (static/embed.js), the frame script (static/embed-frame.js) and the builder's previews use
 * this shape; the static scripts cannot import it, so a unit test holds them to it.
 */
export const HEIGHT_MESSAGE = 'newsmap:embed-height';
/** Host to embed: "tell me your height again" (the host script may load after the first post). */
export const HELLO_MESSAGE = 'newsmap:embed-hello';
/** Heights outside this range are not a layout the embed can have: a forged or broken message. */
export const MIN_HEIGHT = 100;
export const MAX_HEIGHT = 4000;

export interface HeightMessage {
	type: typeof HEIGHT_MESSAGE;
	height: number;
}

/** The height in a message, or null when the message is not exactly ours. */
export function readHeight(data: unknown): number | null {
	if (!data || typeof data !== 'object') return null;
	const d = data as Partial<HeightMessage>;
	if (d.type !== HEIGHT_MESSAGE || typeof d.height !== 'number' || !Number.isFinite(d.height)) return null;
	if (d.height < MIN_HEIGHT || d.height > MAX_HEIGHT) return null;
	return Math.ceil(d.height);
}
