/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Search_Results_CountInputs */

const en_search_results_count = /** @type {(inputs: Search_Results_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const n = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} result`);
	return /** @type {LocalizedString} */ (`${n} results`)
	
};

const fr_search_results_count = /** @type {(inputs: Search_Results_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const n = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} résultat`);
	return /** @type {LocalizedString} */ (`${n} résultats`)
	
};

const de_search_results_count = /** @type {(inputs: Search_Results_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const n = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} Ergebnis`);
	return /** @type {LocalizedString} */ (`${n} Ergebnisse`)
	
};

const uk_search_results_count = /** @type {(inputs: Search_Results_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("uk", i?.count, {});
	const n = registry.number("uk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} результат`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${n} результати`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${n} результатів`);
	return /** @type {LocalizedString} */ (`${n} результату`)
	
};

const ru_search_results_count = /** @type {(inputs: Search_Results_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	const n = registry.number("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} результат`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${n} результата`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${n} результатов`);
	return /** @type {LocalizedString} */ (`${n} результата`)
	
};

const ar_search_results_count = /** @type {(inputs: Search_Results_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ar", i?.count, {});
	const n = registry.number("ar", i?.count, {});
	if (countPlural === "zero") return /** @type {LocalizedString} */ (`لا نتائج`);
	if (countPlural === "one") return /** @type {LocalizedString} */ (`نتيجة واحدة`);
	if (countPlural === "two") return /** @type {LocalizedString} */ (`نتيجتان`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${n} نتائج`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${n} نتيجة`);
	return /** @type {LocalizedString} */ (`${n} نتيجة`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{n} result" |
* | * | "{n} results" |
*
* @param {Search_Results_CountInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const search_results_count = /** @type {((inputs: Search_Results_CountInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Search_Results_CountInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_search_results_count(inputs)
	if (locale === "de") return de_search_results_count(inputs)
	if (locale === "uk") return uk_search_results_count(inputs)
	if (locale === "ru") return ru_search_results_count(inputs)
	if (locale === "ar") return ar_search_results_count(inputs)
	return en_search_results_count(inputs)
});