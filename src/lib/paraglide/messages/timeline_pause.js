/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_PauseInputs */

const en_timeline_pause = /** @type {(inputs: Timeline_PauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pause`)
};

const fr_timeline_pause = /** @type {(inputs: Timeline_PauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pause`)
};

const de_timeline_pause = /** @type {(inputs: Timeline_PauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pause`)
};

const uk_timeline_pause = /** @type {(inputs: Timeline_PauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Пауза`)
};

const ru_timeline_pause = /** @type {(inputs: Timeline_PauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Пауза`)
};

const ar_timeline_pause = /** @type {(inputs: Timeline_PauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`إيقاف مؤقت`)
};

/**
* | output |
* | --- |
* | "Pause" |
*
* @param {Timeline_PauseInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const timeline_pause = /** @type {((inputs?: Timeline_PauseInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_PauseInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_timeline_pause(inputs)
	if (locale === "de") return de_timeline_pause(inputs)
	if (locale === "uk") return uk_timeline_pause(inputs)
	if (locale === "ru") return ru_timeline_pause(inputs)
	if (locale === "ar") return ar_timeline_pause(inputs)
	return en_timeline_pause(inputs)
});