/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Share_Device_DesktopInputs */

const en_share_device_desktop = /** @type {(inputs: Share_Device_DesktopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Desktop`)
};

const fr_share_device_desktop = /** @type {(inputs: Share_Device_DesktopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ordinateur`)
};

const de_share_device_desktop = /** @type {(inputs: Share_Device_DesktopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Desktop`)
};

const uk_share_device_desktop = /** @type {(inputs: Share_Device_DesktopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Комп’ютер`)
};

const ru_share_device_desktop = /** @type {(inputs: Share_Device_DesktopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Компьютер`)
};

const ar_share_device_desktop = /** @type {(inputs: Share_Device_DesktopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`حاسوب`)
};

/**
* | output |
* | --- |
* | "Desktop" |
*
* @param {Share_Device_DesktopInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const share_device_desktop = /** @type {((inputs?: Share_Device_DesktopInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Share_Device_DesktopInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_share_device_desktop(inputs)
	if (locale === "de") return de_share_device_desktop(inputs)
	if (locale === "uk") return uk_share_device_desktop(inputs)
	if (locale === "ru") return ru_share_device_desktop(inputs)
	if (locale === "ar") return ar_share_device_desktop(inputs)
	return en_share_device_desktop(inputs)
});