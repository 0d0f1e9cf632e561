/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Canvas_To_ListInputs */

const en_canvas_to_list = /** @type {(inputs: Canvas_To_ListInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const n = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} events are drawn as one picture: open the list to go through them`);
	return /** @type {LocalizedString} */ (`${n} events are drawn as one picture: open the list to go through them`)
	
};

const fr_canvas_to_list = /** @type {(inputs: Canvas_To_ListInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const n = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} événement est dessiné en une seule image : ouvrez la liste pour le parcourir`);
	return /** @type {LocalizedString} */ (`${n} événements sont dessinés en une seule image : ouvrez la liste pour les parcourir`)
	
};

const de_canvas_to_list = /** @type {(inputs: Canvas_To_ListInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const n = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} Ereignis ist als ein Bild gezeichnet: Öffnen Sie die Liste, um es durchzugehen`);
	return /** @type {LocalizedString} */ (`${n} Ereignisse sind als ein Bild gezeichnet: Öffnen Sie die Liste, um sie durchzugehen`)
	
};

const uk_canvas_to_list = /** @type {(inputs: Canvas_To_ListInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("uk", i?.count, {});
	const n = registry.number("uk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} подію намальовано одним зображенням: відкрийте список, щоб їх переглянути`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${n} події намальовано одним зображенням: відкрийте список, щоб їх переглянути`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${n} подій намальовано одним зображенням: відкрийте список, щоб їх переглянути`);
	return /** @type {LocalizedString} */ (`${n} події намальовано одним зображенням: відкрийте список, щоб їх переглянути`)
	
};

const ru_canvas_to_list = /** @type {(inputs: Canvas_To_ListInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	const n = registry.number("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} событие нарисовано одним изображением: откройте список, чтобы их просмотреть`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${n} события нарисованы одним изображением: откройте список, чтобы их просмотреть`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${n} событий нарисованы одним изображением: откройте список, чтобы их просмотреть`);
	return /** @type {LocalizedString} */ (`${n} события нарисованы одним изображением: откройте список, чтобы их просмотреть`)
	
};

const ar_canvas_to_list = /** @type {(inputs: Canvas_To_ListInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ar", i?.count, {});
	const n = registry.number("ar", i?.count, {});
	if (countPlural === "zero") return /** @type {LocalizedString} */ (`لا أحداث مرسومة`);
	if (countPlural === "one") return /** @type {LocalizedString} */ (`حدث واحد مرسوم في صورة واحدة: افتح القائمة لتصفّحه`);
	if (countPlural === "two") return /** @type {LocalizedString} */ (`حدثان مرسومان في صورة واحدة: افتح القائمة لتصفّحهما`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${n} أحداث مرسومة في صورة واحدة: افتح القائمة لتصفّحها`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${n} حدثًا مرسومة في صورة واحدة: افتح القائمة لتصفّحها`);
	return /** @type {LocalizedString} */ (`${n} حدث مرسومة في صورة واحدة: افتح القائمة لتصفّحها`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{n} events are drawn as one picture: open the list to go through them" |
* | * | "{n} events are drawn as one picture: open the list to go through them" |
*
* @param {Canvas_To_ListInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const canvas_to_list = /** @type {((inputs: Canvas_To_ListInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Canvas_To_ListInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_canvas_to_list(inputs)
	if (locale === "de") return de_canvas_to_list(inputs)
	if (locale === "uk") return uk_canvas_to_list(inputs)
	if (locale === "ru") return ru_canvas_to_list(inputs)
	if (locale === "ar") return ar_canvas_to_list(inputs)
	return en_canvas_to_list(inputs)
});