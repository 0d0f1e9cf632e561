/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Share_StaticInputs */

const en_share_static = /** @type {(inputs: Share_StaticInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Static picture (no map library: lightest, marks still open their sources)`)
};

const fr_share_static = /** @type {(inputs: Share_StaticInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Image statique (sans bibliothèque cartographique : la plus légère, les symboles ouvrent toujours leurs sources)`)
};

const de_share_static = /** @type {(inputs: Share_StaticInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Statisches Bild (ohne Kartenbibliothek: am leichtesten, Markierungen öffnen weiterhin ihre Quellen)`)
};

const uk_share_static = /** @type {(inputs: Share_StaticInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Статичне зображення (без картографічної бібліотеки: найлегше, позначки й далі відкривають джерела)`)
};

const ru_share_static = /** @type {(inputs: Share_StaticInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Статичное изображение (без картографической библиотеки: самое лёгкое, метки по-прежнему открывают источники)`)
};

const ar_share_static = /** @type {(inputs: Share_StaticInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`صورة ثابتة (دون مكتبة الخرائط: الأخف، وتظل العلامات تفتح مصادرها)`)
};

/**
* | output |
* | --- |
* | "Static picture (no map library: lightest, marks still open their sources)" |
*
* @param {Share_StaticInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const share_static = /** @type {((inputs?: Share_StaticInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Share_StaticInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_share_static(inputs)
	if (locale === "de") return de_share_static(inputs)
	if (locale === "uk") return uk_share_static(inputs)
	if (locale === "ru") return ru_share_static(inputs)
	if (locale === "ar") return ar_share_static(inputs)
	return en_share_static(inputs)
});