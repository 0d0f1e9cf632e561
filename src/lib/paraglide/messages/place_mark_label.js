/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown>, place: NonNullable<unknown> }} Place_Mark_LabelInputs */

const en_place_mark_label = /** @type {(inputs: Place_Mark_LabelInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const n = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.place}: ${n} event`);
	return /** @type {LocalizedString} */ (`${i?.place}: ${n} events`)
	
};

const fr_place_mark_label = /** @type {(inputs: Place_Mark_LabelInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const n = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.place} : ${n} événement`);
	return /** @type {LocalizedString} */ (`${i?.place} : ${n} événements`)
	
};

const de_place_mark_label = /** @type {(inputs: Place_Mark_LabelInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const n = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.place}: ${n} Ereignis`);
	return /** @type {LocalizedString} */ (`${i?.place}: ${n} Ereignisse`)
	
};

const uk_place_mark_label = /** @type {(inputs: Place_Mark_LabelInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("uk", i?.count, {});
	const n = registry.number("uk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.place}: ${n} подія`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${i?.place}: ${n} події`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${i?.place}: ${n} подій`);
	return /** @type {LocalizedString} */ (`${i?.place}: ${n} події`)
	
};

const ru_place_mark_label = /** @type {(inputs: Place_Mark_LabelInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	const n = registry.number("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.place}: ${n} событие`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${i?.place}: ${n} события`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${i?.place}: ${n} событий`);
	return /** @type {LocalizedString} */ (`${i?.place}: ${n} события`)
	
};

const ar_place_mark_label = /** @type {(inputs: Place_Mark_LabelInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ar", i?.count, {});
	const n = registry.number("ar", i?.count, {});
	if (countPlural === "zero") return /** @type {LocalizedString} */ (`${i?.place}: لا أحداث`);
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.place}: حدث واحد`);
	if (countPlural === "two") return /** @type {LocalizedString} */ (`${i?.place}: حدثان`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${i?.place}: ${n} أحداث`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${i?.place}: ${n} حدثًا`);
	return /** @type {LocalizedString} */ (`${i?.place}: ${n} حدث`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{place}: {n} event" |
* | * | "{place}: {n} events" |
*
* @param {Place_Mark_LabelInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const place_mark_label = /** @type {((inputs: Place_Mark_LabelInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_Mark_LabelInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_place_mark_label(inputs)
	if (locale === "de") return de_place_mark_label(inputs)
	if (locale === "uk") return uk_place_mark_label(inputs)
	if (locale === "ru") return ru_place_mark_label(inputs)
	if (locale === "ar") return ar_place_mark_label(inputs)
	return en_place_mark_label(inputs)
});