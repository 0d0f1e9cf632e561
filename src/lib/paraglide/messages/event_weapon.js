/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Event_WeaponInputs */

const en_event_weapon = /** @type {(inputs: Event_WeaponInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Weapon`)
};

const fr_event_weapon = /** @type {(inputs: Event_WeaponInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Arme`)
};

const de_event_weapon = /** @type {(inputs: Event_WeaponInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Waffe`)
};

const uk_event_weapon = /** @type {(inputs: Event_WeaponInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Зброя`)
};

const ru_event_weapon = /** @type {(inputs: Event_WeaponInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Оружие`)
};

const ar_event_weapon = /** @type {(inputs: Event_WeaponInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`السلاح`)
};

/**
* | output |
* | --- |
* | "Weapon" |
*
* @param {Event_WeaponInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const event_weapon = /** @type {((inputs?: Event_WeaponInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Event_WeaponInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_event_weapon(inputs)
	if (locale === "de") return de_event_weapon(inputs)
	if (locale === "uk") return uk_event_weapon(inputs)
	if (locale === "ru") return ru_event_weapon(inputs)
	if (locale === "ar") return ar_event_weapon(inputs)
	return en_event_weapon(inputs)
});