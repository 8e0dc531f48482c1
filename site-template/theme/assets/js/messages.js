/* Bulletin message wall: sends a resident's message as JSON {id, name, message, client, sentAt, page}
   and never loses it: every message is kept in localStorage until the server accepts it, and retried
   on load, when the device comes back online, every 30 seconds and with the "send again" button.
   Also starts a self-hosted Waline or Twikoo widget. Vanilla, no inline script, CSP-safe. */
(function () {
  'use strict';
  var OUTBOX = 'bulletin.messages.outbox';
  var CLIENT = 'bulletin.client';
  var MAX = 500;
  var memory = { outbox: '[]', client: null };

  function load(key, fallback) {
    try { var v = window.localStorage.getItem(key); return v === null ? fallback : v; } catch (e) { return key === OUTBOX ? memory.outbox : memory.client || fallback; }
  }
  function save(key, value) {
    try { window.localStorage.setItem(key, value); } catch (e) { if (key === OUTBOX) { memory.outbox = value; } else { memory.client = value; } }
  }
  function randomId() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    var hex = '';
    for (var i = 0; i < bytes.length; i++) { hex += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16); }
    return hex;
  }
  function client() {
    var id = load(CLIENT, null);
    if (!id) { id = randomId(); save(CLIENT, id); }
    return id;
  }
  function outbox() {
    try { var list = JSON.parse(load(OUTBOX, '[]')); return Array.isArray(list) ? list : []; } catch (e) { return []; }
  }
  function length(text) { return Array.from(text).length; }

  function startWidget(box) {
    var provider = box.getAttribute('data-provider');
    var server = box.getAttribute('data-server');
    var lang = box.getAttribute('data-lang');
    var path = box.getAttribute('data-path');
    if (provider === 'waline' && window.Waline) {
      // emoji and search off: their defaults load from public CDNs
      window.Waline.init({ el: '#waline', serverURL: server, path: path, lang: lang, emoji: false, search: false });
    } else if (provider === 'twikoo' && window.twikoo) {
      window.twikoo.init({ envId: server, el: '#tcomment', path: path, lang: lang });
    }
  }

  function setUp(form) {
    var page = form.getAttribute('data-page');
    var text = form.querySelector('#message-text');
    var name = form.querySelector('#message-name');
    var consent = form.querySelector('#message-consent');
    var counter = form.querySelector('#message-count');
    var status = form.querySelector('#message-status');
    var box = form.querySelector('#message-outbox');
    var list = box.querySelector('ul');
    var sending = false;
    var again = false;
    form.hidden = false;

    function say(key) { status.textContent = form.getAttribute('data-text-' + key) || ''; }
    function count() {
      var n = length(text.value);
      counter.textContent = n + ' / ' + MAX;
      counter.classList.toggle('over', n > MAX);
    }
    function show() {
      var items = outbox();
      list.textContent = '';
      items.forEach(function (m) {
        var li = document.createElement('li');
        li.textContent = m.message;
        list.appendChild(li);
      });
      box.hidden = items.length === 0;
    }
    function post(m) {
      return window.fetch(form.getAttribute('data-submit-url'), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(m),
        credentials: 'omit',
        cache: 'no-store'
      }).then(function (response) { return response.ok; }, function () { return null; });
    }
    function flush(announce) {
      if (sending) { again = true; return Promise.resolve(); }
      var items = outbox();
      if (items.length === 0) { show(); return Promise.resolve(); }
      sending = true;
      if (announce) { say('sending'); }
      var failed = null;
      var chain = Promise.resolve();
      items.forEach(function (m) {
        chain = chain.then(function () {
          return post(m).then(function (ok) {
            if (ok) {
              save(OUTBOX, JSON.stringify(outbox().filter(function (x) { return x.id !== m.id; })));
            } else if (failed !== 'failed') {
              failed = ok === null ? 'pending' : 'failed';
            }
          });
        });
      });
      return chain.then(function () {
        sending = false;
        show();
        if (failed) { say(failed); } else if (announce) { say('sent'); }
        if (again) { again = false; return flush(announce); }
      });
    }

    text.addEventListener('input', count);
    count();
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var message = text.value.trim();
      if (!message) { say('required'); text.focus(); return; }
      if (length(message) > MAX) { say('toolong'); text.focus(); return; }
      if (!consent.checked) { say('consent'); consent.focus(); return; }
      var items = outbox();
      items.push({ id: randomId(), name: name.value.trim(), message: message, client: client(),
        sentAt: new Date().toISOString(), page: page });
      save(OUTBOX, JSON.stringify(items));
      form.reset();
      count();
      show();
      flush(true);
    });
    form.querySelector('#message-retry').addEventListener('click', function () { flush(true); });
    window.addEventListener('online', function () { flush(true); });
    window.setInterval(function () { if (outbox().length > 0) { flush(false); } }, 30000);
    show();
    if (outbox().length > 0) { flush(false); }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('message-form');
    if (form) { setUp(form); }
    var widget = document.querySelector('.comment-widget');
    if (widget) { startWidget(widget); }
  });
}());
