// Runs in the head of every embed page, before the first paint (a blocking script, allowed by
// the CSP as 'self'). Two jobs that cannot wait for the app to hydrate:
//  - theme=light|dark from the URL, so a dark embed never flashes light;
//  - the content height, posted to the host page as soon as there is a body and whenever it
//    changes or the host script asks, so the iframe fits its content about as soon as it shows.
// The message shape is src/lib/embed/protocol.ts (a unit test keeps them in step).
(function () {
	var root = document.documentElement;
	var params = new URLSearchParams(location.search);
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
