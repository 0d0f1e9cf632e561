/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ place: NonNullable<unknown> }} Place_Page_LinkInputs */

const en_place_page_link = /** @type {((inputs: Place_Page_LinkInputs) => LocalizedString) & { parts: (inputs: Place_Page_LinkInputs) => import('../runtime.js').MessagePart[] }} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs: Place_Page_LinkInputs) => LocalizedString} */ ((i) => {
			return /** @type {LocalizedString} */ (`The page for ${i?.place}: events, sources, a printable handout`)
		}),
		{
			parts: /** @type {(inputs: Place_Page_LinkInputs) => import('../runtime.js').MessagePart[]} */ ((i) => {
				return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "markup-start", name: "link", options: {}, attributes: {} }, { type: "text", value: "The page for " }, { type: "text", value: String(i?.place) }, { type: "markup-end", name: "link", options: {}, attributes: {} }, { type: "text", value: ": events, sources, a printable handout" }])
			})
		}
	)
);

const fr_place_page_link = /** @type {((inputs: Place_Page_LinkInputs) => LocalizedString) & { parts: (inputs: Place_Page_LinkInputs) => import('../runtime.js').MessagePart[] }} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs: Place_Page_LinkInputs) => LocalizedString} */ ((i) => {
			return /** @type {LocalizedString} */ (`La page « ${i?.place} » : événements, sources, fiche imprimable`)
		}),
		{
			parts: /** @type {(inputs: Place_Page_LinkInputs) => import('../runtime.js').MessagePart[]} */ ((i) => {
				return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "markup-start", name: "link", options: {}, attributes: {} }, { type: "text", value: "La page « " }, { type: "text", value: String(i?.place) }, { type: "text", value: " »" }, { type: "markup-end", name: "link", options: {}, attributes: {} }, { type: "text", value: " : événements, sources, fiche imprimable" }])
			})
		}
	)
);

const de_place_page_link = /** @type {((inputs: Place_Page_LinkInputs) => LocalizedString) & { parts: (inputs: Place_Page_LinkInputs) => import('../runtime.js').MessagePart[] }} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs: Place_Page_LinkInputs) => LocalizedString} */ ((i) => {
			return /** @type {LocalizedString} */ (`Die Seite zu ${i?.place}: Ereignisse, Quellen, ein druckbares Handout`)
		}),
		{
			parts: /** @type {(inputs: Place_Page_LinkInputs) => import('../runtime.js').MessagePart[]} */ ((i) => {
				return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "markup-start", name: "link", options: {}, attributes: {} }, { type: "text", value: "Die Seite zu " }, { type: "text", value: String(i?.place) }, { type: "markup-end", name: "link", options: {}, attributes: {} }, { type: "text", value: ": Ereignisse, Quellen, ein druckbares Handout" }])
			})
		}
	)
);

const uk_place_page_link = /** @type {((inputs: Place_Page_LinkInputs) => LocalizedString) & { parts: (inputs: Place_Page_LinkInputs) => import('../runtime.js').MessagePart[] }} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs: Place_Page_LinkInputs) => LocalizedString} */ ((i) => {
			return /** @type {LocalizedString} */ (`Сторінка місця «${i?.place}»: події, джерела, роздатковий матеріал для друку`)
		}),
		{
			parts: /** @type {(inputs: Place_Page_LinkInputs) => import('../runtime.js').MessagePart[]} */ ((i) => {
				return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "markup-start", name: "link", options: {}, attributes: {} }, { type: "text", value: "Сторінка місця «" }, { type: "text", value: String(i?.place) }, { type: "text", value: "»" }, { type: "markup-end", name: "link", options: {}, attributes: {} }, { type: "text", value: ": події, джерела, роздатковий матеріал для друку" }])
			})
		}
	)
);

