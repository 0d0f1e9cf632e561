/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Snapshot_Map_Not_DrawnInputs */

const en_snapshot_map_not_drawn = /** @type {(inputs: Snapshot_Map_Not_DrawnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the map did not draw`)
};

const fr_snapshot_map_not_drawn = /** @type {(inputs: Snapshot_Map_Not_DrawnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`la carte ne s’est pas affichée`)
};

const de_snapshot_map_not_drawn = /** @type {(inputs: Snapshot_Map_Not_DrawnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`die Karte wurde nicht gezeichnet`)
};

const uk_snapshot_map_not_drawn = /** @type {(inputs: Snapshot_Map_Not_DrawnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`мапа не промалювалася`)
};

const ru_snapshot_map_not_drawn = /** @type {(inputs: Snapshot_Map_Not_DrawnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`карта не отрисовалась`)
};

const ar_snapshot_map_not_drawn = /** @type {(inputs: Snapshot_Map_Not_DrawnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`لم تُرسَم الخريطة`)
};

/**
* | output |
* | --- |
* | "the map did not draw" |
*
* @param {Snapshot_Map_Not_DrawnInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const snapshot_map_not_drawn = /** @type {((inputs?: Snapshot_Map_Not_DrawnInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Snapshot_Map_Not_DrawnInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_snapshot_map_not_drawn(inputs)
	if (locale === "de") return de_snapshot_map_not_drawn(inputs)
	if (locale === "uk") return uk_snapshot_map_not_drawn(inputs)
	if (locale === "ru") return ru_snapshot_map_not_drawn(inputs)
	if (locale === "ar") return ar_snapshot_map_not_drawn(inputs)
	return en_snapshot_map_not_drawn(inputs)
});