/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Share_CodeInputs */

const en_share_code = /** @type {(inputs: Share_CodeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Embed code (paste into the article's HTML)`)
};

const fr_share_code = /** @type {(inputs: Share_CodeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Code d’intégration (à coller dans le HTML de l’article)`)
};

const de_share_code = /** @type {(inputs: Share_CodeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Einbettungscode (in das HTML des Artikels einfügen)`)
};

const uk_share_code = /** @type {(inputs: Share_CodeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Код для вбудовування (вставте в HTML статті)`)
};

const ru_share_code = /** @type {(inputs: Share_CodeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Код для встраивания (вставьте в HTML статьи)`)
};

const ar_share_code = /** @type {(inputs: Share_CodeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`رمز التضمين (الصقه في HTML المقال)`)
};

/**
* | output |
* | --- |
* | "Embed code (paste into the article's HTML)" |
*
* @param {Share_CodeInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const share_code = /** @type {((inputs?: Share_CodeInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Share_CodeInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_share_code(inputs)
	if (locale === "de") return de_share_code(inputs)
	if (locale === "uk") return uk_share_code(inputs)
	if (locale === "ru") return ru_share_code(inputs)
	if (locale === "ar") return ar_share_code(inputs)
	return en_share_code(inputs)
});