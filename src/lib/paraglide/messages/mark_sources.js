/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Mark_SourcesInputs */

const en_mark_sources = /** @type {(inputs: Mark_SourcesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const n = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} source`);
	return /** @type {LocalizedString} */ (`${n} sources`)
	
};

const fr_mark_sources = /** @type {(inputs: Mark_SourcesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const n = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} source`);
	return /** @type {LocalizedString} */ (`${n} sources`)
	
};

const de_mark_sources = /** @type {(inputs: Mark_SourcesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const n = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} Quelle`);
	return /** @type {LocalizedString} */ (`${n} Quellen`)
	
};

const uk_mark_sources = /** @type {(inputs: Mark_SourcesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("uk", i?.count, {});
	const n = registry.number("uk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} джерело`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${n} джерела`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${n} джерел`);
	return /** @type {LocalizedString} */ (`${n} джерела`)
	
};

const ru_mark_sources = /** @type {(inputs: Mark_SourcesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	const n = registry.number("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} источник`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${n} источника`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${n} источников`);
	return /** @type {LocalizedString} */ (`${n} источника`)
	
};

const ar_mark_sources = /** @type {(inputs: Mark_SourcesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ar", i?.count, {});
	const n = registry.number("ar", i?.count, {});
	if (countPlural === "zero") return /** @type {LocalizedString} */ (`بلا مصادر`);
	if (countPlural === "one") return /** @type {LocalizedString} */ (`مصدر واحد`);
	if (countPlural === "two") return /** @type {LocalizedString} */ (`مصدران`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${n} مصادر`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${n} مصدرًا`);
	return /** @type {LocalizedString} */ (`${n} مصدر`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{n} source" |
* | * | "{n} sources" |
*
* @param {Mark_SourcesInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const mark_sources = /** @type {((inputs: Mark_SourcesInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Mark_SourcesInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_mark_sources(inputs)
	if (locale === "de") return de_mark_sources(inputs)
	if (locale === "uk") return uk_mark_sources(inputs)
	if (locale === "ru") return ru_mark_sources(inputs)
	if (locale === "ar") return ar_mark_sources(inputs)
	return en_mark_sources(inputs)
});