/*! News map embed host script: fits every News map iframe on the page to its content height. */
// Paste once per page, after the iframes (the snippet does). Safe to include many times.
(function () {
	var script = document.currentScript;
	if (!script || window.__newsmapEmbedHost) return;
	window.__newsmapEmbedHost = true;
	// Only iframes and messages from the site that served this script count.
	var origin = new URL(script.src, location.href).origin;
	var TYPE = 'newsmap:embed-height';
	var MIN = 100;
	var MAX = 4000;

	function ours(frame) {
		try {
			return new URL(frame.src, location.href).origin === origin;
		} catch (e) {
			return false;
		}
	}

	// This script loads async, possibly after an embed has posted its height: ask each of ours
	// now and whenever it (re)loads. Iframes pasted without the snippet's style still get their
	// shape reserved. The question is sent to any origin: it holds nothing but its type, and a
	// frame that has not loaded yet is still about:blank, where a message addressed to our
	// origin would only print a warning in the host's console (the load listener asks again).
	function hello(frame) {
		if (frame.contentWindow) frame.contentWindow.postMessage({ type: 'newsmap:embed-hello' }, '*');
	}
	var all = document.getElementsByTagName('iframe');
	for (var j = 0; j < all.length; j++) {
		var p = all[j];
		if (!ours(p)) continue;
		p.addEventListener('load', hello.bind(null, p));
		hello(p);
		if (!p.hasAttribute('data-newsmap-embed') || p.style.height || p.style.aspectRatio) continue;
		p.style.width = '100%';
		p.style.aspectRatio = '4 / 3';
		p.style.minHeight = '430px';
		p.style.maxHeight = '724px';
	}

	window.addEventListener('message', function (event) {
		if (event.origin !== origin) return;
		var d = event.data;
		if (!d || typeof d !== 'object' || d.type !== TYPE) return;
		var h = d.height;
		if (typeof h !== 'number' || !isFinite(h) || h < MIN || h > MAX) return;
		var frames = document.getElementsByTagName('iframe');
		for (var i = 0; i < frames.length; i++) {
			var f = frames[i];
			if (f.contentWindow !== event.source || !ours(f)) continue;
			// The reserved aspect ratio has done its job: from now on the content decides.
			f.style.aspectRatio = 'auto';
			f.style.minHeight = '0';
			f.style.maxHeight = 'none';
			f.style.height = Math.ceil(h) + 'px';
		}
	});
})();
