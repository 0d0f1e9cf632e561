/**
 * A figure's amount in the interface's language: its number through Intl and its qualifier
 * ("more than", "about") from the messages, for the panel's figure lines ($lib/story/format).
 */
import { figure_about, figure_fewer_than, figure_more_than, figure_up_to } from '../paraglide/messages.js';
import type { Locale } from './locales';
import { formatFigure } from './format';

type Qualify = (inputs: { amount: string }, options: { locale: Locale }) => string;
const QUALIFY: Record<string, Qualify> = { about: figure_about, 'more-than': figure_more_than, 'fewer-than': figure_fewer_than, 'up-to': figure_up_to };

/** "more than 12,000", "plus de 12 000", "أكثر من 12,000": `amount` already formatted. */
export function qualifyAmount(amount: string, qualifier: string | undefined, locale: Locale): string {
	const q = qualifier && Object.hasOwn(QUALIFY, qualifier) ? QUALIFY[qualifier]! : null;
	return q ? q({ amount }, { locale }) : amount;
}

/** "12,000", "12 000"; millions and more in words: the rule is `figureOptions` in ./format. */
export const figureNumber = formatFigure;
