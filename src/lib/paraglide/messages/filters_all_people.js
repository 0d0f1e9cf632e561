/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Filters_All_PeopleInputs */

const en_filters_all_people = /** @type {(inputs: Filters_All_PeopleInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const n = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`All ${n} people`);
	return /** @type {LocalizedString} */ (`All ${n} people`)
	
};

const fr_filters_all_people = /** @type {(inputs: Filters_All_PeopleInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const n = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Les ${n} personnes`);
	return /** @type {LocalizedString} */ (`Les ${n} personnes`)
	
};

const de_filters_all_people = /** @type {(inputs: Filters_All_PeopleInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const n = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Alle ${n} Personen`);
	return /** @type {LocalizedString} */ (`Alle ${n} Personen`)
	
};

const uk_filters_all_people = /** @type {(inputs: Filters_All_PeopleInputs) => LocalizedString} */ (i) => {
	const countPlural = registry.plural("uk", i?.count, {});
	const n = registry.number("uk", i?.count, {});return /** @type {LocalizedString} */ (`Усі особи (${i?.count})`)
};

const ru_filters_all_people = /** @type {(inputs: Filters_All_PeopleInputs) => LocalizedString} */ (i) => {
	const countPlural = registry.plural("ru", i?.count, {});
	const n = registry.number("ru", i?.count, {});return /** @type {LocalizedString} */ (`Все лица (${i?.count})`)
};

const ar_filters_all_people = /** @type {(inputs: Filters_All_PeopleInputs) => LocalizedString} */ (i) => {
	const countPlural = registry.plural("ar", i?.count, {});
	const n = registry.number("ar", i?.count, {});return /** @type {LocalizedString} */ (`جميع الأشخاص (${i?.count})`)
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "All {n} people" |
* | * | "All {n} people" |
*
* @param {Filters_All_PeopleInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const filters_all_people = /** @type {((inputs: Filters_All_PeopleInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filters_All_PeopleInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_filters_all_people(inputs)
	if (locale === "de") return de_filters_all_people(inputs)
	if (locale === "uk") return uk_filters_all_people(inputs)
	if (locale === "ru") return ru_filters_all_people(inputs)
	if (locale === "ar") return ar_filters_all_people(inputs)
	return en_filters_all_people(inputs)
});