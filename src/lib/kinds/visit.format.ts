/** The story format's visit: see ./movement.format. */
import { z } from 'zod';
import { movementFields, movementFormat } from './movement.format';
import { defineFormat } from './kind';

export const schema = z.object({ ...movementFields, kind: z.literal('visit') }).strict();

export default defineFormat({
	schema,
	refs: movementFormat.refs,
	synthetic: { weight: 0.17, make: (base, ctx) => movementFormat.synthetic('visit' as const, base, ctx) }
});
