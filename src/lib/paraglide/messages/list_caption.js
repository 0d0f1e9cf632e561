/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} List_CaptionInputs */

const en_list_caption = /** @type {(inputs: List_CaptionInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const n = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} event`);
	return /** @type {LocalizedString} */ (`${n} events`)
	
};

const fr_list_caption = /** @type {(inputs: List_CaptionInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const n = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} événement`);
	return /** @type {LocalizedString} */ (`${n} événements`)
	
};

const de_list_caption = /** @type {(inputs: List_CaptionInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const n = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} Ereignis`);
	return /** @type {LocalizedString} */ (`${n} Ereignisse`)
	
};

const uk_list_caption = /** @type {(inputs: List_CaptionInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("uk", i?.count, {});
	const n = registry.number("uk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} подія`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${n} події`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${n} подій`);
	return /** @type {LocalizedString} */ (`${n} події`)
	
};

const ru_list_caption = /** @type {(inputs: List_CaptionInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	const n = registry.number("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} событие`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${n} события`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${n} событий`);
	return /** @type {LocalizedString} */ (`${n} события`)
	
};

const ar_list_caption = /** @type {(inputs: List_CaptionInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ar", i?.count, {});
	const n = registry.number("ar", i?.count, {});
	if (countPlural === "zero") return /** @type {LocalizedString} */ (`لا أحداث`);
	if (countPlural === "one") return /** @type {LocalizedString} */ (`حدث واحد`);
	if (countPlural === "two") return /** @type {LocalizedString} */ (`حدثان`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${n} أحداث`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${n} حدثًا`);
	return /** @type {LocalizedString} */ (`${n} حدث`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{n} event" |
* | * | "{n} events" |
*
* @param {List_CaptionInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const list_caption = /** @type {((inputs: List_CaptionInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<List_CaptionInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_list_caption(inputs)
	if (locale === "de") return de_list_caption(inputs)
	if (locale === "uk") return uk_list_caption(inputs)
	if (locale === "ru") return ru_list_caption(inputs)
	if (locale === "ar") return ar_list_caption(inputs)
	return en_list_caption(inputs)
});