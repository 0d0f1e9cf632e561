/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Report_LegendInputs */

const en_report_legend = /** @type {((inputs: Report_LegendInputs) => LocalizedString) & { parts: (inputs: Report_LegendInputs) => import('../runtime.js').MessagePart[] }} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs: Report_LegendInputs) => LocalizedString} */ (() => {
			return /** @type {LocalizedString} */ (`Marked sentences are quoted on the map; the one you followed a link to is outlined.`)
		}),
		{
			parts: /** @type {(inputs: Report_LegendInputs) => import('../runtime.js').MessagePart[]} */ (() => {
				return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "markup-start", name: "mark", options: {}, attributes: {} }, { type: "text", value: "Marked" }, { type: "markup-end", name: "mark", options: {}, attributes: {} }, { type: "text", value: " sentences are quoted on the map; the one you followed a link to is " }, { type: "markup-start", name: "outlined", options: {}, attributes: {} }, { type: "text", value: "outlined" }, { type: "markup-end", name: "outlined", options: {}, attributes: {} }, { type: "text", value: "." }])
			})
		}
	)
);

const fr_report_legend = /** @type {((inputs: Report_LegendInputs) => LocalizedString) & { parts: (inputs: Report_LegendInputs) => import('../runtime.js').MessagePart[] }} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs: Report_LegendInputs) => LocalizedString} */ (() => {
			return /** @type {LocalizedString} */ (`Les phrases surlignées sont citées sur la carte ; celle vers laquelle mène le lien suivi est encadrée.`)
		}),
		{
			parts: /** @type {(inputs: Report_LegendInputs) => import('../runtime.js').MessagePart[]} */ (() => {
				return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "text", value: "Les phrases " }, { type: "markup-start", name: "mark", options: {}, attributes: {} }, { type: "text", value: "surlignées" }, { type: "markup-end", name: "mark", options: {}, attributes: {} }, { type: "text", value: " sont citées sur la carte ; celle vers laquelle mène le lien suivi est " }, { type: "markup-start", name: "outlined", options: {}, attributes: {} }, { type: "text", value: "encadrée" }, { type: "markup-end", name: "outlined", options: {}, attributes: {} }, { type: "text", value: "." }])
			})
		}
	)
);

const de_report_legend = /** @type {((inputs: Report_LegendInputs) => LocalizedString) & { parts: (inputs: Report_LegendInputs) => import('../runtime.js').MessagePart[] }} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs: Report_LegendInputs) => LocalizedString} */ (() => {
			return /** @type {LocalizedString} */ (`Markierte Sätze werden auf der Karte zitiert; der Satz, zu dem Ihr Link führte, ist umrandet.`)
		}),
		{
			parts: /** @type {(inputs: Report_LegendInputs) => import('../runtime.js').MessagePart[]} */ (() => {
				return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "markup-start", name: "mark", options: {}, attributes: {} }, { type: "text", value: "Markierte" }, { type: "markup-end", name: "mark", options: {}, attributes: {} }, { type: "text", value: " Sätze werden auf der Karte zitiert; der Satz, zu dem Ihr Link führte, ist " }, { type: "markup-start", name: "outlined", options: {}, attributes: {} }, { type: "text", value: "umrandet" }, { type: "markup-end", name: "outlined", options: {}, attributes: {} }, { type: "text", value: "." }])
			})
		}
	)
);

const uk_report_legend = /** @type {((inputs: Report_LegendInputs) => LocalizedString) & { parts: (inputs: Report_LegendInputs) => import('../runtime.js').MessagePart[] }} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs: Report_LegendInputs) => LocalizedString} */ (() => {
			return /** @type {LocalizedString} */ (`Позначені речення цитуються на мапі; те, до якого привело вас посилання, обведено.`)
		}),
		{
			parts: /** @type {(inputs: Report_LegendInputs) => import('../runtime.js').MessagePart[]} */ (() => {
				return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "markup-start", name: "mark", options: {}, attributes: {} }, { type: "text", value: "Позначені" }, { type: "markup-end", name: "mark", options: {}, attributes: {} }, { type: "text", value: " речення цитуються на мапі; те, до якого привело вас посилання, " }, { type: "markup-start", name: "outlined", options: {}, attributes: {} }, { type: "text", value: "обведено" }, { type: "markup-end", name: "outlined", options: {}, attributes: {} }, { type: "text", value: "." }])
			})
		}
	)
);

