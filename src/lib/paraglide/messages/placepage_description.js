/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown>, place: NonNullable<unknown>, story: NonNullable<unknown> }} Placepage_DescriptionInputs */

const en_placepage_description = /** @type {(inputs: Placepage_DescriptionInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const n = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} event at or involving ${i?.place} in “${i?.story}”, each with the sentence of the report that states it.`);
	return /** @type {LocalizedString} */ (`${n} events at or involving ${i?.place} in “${i?.story}”, each with the sentence of the report that states it.`)
	
};

const fr_placepage_description = /** @type {(inputs: Placepage_DescriptionInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const n = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} événement lié à ${i?.place} dans « ${i?.story} », avec la phrase de l’article qui le rapporte.`);
	return /** @type {LocalizedString} */ (`${n} événements liés à ${i?.place} dans « ${i?.story} », chacun avec la phrase de l’article qui le rapporte.`)
	
};

const de_placepage_description = /** @type {(inputs: Placepage_DescriptionInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const n = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} Ereignis in oder mit ${i?.place} in „${i?.story}“, mit dem Satz des Berichts, der es belegt.`);
	return /** @type {LocalizedString} */ (`${n} Ereignisse in oder mit ${i?.place} in „${i?.story}“, jedes mit dem Satz des Berichts, der es belegt.`)
	
};

const uk_placepage_description = /** @type {(inputs: Placepage_DescriptionInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("uk", i?.count, {});
	const n = registry.number("uk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} подія, пов’язана з місцем ${i?.place}, в історії «${i?.story}» — з реченням матеріалу, яке про неї повідомляє.`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${n} події, пов’язані з місцем ${i?.place}, в історії «${i?.story}» — кожна з реченням матеріалу, яке про неї повідомляє.`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${n} подій, пов’язаних з місцем ${i?.place}, в історії «${i?.story}» — кожна з реченням матеріалу, яке про неї повідомляє.`);
	return /** @type {LocalizedString} */ (`${n} події, пов’язаної з місцем ${i?.place}, в історії «${i?.story}» — кожна з реченням матеріалу, яке про неї повідомляє.`)
	
};

const ru_placepage_description = /** @type {(inputs: Placepage_DescriptionInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	const n = registry.number("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} событие, связанное с местом ${i?.place}, в истории «${i?.story}» — с фразой материала, которая о нём сообщает.`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${n} события, связанные с местом ${i?.place}, в истории «${i?.story}» — каждое с фразой материала, которая о нём сообщает.`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${n} событий, связанных с местом ${i?.place}, в истории «${i?.story}» — каждое с фразой материала, которая о нём сообщает.`);
	return /** @type {LocalizedString} */ (`${n} события, связанного с местом ${i?.place}, в истории «${i?.story}» — каждое с фразой материала, которая о нём сообщает.`)
	
};

const ar_placepage_description = /** @type {(inputs: Placepage_DescriptionInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ar", i?.count, {});
	const n = registry.number("ar", i?.count, {});
	if (countPlural === "zero") return /** @type {LocalizedString} */ (`لا أحداث مرتبطة بـ${i?.place} في «${i?.story}».`);
	if (countPlural === "one") return /** @type {LocalizedString} */ (`حدث واحد في ${i?.place} أو متصل بها في «${i?.story}»، مع الجملة التي تذكره من التقرير.`);
	if (countPlural === "two") return /** @type {LocalizedString} */ (`حدثان في ${i?.place} أو متصلان بها في «${i?.story}»، لكلٍّ منهما الجملة التي تذكره من التقرير.`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${n} أحداث في ${i?.place} أو متصلة بها في «${i?.story}»، لكلٍّ منها الجملة التي تذكره من التقرير.`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${n} حدثًا في ${i?.place} أو متصلًا بها في «${i?.story}»، لكلٍّ منها الجملة التي تذكره من التقرير.`);
	return /** @type {LocalizedString} */ (`${n} حدث في ${i?.place} أو متصل بها في «${i?.story}»، لكلٍّ منها الجملة التي تذكره من التقرير.`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{n} event at or involving {place} in “{story}”, each with the sentence of the report that states it." |
* | * | "{n} events at or involving {place} in “{story}”, each with the sentence of the report that states it." |
*
* @param {Placepage_DescriptionInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const placepage_description = /** @type {((inputs: Placepage_DescriptionInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Placepage_DescriptionInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_placepage_description(inputs)
	if (locale === "de") return de_placepage_description(inputs)
	if (locale === "uk") return uk_placepage_description(inputs)
	if (locale === "ru") return ru_placepage_description(inputs)
	if (locale === "ar") return ar_placepage_description(inputs)
	return en_placepage_description(inputs)
});