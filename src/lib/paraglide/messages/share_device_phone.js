/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Share_Device_PhoneInputs */

const en_share_device_phone = /** @type {(inputs: Share_Device_PhoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Phone`)
};

const fr_share_device_phone = /** @type {(inputs: Share_Device_PhoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Téléphone`)
};

const de_share_device_phone = /** @type {(inputs: Share_Device_PhoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Smartphone`)
};

const uk_share_device_phone = /** @type {(inputs: Share_Device_PhoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Телефон`)
};

const ru_share_device_phone = /** @type {(inputs: Share_Device_PhoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Телефон`)
};

const ar_share_device_phone = /** @type {(inputs: Share_Device_PhoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`هاتف`)
};

/**
* | output |
* | --- |
* | "Phone" |
*
* @param {Share_Device_PhoneInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const share_device_phone = /** @type {((inputs?: Share_Device_PhoneInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Share_Device_PhoneInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_share_device_phone(inputs)
	if (locale === "de") return de_share_device_phone(inputs)
	if (locale === "uk") return uk_share_device_phone(inputs)
	if (locale === "ru") return ru_share_device_phone(inputs)
	if (locale === "ar") return ar_share_device_phone(inputs)
	return en_share_device_phone(inputs)
});