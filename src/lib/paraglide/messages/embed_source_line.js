/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Embed_Source_LineInputs */

const en_embed_source_line = /** @type {(inputs: Embed_Source_LineInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const n = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Source: ${n} news report, quoted on every mark. Basemap: Natural Earth.`);
	return /** @type {LocalizedString} */ (`Source: ${n} news reports, quoted on every mark. Basemap: Natural Earth.`)
	
};

const fr_embed_source_line = /** @type {(inputs: Embed_Source_LineInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const n = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Source : ${n} article de presse, cité à chaque symbole. Fond de carte : Natural Earth.`);
	return /** @type {LocalizedString} */ (`Source : ${n} articles de presse, cités à chaque symbole. Fond de carte : Natural Earth.`)
	
};

const de_embed_source_line = /** @type {(inputs: Embed_Source_LineInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const n = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Quelle: ${n} Nachrichtenbericht, an jeder Markierung zitiert. Grundkarte: Natural Earth.`);
	return /** @type {LocalizedString} */ (`Quelle: ${n} Nachrichtenberichte, an jeder Markierung zitiert. Grundkarte: Natural Earth.`)
	
};

const uk_embed_source_line = /** @type {(inputs: Embed_Source_LineInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("uk", i?.count, {});
	const n = registry.number("uk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Джерело: ${n} новинний матеріал, цитований на кожній позначці. Основа мапи: Natural Earth.`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`Джерела: ${n} новинні матеріали, цитовані на кожній позначці. Основа мапи: Natural Earth.`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`Джерела: ${n} новинних матеріалів, цитованих на кожній позначці. Основа мапи: Natural Earth.`);
	return /** @type {LocalizedString} */ (`Джерела: ${n} новинного матеріалу, цитованих на кожній позначці. Основа мапи: Natural Earth.`)
	
};

const ru_embed_source_line = /** @type {(inputs: Embed_Source_LineInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	const n = registry.number("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Источник: ${n} новостной материал, цитируемый на каждой метке. Подложка: Natural Earth.`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`Источники: ${n} новостных материала, цитируемых на каждой метке. Подложка: Natural Earth.`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`Источники: ${n} новостных материалов, цитируемых на каждой метке. Подложка: Natural Earth.`);
	return /** @type {LocalizedString} */ (`Источники: ${n} новостного материала, цитируемых на каждой метке. Подложка: Natural Earth.`)
	
};

const ar_embed_source_line = /** @type {(inputs: Embed_Source_LineInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ar", i?.count, {});
	const n = registry.number("ar", i?.count, {});
	if (countPlural === "zero") return /** @type {LocalizedString} */ (`المصدر: لا تقارير إخبارية. الخريطة الأساسية: Natural Earth.`);
	if (countPlural === "one") return /** @type {LocalizedString} */ (`المصدر: تقرير إخباري واحد، مقتبَس عند كل علامة. الخريطة الأساسية: Natural Earth.`);
	if (countPlural === "two") return /** @type {LocalizedString} */ (`المصدر: تقريران إخباريان، مقتبَسان عند كل علامة. الخريطة الأساسية: Natural Earth.`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`المصدر: ${n} تقارير إخبارية، مقتبَسة عند كل علامة. الخريطة الأساسية: Natural Earth.`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`المصدر: ${n} تقريرًا إخباريًا، مقتبَسة عند كل علامة. الخريطة الأساسية: Natural Earth.`);
	return /** @type {LocalizedString} */ (`المصدر: ${n} تقرير إخباري، مقتبَسة عند كل علامة. الخريطة الأساسية: Natural Earth.`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "Source: {n} news report, quoted on every mark. Basemap: Natural Earth." |
* | * | "Source: {n} news reports, quoted on every mark. Basemap: Natural Earth." |
*
* @param {Embed_Source_LineInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const embed_source_line = /** @type {((inputs: Embed_Source_LineInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Embed_Source_LineInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_embed_source_line(inputs)
	if (locale === "de") return de_embed_source_line(inputs)
	if (locale === "uk") return uk_embed_source_line(inputs)
	if (locale === "ru") return ru_embed_source_line(inputs)
	if (locale === "ar") return ar_embed_source_line(inputs)
	return en_embed_source_line(inputs)
});