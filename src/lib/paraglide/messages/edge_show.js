/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ place: NonNullable<unknown> }} Edge_ShowInputs */

const en_edge_show = /** @type {(inputs: Edge_ShowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.place}, off the map: show it`)
};

const fr_edge_show = /** @type {(inputs: Edge_ShowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.place}, hors de la carte : l’afficher`)
};

const de_edge_show = /** @type {(inputs: Edge_ShowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.place}, außerhalb der Karte: anzeigen`)
};

const uk_edge_show = /** @type {(inputs: Edge_ShowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.place}, поза картою: показати`)
};

const ru_edge_show = /** @type {(inputs: Edge_ShowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.place}, за пределами карты: показать`)
};

const ar_edge_show = /** @type {(inputs: Edge_ShowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.place}، خارج الخريطة: إظهاره`)
};

/**
* | output |
* | --- |
* | "{place}, off the map: show it" |
*
* @param {Edge_ShowInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const edge_show = /** @type {((inputs: Edge_ShowInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Edge_ShowInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_edge_show(inputs)
	if (locale === "de") return de_edge_show(inputs)
	if (locale === "uk") return uk_edge_show(inputs)
	if (locale === "ru") return ru_edge_show(inputs)
	if (locale === "ar") return ar_edge_show(inputs)
	return en_edge_show(inputs)
});