const ru_report_legend = /** @type {((inputs: Report_LegendInputs) => LocalizedString) & { parts: (inputs: Report_LegendInputs) => import('../runtime.js').MessagePart[] }} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs: Report_LegendInputs) => LocalizedString} */ (() => {
			return /** @type {LocalizedString} */ (`Отмеченные предложения цитируются на карте; то, к которому вела ваша ссылка, обведено.`)
		}),
		{
			parts: /** @type {(inputs: Report_LegendInputs) => import('../runtime.js').MessagePart[]} */ (() => {
				return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "markup-start", name: "mark", options: {}, attributes: {} }, { type: "text", value: "Отмеченные" }, { type: "markup-end", name: "mark", options: {}, attributes: {} }, { type: "text", value: " предложения цитируются на карте; то, к которому вела ваша ссылка, " }, { type: "markup-start", name: "outlined", options: {}, attributes: {} }, { type: "text", value: "обведено" }, { type: "markup-end", name: "outlined", options: {}, attributes: {} }, { type: "text", value: "." }])
			})
		}
	)
);

const ar_report_legend = /** @type {((inputs: Report_LegendInputs) => LocalizedString) & { parts: (inputs: Report_LegendInputs) => import('../runtime.js').MessagePart[] }} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs: Report_LegendInputs) => LocalizedString} */ (() => {
			return /** @type {LocalizedString} */ (`الجمل المميَّزة مقتبسة على الخريطة؛ والجملة التي أوصلك إليها الرابط محاطة بإطار.`)
		}),
		{
			parts: /** @type {(inputs: Report_LegendInputs) => import('../runtime.js').MessagePart[]} */ (() => {
				return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "text", value: "الجمل " }, { type: "markup-start", name: "mark", options: {}, attributes: {} }, { type: "text", value: "المميَّزة" }, { type: "markup-end", name: "mark", options: {}, attributes: {} }, { type: "text", value: " مقتبسة على الخريطة؛ والجملة التي أوصلك إليها الرابط " }, { type: "markup-start", name: "outlined", options: {}, attributes: {} }, { type: "text", value: "محاطة بإطار" }, { type: "markup-end", name: "outlined", options: {}, attributes: {} }, { type: "text", value: "." }])
			})
		}
	)
);

/**
* | output |
* | --- |
* | "Marked sentences are quoted on the map; the one you followed a link to is outlined." |
*
* @param {Report_LegendInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const report_legend = /** @type {((inputs?: Report_LegendInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & { parts: (inputs?: Report_LegendInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => import('../runtime.js').MessagePart[] } & import('../runtime.js').MessageMetadata<Report_LegendInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, { mark: { options: {}; attributes: {}; children: true }; outlined: { options: {}; attributes: {}; children: true } }>} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs?: Report_LegendInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString} */ ((inputs = {}, options = {}) => {
			const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
			if (locale === "fr") return fr_report_legend(inputs)
			if (locale === "de") return de_report_legend(inputs)
			if (locale === "uk") return uk_report_legend(inputs)
			if (locale === "ru") return ru_report_legend(inputs)
			if (locale === "ar") return ar_report_legend(inputs)
			return en_report_legend(inputs)
		}),
		{
			parts: /** @type {(inputs?: Report_LegendInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => import('../runtime.js').MessagePart[]} */ ((inputs = {}, options = {}) => {
				const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
				if (locale === "fr") return typeof fr_report_legend.parts === "function" ? fr_report_legend.parts(inputs) : [{ type: "text", value: fr_report_legend(inputs) }]
				if (locale === "de") return typeof de_report_legend.parts === "function" ? de_report_legend.parts(inputs) : [{ type: "text", value: de_report_legend(inputs) }]
				if (locale === "uk") return typeof uk_report_legend.parts === "function" ? uk_report_legend.parts(inputs) : [{ type: "text", value: uk_report_legend(inputs) }]
				if (locale === "ru") return typeof ru_report_legend.parts === "function" ? ru_report_legend.parts(inputs) : [{ type: "text", value: ru_report_legend(inputs) }]
				if (locale === "ar") return typeof ar_report_legend.parts === "function" ? ar_report_legend.parts(inputs) : [{ type: "text", value: ar_report_legend(inputs) }]
				return typeof en_report_legend.parts === "function" ? en_report_legend.parts(inputs) : [{ type: "text", value: en_report_legend(inputs) }]
			})
		}
	)
);