/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Toolbar_Active_FiltersInputs */

const en_toolbar_active_filters = /** @type {(inputs: Toolbar_Active_FiltersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Active filters`)
};

const fr_toolbar_active_filters = /** @type {(inputs: Toolbar_Active_FiltersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filtres actifs`)
};

const de_toolbar_active_filters = /** @type {(inputs: Toolbar_Active_FiltersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aktive Filter`)
};

const uk_toolbar_active_filters = /** @type {(inputs: Toolbar_Active_FiltersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Активні фільтри`)
};

const ru_toolbar_active_filters = /** @type {(inputs: Toolbar_Active_FiltersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Активные фильтры`)
};

const ar_toolbar_active_filters = /** @type {(inputs: Toolbar_Active_FiltersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`المرشِّحات النشطة`)
};

/**
* | output |
* | --- |
* | "Active filters" |
*
* @param {Toolbar_Active_FiltersInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const toolbar_active_filters = /** @type {((inputs?: Toolbar_Active_FiltersInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Toolbar_Active_FiltersInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_toolbar_active_filters(inputs)
	if (locale === "de") return de_toolbar_active_filters(inputs)
	if (locale === "uk") return uk_toolbar_active_filters(inputs)
	if (locale === "ru") return ru_toolbar_active_filters(inputs)
	if (locale === "ar") return ar_toolbar_active_filters(inputs)
	return en_toolbar_active_filters(inputs)
});