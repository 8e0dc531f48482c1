/* Bulletin default theme: the text-size switch (remembered on this device). No inline script, CSP-safe. */
(function () {
  'use strict';
  var KEY = 'bulletin.font';
  var SIZES = ['normal', 'large', 'xlarge'];
  var root = document.documentElement;

  function stored() {
    try { return window.localStorage.getItem(KEY); } catch (e) { return null; }
  }

  function apply(size) {
    if (SIZES.indexOf(size) < 0) { size = 'normal'; }
    SIZES.forEach(function (s) { root.classList.remove('font-' + s); });
    if (size !== 'normal') { root.classList.add('font-' + size); }
    var buttons = document.querySelectorAll('.font-size button');
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute('aria-pressed', String(buttons[i].getAttribute('data-font') === size));
    }
  }

  apply(stored());
  document.addEventListener('DOMContentLoaded', function () {
    var group = document.querySelector('.font-size');
    if (!group) { return; }
    group.hidden = false;
    apply(stored());
    group.addEventListener('click', function (event) {
      var button = event.target.closest('button[data-font]');
      if (!button) { return; }
      var size = button.getAttribute('data-font');
      try { window.localStorage.setItem(KEY, size); } catch (e) { /* private mode: not remembered */ }
      apply(size);
    });
  });
}());

/* Read aloud (朗读): each button.speak speaks the text of its article or quiz question (data-speak: the
   parts, as selectors inside the nearest fieldset or article) with the browser's speech synthesis. The
   buttons stay hidden unless the browser has a voice for the page's language (Android WebView and many
   Chinese browsers have none); speaking stops when the page is left. */
(function () {
  'use strict';
  var synth = window.speechSynthesis;
  if (!synth || !window.SpeechSynthesisUtterance) { return; }
  var lang = (document.documentElement.getAttribute('lang') || 'zh-CN').toLowerCase();
  var current = null;

  function voice() {
    var voices = synth.getVoices() || [], near = null;
    for (var i = 0; i < voices.length; i++) {
      var v = String(voices[i].lang || '').toLowerCase().replace('_', '-');
      if (v === lang) { return voices[i]; }
      if (!near && v.split('-')[0] === lang.split('-')[0]) { near = voices[i]; }
    }
    return near;
  }

  function text(button) {
    var scope = button.closest('fieldset') || button.closest('article') || document;
    var parts = scope.querySelectorAll(button.getAttribute('data-speak')), out = [];
    for (var i = 0; i < parts.length; i++) { out.push(parts[i].textContent.replace(/\s+/g, ' ').trim()); }
    return out.join('。\n');
  }

  function show(button, speaking) {
    button.setAttribute('aria-pressed', String(speaking));
    button.textContent = button.getAttribute(speaking ? 'data-stop' : 'data-start');
  }

  function stop() {
    if (current) { show(current, false); current = null; }
    synth.cancel();
  }

  function speak(button) {
    var chosen = voice(), again = current === button;
    stop();
    if (again || !chosen) { return; }
    current = button;
    show(button, true);
    // sentence by sentence: some engines stop a long utterance after about 15 seconds
    var sentences = text(button).match(/[^。！？!?；;\n]+[。！？!?；;\n]*/g) || [];
    sentences.forEach(function (s, i) {
      var u = new window.SpeechSynthesisUtterance(s);
      u.lang = chosen.lang;
      u.rate = 0.9;
      if (i === sentences.length - 1) { u.onend = function () { if (current === button) { show(button, false); current = null; } }; }
      synth.speak(u);
    });
  }

  function offer() {
    var buttons = document.querySelectorAll('button.speak');
    var can = !!voice();
    for (var i = 0; i < buttons.length; i++) { buttons[i].hidden = !can; }
  }

  document.addEventListener('DOMContentLoaded', function () {
    offer();
    if (synth.addEventListener) { synth.addEventListener('voiceschanged', offer); }
    document.addEventListener('click', function (event) {
      var button = event.target.closest && event.target.closest('button.speak');
      if (button) { speak(button); }
    });
  });
  window.addEventListener('pagehide', stop);
}());
