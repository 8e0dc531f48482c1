/* Staff page for redeeming (核销) a signed claim code: the claim QR opens redeem?code=…; the staff token
   and the staff member's name are remembered on this phone (localStorage and a cookie). ES5, no inline
   script, works under the collector's strict CSP. */
(function () {
  'use strict';
  var KEY = 'bulletin.staff';
  var saved = load();
  var code = param('code');
  var result = document.getElementById('result'), button = document.getElementById('redeem');
  // the page's words in the collector's language (a JSON data block: the strict policy runs no inline script)
  var words = JSON.parse(document.getElementById('words').textContent);

  /** The word {@code key} with {0}, {1} … replaced by the arguments after it. */
  function say(key) {
    var args = arguments;
    return (words[key] || key).replace(/\{(\d+)\}/g, function (m, n) {
      var v = args[Number(n) + 1];
      return v === undefined ? m : String(v);
    });
  }

  function load() {
    var v = null;
    try { v = JSON.parse(window.localStorage.getItem(KEY)); } catch (e) { v = null; }
    if (!v) {
      var m = /(?:^|;\s*)bulletin_staff=([^;]*)/.exec(document.cookie);
      var by = /(?:^|;\s*)bulletin_staff_by=([^;]*)/.exec(document.cookie);
      if (m) { v = { token: decodeURIComponent(m[1]), by: by ? decodeURIComponent(by[1]) : '' }; }
    }
    return v;
  }

  function save(v) {
    try { window.localStorage.setItem(KEY, JSON.stringify(v)); } catch (e) { /* cookie below */ }
    var rest = '; path=/; max-age=31536000; SameSite=Strict' + (location.protocol === 'https:' ? '; Secure' : '');
    document.cookie = 'bulletin_staff=' + encodeURIComponent(v.token) + rest;
    document.cookie = 'bulletin_staff_by=' + encodeURIComponent(v.by) + rest;
  }

  function param(name) {
    var m = new RegExp('[?&]' + name + '=([^&#]*)').exec(location.search);
    return m ? decodeURIComponent(m[1].replace(/\+/g, ' ')) : '';
  }

  function request(method, url, body, done) {
    var xhr = new XMLHttpRequest();
    xhr.open(method, url, true);
    xhr.setRequestHeader('X-Staff-Token', saved.token);
    if (body) { xhr.setRequestHeader('Content-Type', 'application/json'); }
    xhr.onload = function () {
      var json = null;
      try { json = JSON.parse(xhr.responseText); } catch (e) { json = null; }
      done(xhr.status, json);
    };
    xhr.onerror = function () { done(0, null); };
    xhr.send(body ? JSON.stringify(body) : null);
  }

  function line(cls, text) {
    var p = document.createElement('p');
    if (cls) { p.className = cls; }
    p.textContent = text;
    result.appendChild(p);
    return p;
  }

  function show(status, a) {
    result.textContent = '';
    button.hidden = true;
    if (status === 401) {
      line('state refused', say('staff.wrong-token'));
      document.getElementById('login').hidden = false;
      return;
    }
    if (!a || !a.state) { line('state refused', say('staff.no-answer')); return; }
    var states = {
      unknown: ['refused', say('staff.unknown')],
      // a collector without --site signed the claim on the page's own score: staff check it before redeeming
      eligible: a.verified === false ? ['unverified', say('staff.unverified')] : ['eligible', say('staff.eligible')],
      samePhone: ['refused', say('staff.same-phone', a.redeemedAt, a.by, a.redeemedCode)],
      redeemed: ['refused', say('staff.redeemed', a.redeemedAt, a.by)],
      'redeemed-now': ['eligible', say('staff.redeemed-now', a.redeemedAt, a.by)]
    };
    var s = states[a.state] || states.unknown;
    line('state ' + s[0], s[1]).setAttribute('data-state', a.state);
    if (a.name || a.phone) { line(null, say('staff.person', a.name || '—', a.phone || '—')); }
    if (a.quiz) { line('small', say('staff.quiz', a.quiz, a.score, a.receivedAt, a.code)); }
    button.hidden = a.state !== 'eligible';
  }

  function check(c) {
    code = c;
    result.textContent = '';
    line(null, say('staff.checking'));
    request('GET', 'redeem/status?code=' + encodeURIComponent(c), null, show);
  }

  function ready() {
    document.getElementById('login').hidden = true;
    document.getElementById('staff').textContent = say('staff.staff', saved.by);
    var lookup = document.getElementById('lookup');
    lookup.hidden = false;
    document.getElementById('code').value = code;
    if (code) { check(code); }
  }

  document.getElementById('login').addEventListener('submit', function (event) {
    event.preventDefault();
    var token = document.getElementById('token').value.trim(), by = document.getElementById('by').value.trim();
    if (!token || !by) { return; }
    saved = { token: token, by: by };
    save(saved);
    ready();
  });

  document.getElementById('lookup').addEventListener('submit', function (event) {
    event.preventDefault();
    var c = document.getElementById('code').value.trim();
    if (c) { check(c); }
  });

  button.addEventListener('click', function () {
    button.disabled = true;
    request('POST', 'redeem/confirm', { code: code, by: saved.by }, function (status, a) {
      button.disabled = false;
      show(status, a);
    });
  });

  if (saved && saved.token) { ready(); } else { document.getElementById('login').hidden = false; }
}());
