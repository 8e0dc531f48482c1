/*
 * Bulletin gallery viewer: opens the photos of a <figure class="gallery"> full screen.
 * No inline code, no third-party code; works under Content-Security-Policy default-src 'self'.
 * Without JavaScript the thumbnails stay plain links to the photos.
 * Keyboard: Left/Right arrows change photo, Escape closes, Tab stays inside the viewer.
 * Touch: swipe left/right changes photo. Labels come from the gallery's data-label-* attributes.
 */
(function () {
  'use strict';

  var viewer = null;
  var parts = {};
  var state = { links: [], index: 0, opener: null, labels: {} };
  var touch = null;

  function element(tag, className, parent) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (parent) { parent.appendChild(node); }
    return node;
  }

  function button(className, text, action) {
    var b = element('button', 'gallery-button ' + className, viewer);
    b.type = 'button';
    b.textContent = text;
    b.addEventListener('click', function (event) { event.stopPropagation(); action(); });
    return b;
  }

  function build() {
    viewer = element('div', 'gallery-viewer', document.body);
    viewer.setAttribute('role', 'dialog');
    viewer.setAttribute('aria-modal', 'true');
    viewer.hidden = true;
    var stage = element('div', 'gallery-stage', viewer);
    var picture = element('picture', null, stage);
    parts.source = element('source', null, picture);
    parts.source.type = 'image/webp';
    parts.image = element('img', 'gallery-full', picture);
    parts.image.decoding = 'async';
    parts.caption = element('p', 'gallery-viewer-caption', viewer);
    parts.caption.id = 'gallery-viewer-caption';
    viewer.setAttribute('aria-describedby', parts.caption.id);
    parts.counter = element('p', 'gallery-counter', viewer);
    parts.counter.setAttribute('aria-live', 'polite');
    parts.previous = button('gallery-previous', '\u2039', function () { show(state.index - 1); });
    parts.next = button('gallery-next', '\u203a', function () { show(state.index + 1); });
    parts.close = button('gallery-close', '\u00d7', close);
    viewer.addEventListener('click', function (event) {
      if (event.target === viewer || event.target === stage) { close(); }
    });
    viewer.addEventListener('touchstart', function (event) {
      if (event.touches.length === 1) {
        touch = { x: event.touches[0].clientX, y: event.touches[0].clientY };
      }
    }, { passive: true });
    viewer.addEventListener('touchend', function (event) {
      if (!touch || event.changedTouches.length !== 1) { return; }
      var dx = event.changedTouches[0].clientX - touch.x;
      var dy = event.changedTouches[0].clientY - touch.y;
      touch = null;
      if (Math.abs(dx) > 40 && Math.abs(dx) > Math.abs(dy)) {
        show(state.index + (dx < 0 ? 1 : -1));
      }
    });
  }

  function label(name, fallback) {
    return state.labels['label' + name] || fallback;
  }

  function show(index) {
    var count = state.links.length;
    state.index = (index + count) % count;
    var link = state.links[state.index];
    var thumb = link.querySelector('img');
    var thumbSource = link.querySelector('source[type="image/webp"]');
    var item = link.closest('.gallery-item');
    var caption = item ? item.querySelector('.gallery-caption') : null;
    parts.source.srcset = thumbSource ? thumbSource.srcset : '';
    parts.source.sizes = '100vw';
    parts.image.removeAttribute('srcset');
    parts.image.src = link.href;
    if (thumb && thumb.srcset) {
      parts.image.srcset = thumb.srcset;
      parts.image.sizes = '100vw';
    }
    parts.image.alt = thumb ? thumb.alt : '';
    parts.caption.textContent = caption ? caption.textContent : '';
    parts.counter.textContent = label('Position', '{index} / {count}')
      .replace('{index}', String(state.index + 1)).replace('{count}', String(count));
    parts.previous.hidden = count < 2;
    parts.next.hidden = count < 2;
  }

  function open(gallery, link) {
    if (!viewer) { build(); }
    state.links = Array.prototype.slice.call(gallery.querySelectorAll('a.gallery-link'));
    state.labels = gallery.dataset;
    state.opener = link;
    viewer.setAttribute('aria-label', label('Dialog', 'Photo viewer'));
    parts.close.setAttribute('aria-label', label('Close', 'Close'));
    parts.previous.setAttribute('aria-label', label('Previous', 'Previous photo'));
    parts.next.setAttribute('aria-label', label('Next', 'Next photo'));
    show(state.links.indexOf(link));
    viewer.hidden = false;
    document.documentElement.classList.add('gallery-open');
    document.addEventListener('keydown', onKey);
    parts.close.focus();
  }

  function close() {
    if (!viewer || viewer.hidden) { return; }
    viewer.hidden = true;
    document.documentElement.classList.remove('gallery-open');
    document.removeEventListener('keydown', onKey);
    parts.image.removeAttribute('srcset');
    parts.image.removeAttribute('src');
    parts.source.removeAttribute('srcset');
    if (state.opener) { state.opener.focus(); }
  }

  function focusable() {
    return [parts.close, parts.previous, parts.next].filter(function (b) { return !b.hidden; });
  }

  function onKey(event) {
    if (event.key === 'Escape' || event.key === 'Esc') {
      event.preventDefault();
      close();
    } else if (event.key === 'ArrowRight' || event.key === 'Right') {
      event.preventDefault();
      show(state.index + 1);
    } else if (event.key === 'ArrowLeft' || event.key === 'Left') {
      event.preventDefault();
      show(state.index - 1);
    } else if (event.key === 'Tab') {
      var list = focusable();
      var at = list.indexOf(document.activeElement);
      var next = event.shiftKey ? (at <= 0 ? list.length - 1 : at - 1) : (at + 1) % list.length;
      event.preventDefault();
      list[next].focus();
    }
  }

  function start() {
    var galleries = document.querySelectorAll('figure.gallery');
    Array.prototype.forEach.call(galleries, function (gallery) {
      gallery.addEventListener('click', function (event) {
        var link = event.target.closest ? event.target.closest('a.gallery-link') : null;
        if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
          return;
        }
        event.preventDefault();
        open(gallery, link);
      });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
