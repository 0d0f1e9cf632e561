// Runs in the head of every embed page, before the first paint (a blocking script, allowed by
// the CSP as 'self'). Two jobs that cannot wait for the app to hydrate:
//  - theme=light|dark from the URL, so a dark embed never flashes light;
//  - the content height, posted to the host page as soon as there is a body and whenever it
//    changes or the host script asks, so the iframe fits its content about as soon as it shows.
// The message shape is src/lib/embed/protocol.ts (a unit test keeps them in step).
(function () {
	var root = document.documentElement;
	var params = new URLSearchParams(location.search);
	// The frame's language (docs/i18n.md): `lang=` (the embed's option), else the reader's
	// browser when the address names none. Each language is its own prerendered page
	// (/fr/stories/…/embed/), so the frame moves there before anything paints; `lang=`
	// goes, the other options stay. The site's base is the folder this script is in.
	var LOCALES = ['en', 'fr', 'de', 'uk', 'ru', 'ar'];
	var primary = function (tag) {
		return String(tag || '').trim().toLowerCase().split(/[-_]/)[0];
	};
	var asked = params.get('lang');
	var want = asked !== null ? primary(asked) : null;
	// Only the unprefixed (English) address follows the browser: a prefixed one was chosen.
	if (want === null && root.lang === 'en') {
		var prefs = navigator.languages || [navigator.language];
		for (var i = 0; i < prefs.length && want === null; i++) if (LOCALES.indexOf(primary(prefs[i])) >= 0) want = primary(prefs[i]);
	}
	if (want && LOCALES.indexOf(want) >= 0 && want !== root.lang && document.currentScript) {
		var base = new URL('.', document.currentScript.src).pathname.replace(/\/$/, '');
		var rest = location.pathname.slice(base.length).replace(/^\/(fr|de|uk|ru|ar)(?=\/)/, '');
		params.delete('lang');
		var q = params.toString();
		location.replace(base + (want === 'en' ? '' : '/' + want) + rest + (q ? '?' + q : '') + location.hash);
		return;
	}
	if (asked !== null) {
		// Already in the asked language: the option is spent (the client starts at once for any other).
		params.delete('lang');
		history.replaceState(history.state, '', location.pathname + (params.toString() ? '?' + params : '') + location.hash);
	}
	var theme = params.get('theme');
	if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
	// A view other than the story's own: the prerendered poster basemap would show the wrong place.
	if (params.has('c') || params.has('place')) root.setAttribute('data-custom-view', '');
	if (window.parent === window) return;
	var last = 0;
	function post() {
		var h = Math.ceil(document.body.getBoundingClientRect().height);
		if (!h || h === last) return;
		last = h;
		// The height is not a secret, and the host's origin is not known here: any origin may read it.
		window.parent.postMessage({ type: 'newsmap:embed-height', height: h }, '*');
	}
	// The host script may start after the first post (it loads async) and then asks again.
	// Any page may embed us and the answer is only a height: the check is that it is our parent
	// asking, in our shape.
	window.addEventListener('message', function (e) {
		if (e.source !== window.parent || !e.data || e.data.type !== 'newsmap:embed-hello') return;
		last = 0;
		if (document.body) post();
	});
	function start() {
		post();
		if (typeof ResizeObserver === 'function') new ResizeObserver(post).observe(document.body);
		else window.addEventListener('resize', post);
	}
	if (document.body) start();
	else document.addEventListener('DOMContentLoaded', start);
})();
