/** The story format's travel: see ./movement.format. */
import { z } from 'zod';
import { movementFields, movementFormat } from './movement.format';
import { defineFormat } from './kind';

export const schema = z.object({ ...movementFields, kind: z.literal('travel') }).strict();

export default defineFormat({
	schema,
	refs: movementFormat.refs,
	synthetic: { weight: 0.05, make: (base, ctx) => movementFormat.synthetic('travel' as const, base, ctx) }
});
