/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown>, shown: NonNullable<unknown> }} List_Caption_PartialInputs */

const en_list_caption_partial = /** @type {(inputs: List_Caption_PartialInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const n = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} events, the first ${i?.shown} shown`);
	return /** @type {LocalizedString} */ (`${n} events, the first ${i?.shown} shown`)
	
};

const fr_list_caption_partial = /** @type {(inputs: List_Caption_PartialInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const n = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} événement, les ${i?.shown} premiers affichés`);
	return /** @type {LocalizedString} */ (`${n} événements, les ${i?.shown} premiers affichés`)
	
};

const de_list_caption_partial = /** @type {(inputs: List_Caption_PartialInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const n = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} Ereignis, die ersten ${i?.shown} angezeigt`);
	return /** @type {LocalizedString} */ (`${n} Ereignisse, die ersten ${i?.shown} angezeigt`)
	
};

const uk_list_caption_partial = /** @type {(inputs: List_Caption_PartialInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("uk", i?.count, {});
	const n = registry.number("uk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} подія, показано перші ${i?.shown}`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${n} події, показано перші ${i?.shown}`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${n} подій, показано перші ${i?.shown}`);
	return /** @type {LocalizedString} */ (`${n} події, показано перші ${i?.shown}`)
	
};

const ru_list_caption_partial = /** @type {(inputs: List_Caption_PartialInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	const n = registry.number("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} событие, показаны первые ${i?.shown}`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${n} события, показаны первые ${i?.shown}`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${n} событий, показаны первые ${i?.shown}`);
	return /** @type {LocalizedString} */ (`${n} события, показаны первые ${i?.shown}`)
	
};

const ar_list_caption_partial = /** @type {(inputs: List_Caption_PartialInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ar", i?.count, {});
	const n = registry.number("ar", i?.count, {});
	if (countPlural === "zero") return /** @type {LocalizedString} */ (`لا أحداث`);
	if (countPlural === "one") return /** @type {LocalizedString} */ (`حدث واحد، يُعرض أول ${i?.shown}`);
	if (countPlural === "two") return /** @type {LocalizedString} */ (`حدثان، يُعرض أول ${i?.shown}`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${n} أحداث، يُعرض أول ${i?.shown} منها`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${n} حدثًا، يُعرض أول ${i?.shown} منها`);
	return /** @type {LocalizedString} */ (`${n} حدث، يُعرض أول ${i?.shown} منها`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{n} events, the first {shown} shown" |
* | * | "{n} events, the first {shown} shown" |
*
* @param {List_Caption_PartialInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const list_caption_partial = /** @type {((inputs: List_Caption_PartialInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<List_Caption_PartialInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_list_caption_partial(inputs)
	if (locale === "de") return de_list_caption_partial(inputs)
	if (locale === "uk") return uk_list_caption_partial(inputs)
	if (locale === "ru") return ru_list_caption_partial(inputs)
	if (locale === "ar") return ar_list_caption_partial(inputs)
	return en_list_caption_partial(inputs)
});