/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Share_OpenInputs */

const en_share_open = /** @type {(inputs: Share_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Share or embed`)
};

const fr_share_open = /** @type {(inputs: Share_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Partager ou intégrer`)
};

const de_share_open = /** @type {(inputs: Share_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Teilen oder einbetten`)
};

const uk_share_open = /** @type {(inputs: Share_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Поширити або вбудувати`)
};

const ru_share_open = /** @type {(inputs: Share_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Поделиться или встроить`)
};

const ar_share_open = /** @type {(inputs: Share_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مشاركة أو تضمين`)
};

/**
* | output |
* | --- |
* | "Share or embed" |
*
* @param {Share_OpenInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const share_open = /** @type {((inputs?: Share_OpenInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Share_OpenInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_share_open(inputs)
	if (locale === "de") return de_share_open(inputs)
	if (locale === "uk") return uk_share_open(inputs)
	if (locale === "ru") return ru_share_open(inputs)
	if (locale === "ar") return ar_share_open(inputs)
	return en_share_open(inputs)
});