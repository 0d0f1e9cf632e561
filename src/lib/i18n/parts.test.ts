import { describe, expect, it } from 'vitest';
import * as m from '$lib/paraglide/messages.js';
import { messageTree, treeText, type MessagePart } from './parts';

describe('messageTree', () => {
	it('nests markup and keeps text as text', () => {
		const parts = m.placepage_kicker_in.parts({ type: 'Place', place: '<b>Riyadh</b>' }, { locale: 'en' }) as MessagePart[];
		expect(messageTree(parts)).toEqual([
			{ type: 'text', value: 'Place in ' },
			{ type: 'tag', name: 'link', children: [{ type: 'text', value: '<b>Riyadh</b>' }] }
		]);
	});

	it('closes what is left open and ignores a stray end', () => {
		const parts: MessagePart[] = [
			{ type: 'markup-end', name: 'kbd' },
			{ type: 'markup-start', name: 'strong' },
			{ type: 'text', value: 'a' },
			{ type: 'markup-standalone', name: 'br' },
			{ type: 'text', value: 'b' }
		];
		const tree = messageTree(parts);
		expect(tree).toEqual([{ type: 'tag', name: 'strong', children: [{ type: 'text', value: 'a' }, { type: 'tag', name: 'br', children: [] }, { type: 'text', value: 'b' }] }]);
		expect(treeText(tree)).toBe('ab');
	});

	it('gives the same text as the plain message, in every language', () => {
		for (const locale of ['en', 'fr', 'ar'] as const) {
			const parts = m.present_keys.parts({}, { locale }) as MessagePart[];
			expect(treeText(messageTree(parts))).toBe(m.present_keys({}, { locale }));
		}
	});
});
