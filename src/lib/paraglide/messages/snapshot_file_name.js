/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ story: NonNullable<unknown>, number: NonNullable<unknown> }} Snapshot_File_NameInputs */

const en_snapshot_file_name = /** @type {(inputs: Snapshot_File_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.story}-scene-${i?.number}.png`)
};

const fr_snapshot_file_name = /** @type {(inputs: Snapshot_File_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.story}-scene-${i?.number}.png`)
};

const de_snapshot_file_name = /** @type {(inputs: Snapshot_File_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.story}-szene-${i?.number}.png`)
};

const uk_snapshot_file_name = /** @type {(inputs: Snapshot_File_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.story}-scene-${i?.number}.png`)
};

const ru_snapshot_file_name = /** @type {(inputs: Snapshot_File_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.story}-scene-${i?.number}.png`)
};

const ar_snapshot_file_name = /** @type {(inputs: Snapshot_File_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.story}-scene-${i?.number}.png`)
};

/**
* | output |
* | --- |
* | "{story}-scene-{number}.png" |
*
* @param {Snapshot_File_NameInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const snapshot_file_name = /** @type {((inputs: Snapshot_File_NameInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Snapshot_File_NameInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_snapshot_file_name(inputs)
	if (locale === "de") return de_snapshot_file_name(inputs)
	if (locale === "uk") return uk_snapshot_file_name(inputs)
	if (locale === "ru") return ru_snapshot_file_name(inputs)
	if (locale === "ar") return ar_snapshot_file_name(inputs)
	return en_snapshot_file_name(inputs)
});