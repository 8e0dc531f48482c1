/* Staff page for redeeming (核销) a signed claim code: the claim QR opens redeem?code=…; the staff token
   and the staff member's name are remembered on this phone (localStorage and a cookie). ES5, no inline
   script, works under the collector's strict CSP. */
(function () {
  'use strict';
  var KEY = 'bulletin.staff';
  var saved = load();
  var code = param('code');
  var result = document.getElementById('result'), button = document.getElementById('redeem');

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
      line('state refused', '口令不对，请重新输入。 Wrong staff token.');
      document.getElementById('login').hidden = false;
      return;
    }
    if (!a || !a.state) { line('state refused', '服务器没有回答，请稍后再试。 No answer from the collector; try again.'); return; }
    var states = {
      unknown: ['refused', '不能领奖：没有这个领奖码（不是本次活动服务器登记的）。 Not eligible: unknown claim code.'],
      eligible: ['eligible', '可以领奖：请核对姓名和电话后点“核销”。 Eligible: check name and phone, then redeem.'],
      samePhone: ['refused', '不能领奖：这个电话号码已在 ' + a.redeemedAt + ' 由 ' + a.by + ' 核销过领奖码 '
        + a.redeemedCode + '（每人限领一份）。 Not eligible: this phone already received a prize.'],
      redeemed: ['refused', '已核销：' + a.redeemedAt + ' 由 ' + a.by + ' 核销，不能再领。 Already redeemed at '
        + a.redeemedAt + ' by ' + a.by + '.'],
      'redeemed-now': ['eligible', '核销成功：' + a.redeemedAt + ' 由 ' + a.by + ' 核销，请发放奖品。 Redeemed: hand over the prize.']
    };
    var s = states[a.state] || states.unknown;
    line('state ' + s[0], s[1]).setAttribute('data-state', a.state);
    if (a.name || a.phone) { line(null, '姓名 Name：' + (a.name || '—') + '　电话 Phone：' + (a.phone || '—')); }
    if (a.quiz) { line('small', '问答 ' + a.quiz + '，' + a.score + ' 分，提交于 ' + a.receivedAt + '，领奖码 ' + a.code); }
    button.hidden = a.state !== 'eligible';
  }

  function check(c) {
    code = c;
    result.textContent = '';
    line(null, '正在查询… Checking…');
    request('GET', 'redeem/status?code=' + encodeURIComponent(c), null, show);
  }

  function ready() {
    document.getElementById('login').hidden = true;
    document.getElementById('staff').textContent = '工作人员 Staff：' + saved.by;
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
