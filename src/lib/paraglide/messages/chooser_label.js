/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Chooser_LabelInputs */

const en_chooser_label = /** @type {(inputs: Chooser_LabelInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const n = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} mark here: choose one`);
	return /** @type {LocalizedString} */ (`${n} marks here: choose one`)
	
};

const fr_chooser_label = /** @type {(inputs: Chooser_LabelInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const n = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} marque ici : choisissez-en une`);
	return /** @type {LocalizedString} */ (`${n} marques ici : choisissez-en une`)
	
};

const de_chooser_label = /** @type {(inputs: Chooser_LabelInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const n = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} Markierung hier: Wählen Sie eine aus`);
	return /** @type {LocalizedString} */ (`${n} Markierungen hier: Wählen Sie eine aus`)
	
};

const uk_chooser_label = /** @type {(inputs: Chooser_LabelInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("uk", i?.count, {});
	const n = registry.number("uk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} позначка тут: виберіть одну`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${n} позначки тут: виберіть одну`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${n} позначок тут: виберіть одну`);
	return /** @type {LocalizedString} */ (`${n} позначки тут: виберіть одну`)
	
};

const ru_chooser_label = /** @type {(inputs: Chooser_LabelInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	const n = registry.number("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} метка здесь: выберите одну`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${n} метки здесь: выберите одну`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${n} меток здесь: выберите одну`);
	return /** @type {LocalizedString} */ (`${n} метки здесь: выберите одну`)
	
};

const ar_chooser_label = /** @type {(inputs: Chooser_LabelInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ar", i?.count, {});
	const n = registry.number("ar", i?.count, {});
	if (countPlural === "zero") return /** @type {LocalizedString} */ (`لا علامات هنا`);
	if (countPlural === "one") return /** @type {LocalizedString} */ (`علامة واحدة هنا`);
	if (countPlural === "two") return /** @type {LocalizedString} */ (`علامتان هنا: اختر إحداهما`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${n} علامات هنا: اختر إحداها`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${n} علامة هنا: اختر إحداها`);
	return /** @type {LocalizedString} */ (`${n} علامة هنا: اختر إحداها`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{n} mark here: choose one" |
* | * | "{n} marks here: choose one" |
*
* @param {Chooser_LabelInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const chooser_label = /** @type {((inputs: Chooser_LabelInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chooser_LabelInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_chooser_label(inputs)
	if (locale === "de") return de_chooser_label(inputs)
	if (locale === "uk") return uk_chooser_label(inputs)
	if (locale === "ru") return ru_chooser_label(inputs)
	if (locale === "ar") return ar_chooser_label(inputs)
	return en_chooser_label(inputs)
});