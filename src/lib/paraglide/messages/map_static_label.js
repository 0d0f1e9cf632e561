/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Map_Static_LabelInputs */

const en_map_static_label = /** @type {(inputs: Map_Static_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Map. Arrow keys pan, plus and minus zoom.`)
};

const fr_map_static_label = /** @type {(inputs: Map_Static_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Carte. Les flèches déplacent la vue, plus et moins zooment.`)
};

const de_map_static_label = /** @type {(inputs: Map_Static_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Karte. Pfeiltasten verschieben, Plus und Minus zoomen.`)
};

const uk_map_static_label = /** @type {(inputs: Map_Static_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Мапа. Стрілки зсувають, плюс і мінус масштабують.`)
};

const ru_map_static_label = /** @type {(inputs: Map_Static_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Карта. Стрелки сдвигают, плюс и минус масштабируют.`)
};

const ar_map_static_label = /** @type {(inputs: Map_Static_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`خريطة. مفاتيح الأسهم للتحريك، وزائد وناقص للتكبير والتصغير.`)
};

/**
* | output |
* | --- |
* | "Map. Arrow keys pan, plus and minus zoom." |
*
* @param {Map_Static_LabelInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const map_static_label = /** @type {((inputs?: Map_Static_LabelInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_Static_LabelInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_map_static_label(inputs)
	if (locale === "de") return de_map_static_label(inputs)
	if (locale === "uk") return uk_map_static_label(inputs)
	if (locale === "ru") return ru_map_static_label(inputs)
	if (locale === "ar") return ar_map_static_label(inputs)
	return en_map_static_label(inputs)
});