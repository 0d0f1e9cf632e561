/**
 * A figure's amount in the interface's language: its number through Intl and its qualifier
 * ("more than", "about") from the messages. Shared by the map's labels (a deployment's count)
 * and the panel's figure lines ($lib/story/format), so both say it the same way.
 */
import { figure_about, figure_fewer_than, figure_more_than, figure_up_to } from '../paraglide/messages.js';
import type { Locale } from './locales';

type Qualify = (inputs: { amount: string }, options: { locale: Locale }) => string;
const QUALIFY: Record<string, Qualify> = { about: figure_about, 'more-than': figure_more_than, 'fewer-than': figure_fewer_than, 'up-to': figure_up_to };

/** "more than 12,000", "plus de 12 000", "أكثر من 12,000": `amount` already formatted. */
export function qualifyAmount(amount: string, qualifier: string | undefined, locale: Locale): string {
	const q = qualifier && Object.hasOwn(QUALIFY, qualifier) ? QUALIFY[qualifier]! : null;
	return q ? q({ amount }, { locale }) : amount;
}

/**
 * A figure's short label (no unit): its qualified number in the interface's language, or the
 * report's own words where it has no single number (a range, "thousands").
 */
export function figureLabel(f: { text: string; value?: number; qualifier?: string }, locale: Locale, formatNumber: (n: number, l: Locale) => string): string {
	if (f.value === undefined || f.qualifier === 'range') return f.text;
	return qualifyAmount(formatNumber(f.value, locale), f.qualifier, locale);
}
