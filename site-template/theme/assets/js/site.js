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
