/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} App_Count_PlacesInputs */

const en_app_count_places = /** @type {(inputs: App_Count_PlacesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const n = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} place`);
	return /** @type {LocalizedString} */ (`${n} places`)
	
};

const fr_app_count_places = /** @type {(inputs: App_Count_PlacesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const n = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} lieu`);
	return /** @type {LocalizedString} */ (`${n} lieux`)
	
};

const de_app_count_places = /** @type {(inputs: App_Count_PlacesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const n = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} Ort`);
	return /** @type {LocalizedString} */ (`${n} Orte`)
	
};

const uk_app_count_places = /** @type {(inputs: App_Count_PlacesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("uk", i?.count, {});
	const n = registry.number("uk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} місце`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${n} місця`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${n} місць`);
	return /** @type {LocalizedString} */ (`${n} місця`)
	
};

const ru_app_count_places = /** @type {(inputs: App_Count_PlacesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	const n = registry.number("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} место`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${n} места`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${n} мест`);
	return /** @type {LocalizedString} */ (`${n} места`)
	
};

const ar_app_count_places = /** @type {(inputs: App_Count_PlacesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ar", i?.count, {});
	const n = registry.number("ar", i?.count, {});
	if (countPlural === "zero") return /** @type {LocalizedString} */ (`لا أماكن`);
	if (countPlural === "one") return /** @type {LocalizedString} */ (`مكان واحد`);
	if (countPlural === "two") return /** @type {LocalizedString} */ (`مكانان`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${n} أماكن`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${n} مكانًا`);
	return /** @type {LocalizedString} */ (`${n} مكان`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{n} place" |
* | * | "{n} places" |
*
* @param {App_Count_PlacesInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const app_count_places = /** @type {((inputs: App_Count_PlacesInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<App_Count_PlacesInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_app_count_places(inputs)
	if (locale === "de") return de_app_count_places(inputs)
	if (locale === "uk") return uk_app_count_places(inputs)
	if (locale === "ru") return ru_app_count_places(inputs)
	if (locale === "ar") return ar_app_count_places(inputs)
	return en_app_count_places(inputs)
});