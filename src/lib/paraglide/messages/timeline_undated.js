/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Timeline_UndatedInputs */

const en_timeline_undated = /** @type {(inputs: Timeline_UndatedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const n = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} undated background fact muted`);
	return /** @type {LocalizedString} */ (`${n} undated background facts muted`)
	
};

const fr_timeline_undated = /** @type {(inputs: Timeline_UndatedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const n = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} fait de contexte non daté en retrait`);
	return /** @type {LocalizedString} */ (`${n} faits de contexte non datés en retrait`)
	
};

const de_timeline_undated = /** @type {(inputs: Timeline_UndatedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const n = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} undatierte Hintergrundangabe abgeschwächt`);
	return /** @type {LocalizedString} */ (`${n} undatierte Hintergrundangaben abgeschwächt`)
	
};

const uk_timeline_undated = /** @type {(inputs: Timeline_UndatedInputs) => LocalizedString} */ (i) => {
	const countPlural = registry.plural("uk", i?.count, {});
	const n = registry.number("uk", i?.count, {});return /** @type {LocalizedString} */ (`Приглушено фактів тла без дати: ${i?.count}`)
};

const ru_timeline_undated = /** @type {(inputs: Timeline_UndatedInputs) => LocalizedString} */ (i) => {
	const countPlural = registry.plural("ru", i?.count, {});
	const n = registry.number("ru", i?.count, {});return /** @type {LocalizedString} */ (`Приглушено фактов фона без даты: ${i?.count}`)
};

const ar_timeline_undated = /** @type {(inputs: Timeline_UndatedInputs) => LocalizedString} */ (i) => {
	const countPlural = registry.plural("ar", i?.count, {});
	const n = registry.number("ar", i?.count, {});return /** @type {LocalizedString} */ (`حقائق خلفية غير مؤرَّخة معروضة باهتة: ${i?.count}`)
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{n} undated background fact muted" |
* | * | "{n} undated background facts muted" |
*
* @param {Timeline_UndatedInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const timeline_undated = /** @type {((inputs: Timeline_UndatedInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_UndatedInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_timeline_undated(inputs)
	if (locale === "de") return de_timeline_undated(inputs)
	if (locale === "uk") return uk_timeline_undated(inputs)
	if (locale === "ru") return ru_timeline_undated(inputs)
	if (locale === "ar") return ar_timeline_undated(inputs)
	return en_timeline_undated(inputs)
});