/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Map_No_WebglInputs */

const en_map_no_webgl = /** @type {(inputs: Map_No_WebglInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This browser cannot draw the interactive map (WebGL is unavailable), so a simpler map is shown.`)
};

const fr_map_no_webgl = /** @type {(inputs: Map_No_WebglInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce navigateur ne peut pas afficher la carte interactive (WebGL est indisponible) ; une carte simplifiée est affichée.`)
};

const de_map_no_webgl = /** @type {(inputs: Map_No_WebglInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieser Browser kann die interaktive Karte nicht darstellen (WebGL ist nicht verfügbar), daher wird eine einfachere Karte gezeigt.`)
};

const uk_map_no_webgl = /** @type {(inputs: Map_No_WebglInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Цей браузер не може показати інтерактивну мапу (WebGL недоступний), тому показано спрощену мапу.`)
};

const ru_map_no_webgl = /** @type {(inputs: Map_No_WebglInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Этот браузер не может показать интерактивную карту (WebGL недоступен), поэтому показана упрощённая карта.`)
};

const ar_map_no_webgl = /** @type {(inputs: Map_No_WebglInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`لا يستطيع هذا المتصفح عرض الخريطة التفاعلية (WebGL غير متاح)، لذا تُعرض خريطة أبسط.`)
};

/**
* | output |
* | --- |
* | "This browser cannot draw the interactive map (WebGL is unavailable), so a simpler map is shown." |
*
* @param {Map_No_WebglInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const map_no_webgl = /** @type {((inputs?: Map_No_WebglInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_No_WebglInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_map_no_webgl(inputs)
	if (locale === "de") return de_map_no_webgl(inputs)
	if (locale === "uk") return uk_map_no_webgl(inputs)
	if (locale === "ru") return ru_map_no_webgl(inputs)
	if (locale === "ar") return ar_map_no_webgl(inputs)
	return en_map_no_webgl(inputs)
});