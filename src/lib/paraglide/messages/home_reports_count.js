/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Home_Reports_CountInputs */

const en_home_reports_count = /** @type {(inputs: Home_Reports_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const n = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} report`);
	return /** @type {LocalizedString} */ (`${n} reports`)
	
};

const fr_home_reports_count = /** @type {(inputs: Home_Reports_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const n = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} article`);
	return /** @type {LocalizedString} */ (`${n} articles`)
	
};

const de_home_reports_count = /** @type {(inputs: Home_Reports_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const n = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} Bericht`);
	return /** @type {LocalizedString} */ (`${n} Berichte`)
	
};

const uk_home_reports_count = /** @type {(inputs: Home_Reports_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("uk", i?.count, {});
	const n = registry.number("uk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} матеріал`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${n} матеріали`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${n} матеріалів`);
	return /** @type {LocalizedString} */ (`${n} матеріалу`)
	
};

const ru_home_reports_count = /** @type {(inputs: Home_Reports_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	const n = registry.number("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} материал`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${n} материала`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${n} материалов`);
	return /** @type {LocalizedString} */ (`${n} материала`)
	
};

const ar_home_reports_count = /** @type {(inputs: Home_Reports_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ar", i?.count, {});
	const n = registry.number("ar", i?.count, {});
	if (countPlural === "zero") return /** @type {LocalizedString} */ (`${n} تقرير`);
	if (countPlural === "one") return /** @type {LocalizedString} */ (`تقرير واحد`);
	if (countPlural === "two") return /** @type {LocalizedString} */ (`تقريران`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${n} تقارير`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${n} تقريرًا`);
	return /** @type {LocalizedString} */ (`${n} تقرير`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{n} report" |
* | * | "{n} reports" |
*
* @param {Home_Reports_CountInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const home_reports_count = /** @type {((inputs: Home_Reports_CountInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Home_Reports_CountInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_home_reports_count(inputs)
	if (locale === "de") return de_home_reports_count(inputs)
	if (locale === "uk") return uk_home_reports_count(inputs)
	if (locale === "ru") return ru_home_reports_count(inputs)
	if (locale === "ar") return ar_home_reports_count(inputs)
	return en_home_reports_count(inputs)
});