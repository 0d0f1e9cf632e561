/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ type: NonNullable<unknown>, place: NonNullable<unknown> }} Placepage_Kicker_InInputs */

const en_placepage_kicker_in = /** @type {((inputs: Placepage_Kicker_InInputs) => LocalizedString) & { parts: (inputs: Placepage_Kicker_InInputs) => import('../runtime.js').MessagePart[] }} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs: Placepage_Kicker_InInputs) => LocalizedString} */ ((i) => {
			return /** @type {LocalizedString} */ (`${i?.type} in ${i?.place}`)
		}),
		{
			parts: /** @type {(inputs: Placepage_Kicker_InInputs) => import('../runtime.js').MessagePart[]} */ ((i) => {
				return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "text", value: String(i?.type) }, { type: "text", value: " in " }, { type: "markup-start", name: "link", options: {}, attributes: {} }, { type: "text", value: String(i?.place) }, { type: "markup-end", name: "link", options: {}, attributes: {} }])
			})
		}
	)
);

const fr_placepage_kicker_in = /** @type {((inputs: Placepage_Kicker_InInputs) => LocalizedString) & { parts: (inputs: Placepage_Kicker_InInputs) => import('../runtime.js').MessagePart[] }} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs: Placepage_Kicker_InInputs) => LocalizedString} */ ((i) => {
			return /** @type {LocalizedString} */ (`${i?.type} · ${i?.place}`)
		}),
		{
			parts: /** @type {(inputs: Placepage_Kicker_InInputs) => import('../runtime.js').MessagePart[]} */ ((i) => {
				return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "text", value: String(i?.type) }, { type: "text", value: " · " }, { type: "markup-start", name: "link", options: {}, attributes: {} }, { type: "text", value: String(i?.place) }, { type: "markup-end", name: "link", options: {}, attributes: {} }])
			})
		}
	)
);

const de_placepage_kicker_in = /** @type {((inputs: Placepage_Kicker_InInputs) => LocalizedString) & { parts: (inputs: Placepage_Kicker_InInputs) => import('../runtime.js').MessagePart[] }} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs: Placepage_Kicker_InInputs) => LocalizedString} */ ((i) => {
			return /** @type {LocalizedString} */ (`${i?.type} in ${i?.place}`)
		}),
		{
			parts: /** @type {(inputs: Placepage_Kicker_InInputs) => import('../runtime.js').MessagePart[]} */ ((i) => {
				return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "text", value: String(i?.type) }, { type: "text", value: " in " }, { type: "markup-start", name: "link", options: {}, attributes: {} }, { type: "text", value: String(i?.place) }, { type: "markup-end", name: "link", options: {}, attributes: {} }])
			})
		}
	)
);

const uk_placepage_kicker_in = /** @type {((inputs: Placepage_Kicker_InInputs) => LocalizedString) & { parts: (inputs: Placepage_Kicker_InInputs) => import('../runtime.js').MessagePart[] }} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs: Placepage_Kicker_InInputs) => LocalizedString} */ ((i) => {
			return /** @type {LocalizedString} */ (`${i?.type} · ${i?.place}`)
		}),
		{
			parts: /** @type {(inputs: Placepage_Kicker_InInputs) => import('../runtime.js').MessagePart[]} */ ((i) => {
				return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "text", value: String(i?.type) }, { type: "text", value: " · " }, { type: "markup-start", name: "link", options: {}, attributes: {} }, { type: "text", value: String(i?.place) }, { type: "markup-end", name: "link", options: {}, attributes: {} }])
			})
		}
	)
);

const ru_placepage_kicker_in = /** @type {((inputs: Placepage_Kicker_InInputs) => LocalizedString) & { parts: (inputs: Placepage_Kicker_InInputs) => import('../runtime.js').MessagePart[] }} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs: Placepage_Kicker_InInputs) => LocalizedString} */ ((i) => {
			return /** @type {LocalizedString} */ (`${i?.type} · ${i?.place}`)
		}),
		{
			parts: /** @type {(inputs: Placepage_Kicker_InInputs) => import('../runtime.js').MessagePart[]} */ ((i) => {
				return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "text", value: String(i?.type) }, { type: "text", value: " · " }, { type: "markup-start", name: "link", options: {}, attributes: {} }, { type: "text", value: String(i?.place) }, { type: "markup-end", name: "link", options: {}, attributes: {} }])
			})
		}
	)
);

const ar_placepage_kicker_in = /** @type {((inputs: Placepage_Kicker_InInputs) => LocalizedString) & { parts: (inputs: Placepage_Kicker_InInputs) => import('../runtime.js').MessagePart[] }} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs: Placepage_Kicker_InInputs) => LocalizedString} */ ((i) => {
			return /** @type {LocalizedString} */ (`${i?.type} في ${i?.place}`)
		}),
		{
			parts: /** @type {(inputs: Placepage_Kicker_InInputs) => import('../runtime.js').MessagePart[]} */ ((i) => {
				return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "text", value: String(i?.type) }, { type: "text", value: " في " }, { type: "markup-start", name: "link", options: {}, attributes: {} }, { type: "text", value: String(i?.place) }, { type: "markup-end", name: "link", options: {}, attributes: {} }])
			})
		}
	)
);

/**
* | output |
* | --- |
* | "{type} in {place}" |
*
* @param {Placepage_Kicker_InInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const placepage_kicker_in = /** @type {((inputs: Placepage_Kicker_InInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & { parts: (inputs: Placepage_Kicker_InInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => import('../runtime.js').MessagePart[] } & import('../runtime.js').MessageMetadata<Placepage_Kicker_InInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, { link: { options: {}; attributes: {}; children: true } }>} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs: Placepage_Kicker_InInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString} */ ((inputs, options = {}) => {
			const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
			if (locale === "fr") return fr_placepage_kicker_in(inputs)
			if (locale === "de") return de_placepage_kicker_in(inputs)
			if (locale === "uk") return uk_placepage_kicker_in(inputs)
			if (locale === "ru") return ru_placepage_kicker_in(inputs)
			if (locale === "ar") return ar_placepage_kicker_in(inputs)
			return en_placepage_kicker_in(inputs)
		}),
		{
			parts: /** @type {(inputs: Placepage_Kicker_InInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => import('../runtime.js').MessagePart[]} */ ((inputs, options = {}) => {
				const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
				if (locale === "fr") return typeof fr_placepage_kicker_in.parts === "function" ? fr_placepage_kicker_in.parts(inputs) : [{ type: "text", value: fr_placepage_kicker_in(inputs) }]
				if (locale === "de") return typeof de_placepage_kicker_in.parts === "function" ? de_placepage_kicker_in.parts(inputs) : [{ type: "text", value: de_placepage_kicker_in(inputs) }]
				if (locale === "uk") return typeof uk_placepage_kicker_in.parts === "function" ? uk_placepage_kicker_in.parts(inputs) : [{ type: "text", value: uk_placepage_kicker_in(inputs) }]
				if (locale === "ru") return typeof ru_placepage_kicker_in.parts === "function" ? ru_placepage_kicker_in.parts(inputs) : [{ type: "text", value: ru_placepage_kicker_in(inputs) }]
				if (locale === "ar") return typeof ar_placepage_kicker_in.parts === "function" ? ar_placepage_kicker_in.parts(inputs) : [{ type: "text", value: ar_placepage_kicker_in(inputs) }]
				return typeof en_placepage_kicker_in.parts === "function" ? en_placepage_kicker_in.parts(inputs) : [{ type: "text", value: en_placepage_kicker_in(inputs) }]
			})
		}
	)
);