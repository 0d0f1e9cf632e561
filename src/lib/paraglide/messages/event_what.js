/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Event_WhatInputs */

const en_event_what = /** @type {(inputs: Event_WhatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What`)
};

const fr_event_what = /** @type {(inputs: Event_WhatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quoi`)
};

const de_event_what = /** @type {(inputs: Event_WhatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Was`)
};

const uk_event_what = /** @type {(inputs: Event_WhatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Що`)
};

const ru_event_what = /** @type {(inputs: Event_WhatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Что`)
};

const ar_event_what = /** @type {(inputs: Event_WhatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ماذا`)
};

/**
* | output |
* | --- |
* | "What" |
*
* @param {Event_WhatInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const event_what = /** @type {((inputs?: Event_WhatInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Event_WhatInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_event_what(inputs)
	if (locale === "de") return de_event_what(inputs)
	if (locale === "uk") return uk_event_what(inputs)
	if (locale === "ru") return ru_event_what(inputs)
	if (locale === "ar") return ar_event_what(inputs)
	return en_event_what(inputs)
});