const ru_place_page_link = /** @type {((inputs: Place_Page_LinkInputs) => LocalizedString) & { parts: (inputs: Place_Page_LinkInputs) => import('../runtime.js').MessagePart[] }} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs: Place_Page_LinkInputs) => LocalizedString} */ ((i) => {
			return /** @type {LocalizedString} */ (`Страница места «${i?.place}»: события, источники, раздаточный материал для печати`)
		}),
		{
			parts: /** @type {(inputs: Place_Page_LinkInputs) => import('../runtime.js').MessagePart[]} */ ((i) => {
				return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "markup-start", name: "link", options: {}, attributes: {} }, { type: "text", value: "Страница места «" }, { type: "text", value: String(i?.place) }, { type: "text", value: "»" }, { type: "markup-end", name: "link", options: {}, attributes: {} }, { type: "text", value: ": события, источники, раздаточный материал для печати" }])
			})
		}
	)
);

const ar_place_page_link = /** @type {((inputs: Place_Page_LinkInputs) => LocalizedString) & { parts: (inputs: Place_Page_LinkInputs) => import('../runtime.js').MessagePart[] }} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs: Place_Page_LinkInputs) => LocalizedString} */ ((i) => {
			return /** @type {LocalizedString} */ (`صفحة ${i?.place}: الأحداث والمصادر ونشرة قابلة للطباعة`)
		}),
		{
			parts: /** @type {(inputs: Place_Page_LinkInputs) => import('../runtime.js').MessagePart[]} */ ((i) => {
				return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "markup-start", name: "link", options: {}, attributes: {} }, { type: "text", value: "صفحة " }, { type: "text", value: String(i?.place) }, { type: "markup-end", name: "link", options: {}, attributes: {} }, { type: "text", value: ": الأحداث والمصادر ونشرة قابلة للطباعة" }])
			})
		}
	)
);

/**
* | output |
* | --- |
* | "The page for {place}: events, sources, a printable handout" |
*
* @param {Place_Page_LinkInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const place_page_link = /** @type {((inputs: Place_Page_LinkInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & { parts: (inputs: Place_Page_LinkInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => import('../runtime.js').MessagePart[] } & import('../runtime.js').MessageMetadata<Place_Page_LinkInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, { link: { options: {}; attributes: {}; children: true } }>} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs: Place_Page_LinkInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString} */ ((inputs, options = {}) => {
			const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
			if (locale === "fr") return fr_place_page_link(inputs)
			if (locale === "de") return de_place_page_link(inputs)
			if (locale === "uk") return uk_place_page_link(inputs)
			if (locale === "ru") return ru_place_page_link(inputs)
			if (locale === "ar") return ar_place_page_link(inputs)
			return en_place_page_link(inputs)
		}),
		{
			parts: /** @type {(inputs: Place_Page_LinkInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => import('../runtime.js').MessagePart[]} */ ((inputs, options = {}) => {
				const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
				if (locale === "fr") return typeof fr_place_page_link.parts === "function" ? fr_place_page_link.parts(inputs) : [{ type: "text", value: fr_place_page_link(inputs) }]
				if (locale === "de") return typeof de_place_page_link.parts === "function" ? de_place_page_link.parts(inputs) : [{ type: "text", value: de_place_page_link(inputs) }]
				if (locale === "uk") return typeof uk_place_page_link.parts === "function" ? uk_place_page_link.parts(inputs) : [{ type: "text", value: uk_place_page_link(inputs) }]
				if (locale === "ru") return typeof ru_place_page_link.parts === "function" ? ru_place_page_link.parts(inputs) : [{ type: "text", value: ru_place_page_link(inputs) }]
				if (locale === "ar") return typeof ar_place_page_link.parts === "function" ? ar_place_page_link.parts(inputs) : [{ type: "text", value: ar_place_page_link(inputs) }]
				return typeof en_place_page_link.parts === "function" ? en_place_page_link.parts(inputs) : [{ type: "text", value: en_place_page_link(inputs) }]
			})
		}
	)
);