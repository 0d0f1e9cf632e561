/**
 * The closed lists of the story format, apart from the zod schema so that browser code can
 * use them without bundling zod (whose eval probe also trips a strict CSP).
 */
export const STATUSES = ['happened', 'planned', 'postponed', 'proposed', 'cancelled'] as const;
export type Status = (typeof STATUSES)[number];
