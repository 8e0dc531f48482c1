/* Bulletin quiz: scores a knowledge quiz in the browser, reveals the answers and explanations, keeps
   progress and the result on this device (localStorage) and posts the result to the submit URL, keeping
   it until it is sent. No framework, no eval, no inline handlers: works under CSP default-src 'self'.
   The page holds only salted hashes of the options, so the key is not in plain sight; a browser quiz can
   never be cheat-proof, and the organisers re-score the submitted answers. */
(function () {
  'use strict';

  var STORE = 'bulletin.quiz.';

  function load(key) {
    try { return JSON.parse(window.localStorage.getItem(key)); } catch (e) { return null; }
  }

  function save(key, value) {
    try { window.localStorage.setItem(key, JSON.stringify(value)); } catch (e) { /* private mode: kept in memory */ }
  }

  function fmt(s) {
    var args = arguments;
    return String(s).replace(/\{(\d)\}/g, function (m, i) { return args[+i + 1]; });
  }

  function make(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text != null) { e.textContent = text; }
    return e;
  }

  /* SHA-256 (FIPS 180-4), hex. Constants from the primes, as the standard defines them. */
  var K = [], H0 = [];
  (function () {
    function frac(x) { return ((x - Math.floor(x)) * 4294967296) | 0; }
    for (var n = 2, c = 0; c < 64; n++) {
      var prime = true;
      for (var d = 2; d * d <= n; d++) { if (n % d === 0) { prime = false; break; } }
      if (prime) {
        if (c < 8) { H0[c] = frac(Math.pow(n, 1 / 2)); }
        K[c++] = frac(Math.pow(n, 1 / 3));
      }
    }
  }());

  function ror(x, n) { return (x >>> n) | (x << (32 - n)); }

  function sha256(text) {
    var s = unescape(encodeURIComponent(text)), len = s.length, size = ((len + 9 + 63) >> 6) << 6;
    var m = new Uint8Array(size), w = new Array(64), h = H0.slice(), i, j;
    for (i = 0; i < len; i++) { m[i] = s.charCodeAt(i); }
    m[len] = 0x80;
    var bits = len * 8;
    for (i = 1; i <= 4; i++) { m[size - i] = (bits >>> (8 * (i - 1))) & 255; }
    for (var o = 0; o < size; o += 64) {
      for (i = 0; i < 16; i++) {
        j = o + 4 * i;
        w[i] = (m[j] << 24) | (m[j + 1] << 16) | (m[j + 2] << 8) | m[j + 3];
      }
      for (i = 16; i < 64; i++) {
        var x = w[i - 15], y = w[i - 2];
        w[i] = (w[i - 16] + (ror(x, 7) ^ ror(x, 18) ^ (x >>> 3)) + w[i - 7]
          + (ror(y, 17) ^ ror(y, 19) ^ (y >>> 10))) | 0;
      }
      var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
      for (i = 0; i < 64; i++) {
        var t1 = (k + (ror(e, 6) ^ ror(e, 11) ^ ror(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i]) | 0;
        var t2 = ((ror(a, 2) ^ ror(a, 13) ^ ror(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
        k = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
      }
      h[0] = (h[0] + a) | 0; h[1] = (h[1] + b) | 0; h[2] = (h[2] + c) | 0; h[3] = (h[3] + d) | 0;
      h[4] = (h[4] + e) | 0; h[5] = (h[5] + f) | 0; h[6] = (h[6] + g) | 0; h[7] = (h[7] + k) | 0;
    }
    var hex = '';
    for (i = 0; i < 8; i++) { hex += ('0000000' + (h[i] >>> 0).toString(16)).slice(-8); }
    return hex;
  }

  function randomCode(length, alphabet) {
    var values = new Uint32Array(length), out = '';
    window.crypto.getRandomValues(values);
    for (var i = 0; i < length; i++) { out += alphabet.charAt(values[i] % alphabet.length); }
    return out;
  }

  function clientId() {
    var id = load('bulletin.client');
    if (typeof id !== 'string' || !id) {
      id = randomCode(16, '0123456789abcdefghijklmnopqrstuvwxyz');
      save('bulletin.client', id);
    }
    return id;
  }

  /* A seeded generator (mulberry32): the same device sees the same order on every visit. */
  function seeded(text) {
    var state = parseInt(sha256(text).slice(0, 8), 16) | 0;
    return function () {
      state = (state + 0x6D2B79F5) | 0;
      var t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  function shuffle(list, random) {
    var a = list.slice();
    for (var i = a.length - 1; i > 0; i--) {
      var j = Math.floor(random() * (i + 1)), tmp = a[i];
      a[i] = a[j]; a[j] = tmp;
    }
    return a;
  }

  /* Question banks and fill-in-the-blank questions (:quiz-draw:, [.answers]). Both rules are specified once,
     in the Java classes model.QuizDraw and model.BlankAnswer, and must stay identical to them: the report,
     the collector and the paper sheets compute the same draw and the same comparison. */

  /* The ids of the questions this device is asked, in source order, or null when the quiz asks them all. */
  function drawQuestions(data, device) {
    if (!data.draw) { return null; }
    var random = seeded(device + ':' + data.id + ':draw'), groups = [], byName = {}, drawn = {};
    data.questions.forEach(function (q) {
      var name = 'g:' + (data.drawPerGroup ? q.group || '' : '');
      if (!byName[name]) { byName[name] = []; groups.push(byName[name]); }
      byName[name].push(q.id);
    });
    groups.forEach(function (ids) {
      shuffle(ids, random).slice(0, data.draw).forEach(function (id) { drawn['q:' + id] = true; });
    });
    return data.questions.filter(function (q) { return drawn['q:' + q.id]; }).map(function (q) { return q.id; });
  }

  var CN_DIGITS = '\u96f6\u3007\u4e00\u4e8c\u4e24\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d';
  var CN_VALUES = [0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9];
  var CN_RUN = /[\u96f6\u3007\u4e00\u4e8c\u4e24\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341\u767e\u5343\u4e07]+/g;
  var EDGE_MARKS = '\u3002.,!?\u3001;:"\'\u201c\u201d\u2018\u2019';

  /* A Chinese numeral run as an Arabic number: 三 → 3, 二十一 → 21, 二〇二二 → 2022. */
  function chineseNumber(run) {
    var total = 0, section = 0, digit = 0, digitsOnly = '', units = false, i, c, d;
    for (i = 0; i < run.length; i++) {
      c = run.charAt(i);
      d = CN_DIGITS.indexOf(c);
      if (d >= 0) {
        digit = CN_VALUES[d];
        digitsOnly += CN_VALUES[d];
      } else {
        units = true;
        if (c === '\u5341') { section += (digit || 1) * 10; } else if (c === '\u767e') { section += digit * 100; }
        else if (c === '\u5343') { section += digit * 1000; } else { total += (section + digit) * 10000; section = 0; }
        digit = 0;
      }
    }
    return units ? String(total + section + digit) : digitsOnly;
  }

  /* A typed answer as it is compared: full-width to half-width, no spaces, lower case, no sentence marks
     at either end, and (where the question allows it) Chinese numerals as Arabic ones. */
  function normalise(typed, numerals) {
    var s = '', i, code, start = 0, end;
    for (i = 0; i < typed.length; i++) {
      code = typed.charCodeAt(i);
      if (code >= 0xFF01 && code <= 0xFF5E) { code -= 0xFEE0; }
      if (code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11
        || code === 0xA0 || code === 0x3000) { continue; }
      s += String.fromCharCode(code >= 65 && code <= 90 ? code + 32 : code);
    }
    end = s.length;
    while (start < end && EDGE_MARKS.indexOf(s.charAt(start)) >= 0) { start++; }
    while (end > start && EDGE_MARKS.indexOf(s.charAt(end - 1)) >= 0) { end--; }
    s = s.slice(start, end);
    return numerals ? s.replace(CN_RUN, chineseNumber) : s;
  }

  /* Whether the typed text is one of a fill-in question's accepted answers (their salted hashes). */
  function blankRight(salt, q, typed) {
    var n = typeof typed === 'string' ? normalise(typed, q.numerals) : '';
    return n !== '' && q.answers.indexOf(sha256(salt + ':' + q.id + ':=' + n).slice(0, 16)) >= 0;
  }

  /* Keeps the drawn questions only (in the page and in data.questions, so the score is over them). */
  function applyDraw(data, client, fieldsets) {
    var drawn = drawQuestions(data, client);
    if (!drawn) { return fieldsets; }
    data.drawn = drawn;
    data.questions = data.questions.filter(function (q) { return drawn.indexOf(q.id) >= 0; });
    return fieldsets.filter(function (f) {
      var asked = drawn.indexOf(f.getAttribute('data-question')) >= 0;
      if (!asked) { f.parentNode.removeChild(f); }
      return asked;
    });
  }

  function blankInput(f) { return f.querySelector('input.quiz-blank-input'); }

  /* Typed answers go into the same answers map as strings; the submission carries them as "blanks". */
  function readBlank(f, answers) {
    var input = blankInput(f), typed = input ? input.value.replace(/^\s+|\s+$/g, '') : '';
    if (typed) { answers[f.getAttribute('data-question')] = typed.slice(0, 100); }
  }

  function restoreBlank(f, answers) {
    var input = blankInput(f), typed = answers[f.getAttribute('data-question')];
    if (input) { input.value = typeof typed === 'string' ? typed : ''; }
  }

  /* After submitting: what the resident typed, said in words next to the box. */
  function markBlank(f, typed, ok, t) {
    var box = f.querySelector('.quiz-blank');
    if (box && typeof typed === 'string') {
      box.appendChild(make('span', ok ? 'quiz-choice-note' : 'quiz-choice-note quiz-choice-wrong',
        ' ' + (ok ? '' : '\u2718 ') + fmt(t.yourAnswer, typed)));
    }
  }

  /* The submission's answers: option indexes under "answers", typed text under "blanks", the draw under "drawn". */
  function splitAnswers(data, answers, p) {
    var choices = {}, blanks = {}, typed = false;
    Object.keys(answers).forEach(function (id) {
      if (typeof answers[id] === 'string') { blanks[id] = answers[id]; typed = true; } else { choices[id] = answers[id]; }
    });
    p.answers = choices;
    if (typed) { p.blanks = blanks; }
    if (data.drawn) { p.drawn = data.drawn; }
    return p;
  }

  /* Enter in a blank moves on to the next question instead of submitting the whole quiz. */
  function blankKeys(form) {
    form.addEventListener('keydown', function (event) {
      var target = event.target;
      if ((event.key === 'Enter' || event.keyCode === 13) && target.classList.contains('quiz-blank-input')) {
        event.preventDefault();
        var all = [].slice.call(form.querySelectorAll('fieldset.quiz-question input'));
        var next = all[all.indexOf(target) + 1];
        if (next) { next.focus(); } else { form.querySelector('.quiz-submit').focus(); }
      }
    });
  }

  function when(iso) {
    var date = new Date(iso);
    try {
      return date.toLocaleString(document.documentElement.lang || undefined,
        { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' });
    } catch (e) { return date.toString(); }
  }

  /* The collector's limits (collect's SubmissionValidator) for what the claim form asks. */
  var ASK_LIMITS = { name: 100, phone: 40 };

  /* POSTs JSON; done(status, xhr) with status 0 when there was no answer (offline, refused, timed out).
     XMLHttpRequest runs in every browser the site supports and can time out. */
  function post(url, body, done) {
    var xhr = new XMLHttpRequest(), finished = false;
    function finish() {
      if (!finished) { finished = true; done(xhr.readyState === 4 ? xhr.status : 0, xhr); }
    }
    xhr.open('POST', url, true);
    xhr.setRequestHeader('Content-Type', 'application/json');
    xhr.timeout = 30000;
    xhr.onload = xhr.onerror = xhr.ontimeout = xhr.onabort = finish;
    try { xhr.send(body); } catch (e) { finish(); }
  }

  /* A refusal for good: a 4xx other than 408 and 429. Busy, server errors and no answer are tried again. */
  function refusal(status) {
    return status >= 400 && status < 500 && status !== 408 && status !== 429;
  }

  /* Retry-After in ms (seconds or an HTTP date), 0 when absent or not exposed to the page by CORS. */
  function retryAfter(xhr) {
    var m = /(?:^|\n)retry-after:[ \t]*([^\r\n]*)/i.exec(xhr.getAllResponseHeaders() || '');
    var value = m ? m[1].trim() : '';
    if (!value) { return 0; }
    var ms = /^\d+$/.test(value) ? 1000 * value : Date.parse(value) - Date.now();
    return ms > 0 ? Math.min(ms, 86400000) : 0;
  }

  /* The collector's reason ({"ok":false,"error":"…"}), or ''. */
  function reason(xhr) {
    try { return String(JSON.parse(xhr.responseText).error || ''); } catch (e) { return ''; }
  }

  /* The field a reason names first, as the collector writes it: "'phone' is longer than 40 characters". */
  function refusedField(error) {
    var m = /^'(\w+)'/.exec(error || '');
    return m ? m[1] : null;
  }

  /* ---- Which attempt counts (:quiz-counts:, the same rule as bulletin report) and the claim code that is
     never lost. Kept apart from the rest so the counting rule reads in one place. ---- */

  /* Whether a new attempt scoring `value` counts, given the attempt that counts so far (or none). */
  function attemptCounts(rule, counted, value) {
    if (!counted) { return true; }
    if (rule === 'best') { return value > counted.score; }
    return rule === 'last';
  }

  /* The attempt that counts, from a state saved before the rule existed: the first result there was. */
  function countedOf(state) {
    if (state.counted === undefined) { state.counted = state.result ? state.result : null; }
    return state.counted;
  }

  /* What the claim QR encodes: with a code the collector signed, its staff page for that code (staff open
     it with their phone's camera and check it there), else the quiz id and the code as before. */
  function claimQrText(data, c) {
    if (c.signed && data.submit) {
      return data.submit.replace(/[?#].*$/, '').replace(/[^\/]*$/, '') + 'redeem?code=' + encodeURIComponent(c.signed);
    }
    return data.id + ':' + c.claim;
  }

  /* The code a resident shows: the collector's signed one once it answered, else the page's own. */
  function claimCode(c) {
    return c.signed || c.claim;
  }

  /* The collector's signed claim from its reply ({"ok":true,"claim":"…"}) onto the results it belongs to. */
  function takeSignedClaim(state, item, xhr) {
    var signed = null;
    try { signed = JSON.parse(xhr.responseText).claim || null; } catch (e) { signed = null; }
    if (!signed) { return; }
    [state.result, state.counted].forEach(function (r) {
      if (r && r.claim && r.submittedAt === item.submittedAt) { r.signed = String(signed); }
    });
  }

  function setup(section) {
    var data = JSON.parse(section.querySelector('script.quiz-data').textContent);
    var t = data.t, key = STORE + data.id, client = clientId();
    var form = section.querySelector('.quiz-form'), result = section.querySelector('.quiz-result');
    var progress = section.querySelector('.quiz-progress'), missing = section.querySelector('.quiz-missing');
    var note = section.querySelector('.quiz-window'), submit = form.querySelector('.quiz-submit');
    var fieldsets = [].slice.call(form.querySelectorAll('fieldset.quiz-question'));
    var questions = {}, state = load(key) || {}, sending = false, timer = null, delay = 15000;
    fieldsets = applyDraw(data, client, fieldsets);
    data.questions.forEach(function (q) { questions[q.id] = q; });

    if (state.version !== data.version) {
      state = { version: data.version, attempts: state.attempts || 0, outbox: state.outbox || [],
        counted: state.counted || state.result || null };
    }
    state.answers = state.answers || {};
    state.outbox = state.outbox || [];
    state.refused = state.refused || [];
    state.attempts = state.attempts || 0;

    var random = seeded(client + ':' + data.id);
    if (data.shuffle === 'questions' || data.shuffle === 'both') {
      shuffle(fieldsets, random).forEach(function (f) { form.insertBefore(f, missing); });
      fieldsets = [].slice.call(form.querySelectorAll('fieldset.quiz-question'));
    }
    fieldsets.forEach(function (f, i) {
      f.querySelector('.quiz-number').textContent = String(i + 1);
      if (data.shuffle === 'options' || data.shuffle === 'both') {
        var list = f.querySelector('.quiz-options');
        if (list) { shuffle([].slice.call(list.children), random).forEach(function (li) { list.appendChild(li); }); }
      }
    });

    function inputs(f) { return [].slice.call(f.querySelectorAll('input')); }

    function correctSet(q) {
      var right = [];
      (q.hashes || []).forEach(function (h, i) {
        if (sha256(data.salt + ':' + q.id + ':' + i + ':1').slice(0, 16) === h) { right.push(i); }
      });
      return right;
    }

    function rightAnswer(q, chosen) {
      return q.answers ? blankRight(data.salt, q, chosen) : !!chosen && chosen.join() === correctSet(q).join();
    }

    function readAnswers() {
      var answers = {};
      fieldsets.forEach(function (f) {
        readBlank(f, answers);
        var chosen = inputs(f).filter(function (i) { return i.checked; })
          .map(function (i) { return +i.value; }).sort(function (a, b) { return a - b; });
        if (chosen.length) { answers[f.getAttribute('data-question')] = chosen; }
      });
      return answers;
    }

    function score(answers) {
      var total = 0, got = 0;
      data.questions.forEach(function (q) {
        total += q.points;
        if (rightAnswer(q, answers[q.id])) { got += q.points; }
      });
      return total ? Math.round(10000 * got / total) / 100 : 0;
    }

    function persist() { save(key, state); }

    function showProgress() {
      var answered = Object.keys(state.answers).length;
      progress.textContent = fmt(t.progress, answered, fieldsets.length);
      progress.hidden = !!state.result;
    }

    function restore(answers) {
      fieldsets.forEach(function (f) {
        var chosen = answers[f.getAttribute('data-question')] || [];
        inputs(f).forEach(function (i) { i.checked = chosen.indexOf(+i.value) >= 0; });
        restoreBlank(f, answers);
      });
    }

    function clearMarks() {
      missing.hidden = true;
      missing.textContent = '';
      fieldsets.forEach(function (f) {
        f.classList.remove('quiz-unanswered', 'quiz-is-right', 'quiz-is-wrong');
        f.querySelector('.quiz-mark').hidden = true;
        var ex = f.querySelector('.quiz-explanation');
        ex.hidden = true;
        ex.textContent = '';
        [].slice.call(f.querySelectorAll('.quiz-answer-note, .quiz-choice-note')).forEach(function (n) {
          n.parentNode.removeChild(n);
        });
        [].slice.call(f.querySelectorAll('.quiz-correct-option')).forEach(function (n) {
          n.classList.remove('quiz-correct-option');
        });
        inputs(f).forEach(function (i) { i.disabled = false; });
      });
    }

    function markQuestions(r) {
      fieldsets.forEach(function (f) {
        var q = questions[f.getAttribute('data-question')], right = correctSet(q);
        var chosen = r.answers[q.id] || [], ok = rightAnswer(q, r.answers[q.id]);
        if (q.answers) { markBlank(f, r.answers[q.id], ok, t); }
        var mark = f.querySelector('.quiz-mark');
        f.classList.add(ok ? 'quiz-is-right' : 'quiz-is-wrong');
        mark.textContent = ok ? t.right : t.wrong;
        mark.className = 'quiz-mark ' + (ok ? 'quiz-right' : 'quiz-wrong');
        mark.hidden = false;
        [].slice.call(f.querySelectorAll('li[data-option]')).forEach(function (li) {
          var option = +li.getAttribute('data-option'), label = li.querySelector('label');
          var isRight = right.indexOf(option) >= 0;
          if (isRight) {
            li.classList.add('quiz-correct-option');
            label.appendChild(make('span', 'quiz-answer-note', ' ' + t.correctOption));
          }
          if (chosen.indexOf(option) >= 0) { // in words and icon, not only the greyed control
            label.appendChild(make('span', isRight ? 'quiz-choice-note' : 'quiz-choice-note quiz-choice-wrong',
              ' ' + (isRight ? t.yourChoice : t.wrongChoice)));
          }
        });
        inputs(f).forEach(function (i) { i.disabled = true; });
        var html = decodeURIComponent(escape(window.atob(q.explanation)));
        var ex = f.querySelector('.quiz-explanation');
        if (html.replace(/\s/g, '')) {
          ex.appendChild(make('p', 'quiz-explanation-title', t.explanation));
          var body = make('div');
          body.innerHTML = html; // the editor's own converted AsciiDoc, built into the page
          ex.appendChild(body);
          ex.hidden = false;
        }
      });
    }

    function payload(r, extra) {
      var p = splitAnswers(data, r.answers, { quiz: data.id, quizVersion: data.version, client: client,
        claim: r.claim, answers: null, score: r.score, startedAt: r.startedAt, submittedAt: r.submittedAt });
      data.ask.forEach(function (field) { if (extra && extra[field]) { p[field] = extra[field]; } });
      return p;
    }

    function queue(r, extra) {
      state.outbox.push(payload(r, extra));
      r.queued = true;
      persist();
      send();
    }

    /* After an error: the collector's Retry-After when it gave one, else a delay that grows. */
    function retryLater(wait) {
      if (timer) { window.clearTimeout(timer); }
      timer = window.setTimeout(function () { timer = null; send(); }, wait || delay);
      delay = Math.min(delay * 2, 300000);
    }

    function send() {
      if (sending || !state.outbox.length || !data.submit) { return; }
      if (timer) { window.clearTimeout(timer); timer = null; }
      sending = true;
      render();
      var item = state.outbox[0];
      post(data.submit, JSON.stringify(item), function (status, xhr) {
        sending = false;
        if (status >= 200 && status < 300) {
          state.outbox.shift();
          takeSignedClaim(state, item, xhr);
          state.failed = false;
          delay = 15000;
        } else if (!refusal(status)) {
          state.failed = status ? 'server' : 'network';
          persist();
          render();
          retryLater(retryAfter(xhr));
          return;
        } else { // refused for good: told to the resident, never in the way of later results
          state.outbox.shift();
          state.refused.push({ submittedAt: item.submittedAt, item: item, status: status, error: reason(xhr) });
          state.refused = state.refused.slice(-10);
          state.failed = false;
        }
        persist();
        render();
        send();
      });
    }

    function refusalOf(r) {
      return state.refused.filter(function (x) { return x.submittedAt === r.submittedAt; })[0] || null;
    }

    function sendStatus(r) {
      var box = make('div', 'quiz-send');
      if (!data.submit) { return box; }
      var refused = refusalOf(r), field = refused && refusedField(refused.error);
      if (refused && data.ask.indexOf(field) >= 0) {
        box.appendChild(askForm(r, refused, field));
        return box;
      }
      if (refused) {
        box.appendChild(make('p', 'quiz-refused', t.refused));
        if (refused.error) { box.appendChild(make('p', 'quiz-refused-reason', fmt(t.refusedReason, refused.error))); }
        return box;
      }
      if (r.prize && data.ask.length && !r.queued) {
        box.appendChild(askForm(r, null, null));
        return box;
      }
      if (!state.outbox.length) {
        box.appendChild(make('p', 'quiz-sent', t.sent));
        return box;
      }
      if (sending && !state.failed) {
        box.appendChild(make('p', 'quiz-sending', t.sending));
        return box;
      }
      box.appendChild(make('p', 'quiz-not-sent', state.failed === 'server' ? t.notSentServer : t.notSent));
      var retry = make('button', 'quiz-retry', t.retry);
      retry.type = 'button';
      retry.addEventListener('click', function () { delay = 15000; send(); });
      box.appendChild(retry);
      return box;
    }

    /* The claim form; after a refusal it comes back filled in, the refused field marked, to fix and resend. */
    function askForm(r, refused, wrong) {
      var f = make('form', 'quiz-ask'), error = make('p', 'quiz-ask-error'), invalid = null;
      f.noValidate = true;
      f.appendChild(make('p', null, t.ask));
      error.id = data.id + '--ask-error';
      data.ask.forEach(function (field) {
        var id = data.id + '--ask-' + field, p = make('p'), label = make('label', null, t[field]);
        var input = make('input');
        label.htmlFor = id;
        input.id = id;
        input.name = field;
        input.type = field === 'phone' ? 'tel' : 'text';
        input.autocomplete = field === 'phone' ? 'tel' : 'name';
        input.maxLength = ASK_LIMITS[field];
        if (refused && refused.item[field]) { input.value = refused.item[field]; }
        if (field === wrong) {
          input.setAttribute('aria-invalid', 'true');
          input.setAttribute('aria-describedby', error.id);
          invalid = input;
        }
        p.appendChild(label);
        p.appendChild(input);
        f.appendChild(p);
      });
      error.hidden = !invalid;
      error.textContent = invalid ? t[wrong === 'phone' ? 'refusedPhone' : 'refusedName'] : '';
      error.setAttribute('role', 'alert');
      f.appendChild(error);
      var button = make('button', 'quiz-ask-send', t.sendClaim);
      button.type = 'submit';
      f.appendChild(button);
      f.addEventListener('submit', function (event) {
        event.preventDefault();
        var extra = {}, empty = null;
        data.ask.forEach(function (field) {
          var input = f.elements[field];
          extra[field] = input.value.trim();
          if (!extra[field] && !empty) { empty = input; }
        });
        if (empty) {
          error.textContent = t.askRequired;
          error.hidden = false;
          empty.focus();
          return;
        }
        state.refused = state.refused.filter(function (x) { return x !== refused; });
        queue(r, extra);
      });
      return f;
    }

    function drawQr(canvas, text) {
      if (typeof window.qrcode !== 'function') { return; }
      var qr = window.qrcode(0, 'M');
      qr.addData(text);
      qr.make();
      var n = qr.getModuleCount(), cell = 5, quiet = 4, size = (n + 2 * quiet) * cell;
      canvas.width = size;
      canvas.height = size;
      var ctx = canvas.getContext('2d');
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, size, size);
      ctx.fillStyle = '#000';
      for (var r = 0; r < n; r++) {
        for (var c = 0; c < n; c++) {
          if (qr.isDark(r, c)) { ctx.fillRect((c + quiet) * cell, (r + quiet) * cell, cell, cell); }
        }
      }
    }

    function render() {
      var r = state.result;
      result.textContent = '';
      showProgress();
      if (!r) {
        var kept = countedOf(state);
        if (kept && kept.prize) { result.appendChild(prizeBlock(kept, fmt(t.countedClaim, kept.n || 1, kept.score))); }
        return;
      }
      result.appendChild(make('p', 'quiz-score', fmt(t.score, String(r.score))));
      result.appendChild(make('p', r.passed ? 'quiz-passed' : 'quiz-failed',
        r.passed ? t.passed : fmt(t.failed, data.pass)));
      if (r.counts === false) {
        result.appendChild(make('p', 'quiz-not-counted', data.counts === 'best' ? t.notCountedBest : t.notCountedFirst));
      }
      var counted = countedOf(state);
      if (r.prize) {
        result.appendChild(prizeBlock(r, fmt(t.prize, data.prize)));
      } else if (counted && counted.prize) {
        result.appendChild(prizeBlock(counted, fmt(t.countedClaim, counted.n || 1, counted.score)));
      }
      result.appendChild(sendStatus(r));
      var left = data.attempts ? data.attempts - state.attempts : null;
      if (left !== null && left <= 0) {
        result.appendChild(make('p', 'quiz-no-attempts', t.noAttempts));
      } else if (data.counts === 'last' && counted && counted.prize) {
        result.appendChild(make('p', 'quiz-keeps-claim', t.lastKeepsClaim));
      } else {
        if (left !== null) { result.appendChild(make('p', 'quiz-attempts-left', fmt(t.attemptsLeft, left))); }
        if (isOpen()) { result.appendChild(againButton()); }
      }
    }

    /* The prize message, the claim code and its QR for the attempt that counts (shown whatever later
       attempts score). */
    function prizeBlock(c, message) {
      var prize = make('div', 'quiz-prize'), code = claimCode(c);
      prize.appendChild(make('p', null, message));
      var claim = make('p', 'quiz-claim-line', t.claim + ': ');
      claim.appendChild(make('strong', 'quiz-claim', code));
      prize.appendChild(claim);
      var canvas = make('canvas', 'quiz-qr');
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-label', t.qr + ' ' + code);
      canvas.setAttribute('data-qr', claimQrText(data, c));
      prize.appendChild(canvas);
      drawQr(canvas, claimQrText(data, c));
      if (c.signed) { prize.appendChild(make('p', 'quiz-claim-signed', t.claimSigned)); }
      return prize;
    }

    /* "再答一次" asks first, saying which result counts; only "确定再答" starts a new attempt. */
    function againButton() {
      var box = make('div', 'quiz-again-box'), again = make('button', 'quiz-again', t.tryAgain);
      again.type = 'button';
      again.addEventListener('click', function () {
        var ask = make('div', 'quiz-confirm'), yes = make('button', 'quiz-confirm-yes', t.confirmYes);
        var no = make('button', 'quiz-confirm-no', t.confirmNo);
        ask.setAttribute('role', 'alertdialog');
        ask.id = data.id + '--confirm';
        var text = make('p', 'quiz-confirm-text', data.counts === 'best' ? t.confirmBest
          : data.counts === 'last' ? t.confirmLast : t.confirmFirst);
        text.id = data.id + '--confirm-text';
        ask.setAttribute('aria-describedby', text.id);
        yes.type = no.type = 'button';
        yes.addEventListener('click', tryAgain);
        no.addEventListener('click', function () { box.removeChild(ask); again.hidden = false; again.focus(); });
        ask.appendChild(text);
        ask.appendChild(yes);
        ask.appendChild(no);
        again.hidden = true;
        box.appendChild(ask);
        yes.focus();
      });
      box.appendChild(again);
      return box;
    }

    function showResult() {
      clearMarks();
      restore(state.result.answers);
      markQuestions(state.result);
      submit.hidden = true;
      form.hidden = false;
      render();
    }

    function tryAgain() {
      state.result = null;
      state.answers = {};
      state.startedAt = null;
      persist();
      clearMarks();
      restore({});
      submit.hidden = false;
      render();
      var first = fieldsets.length && fieldsets[0].querySelector('input');
      if (first) { first.focus(); }
    }

    function isOpen() {
      var now = Date.now();
      return !(data.opens && now < Date.parse(data.opens)) && !(data.closes && now >= Date.parse(data.closes));
    }

    form.addEventListener('change', function (event) {
      if (state.result) { return; }
      state.answers = readAnswers();
      if (!state.startedAt) { state.startedAt = new Date().toISOString(); }
      persist();
      var f = event.target.closest('fieldset');
      if (f && state.answers[f.getAttribute('data-question')]) {
        f.classList.remove('quiz-unanswered');
        f.querySelector('.quiz-mark').hidden = true;
      }
      showProgress();
    });

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (state.result || !isOpen()) { return; }
      var answers = readAnswers(), open = [];
      fieldsets.forEach(function (f, i) {
        var unanswered = !answers[f.getAttribute('data-question')];
        f.classList.toggle('quiz-unanswered', unanswered);
        var mark = f.querySelector('.quiz-mark');
        mark.className = 'quiz-mark quiz-missing-mark';
        mark.textContent = t.unanswered;
        mark.hidden = !unanswered;
        if (unanswered) { open.push({ f: f, n: i + 1 }); }
      });
      if (open.length) {
        missing.textContent = t.missing + ' ';
        open.forEach(function (m, i) {
          var a = make('a', null, fmt(t.question, m.n));
          a.href = '#' + m.f.id;
          missing.appendChild(a);
          if (i < open.length - 1) { missing.appendChild(document.createTextNode(', ')); }
        });
        missing.hidden = false;
        open[0].f.querySelector('input').focus();
        return;
      }
      missing.hidden = true;
      var value = score(answers), now = new Date().toISOString();
      var counts = attemptCounts(data.counts, countedOf(state), value);
      var prize = counts && data.prize !== null && value >= data.prize;
      state.result = { score: value, passed: value >= data.pass, prize: prize, counts: counts, n: state.attempts + 1,
        claim: prize ? randomCode(4, '23456789ABCDEFGHJKMNPQRSTUVWXYZ') + '-'
          + randomCode(4, '23456789ABCDEFGHJKMNPQRSTUVWXYZ') : null,
        answers: answers, startedAt: state.startedAt || now, submittedAt: now, queued: false };
      if (counts) { state.counted = state.result; }
      state.attempts += 1;
      persist();
      showResult();
      if (data.submit && !(prize && data.ask.length)) { queue(state.result); }
      result.setAttribute('tabindex', '-1');
      result.focus();
    });

    window.addEventListener('online', function () { delay = 15000; send(); });
    blankKeys(form);

    restore(state.answers);
    if (state.result) {
      showResult();
    } else if (!isOpen()) {
      var before = data.opens && Date.now() < Date.parse(data.opens);
      note.textContent = before ? fmt(t.opens, when(data.opens)) : fmt(t.closed, when(data.closes));
      note.hidden = false;
      form.hidden = true;
    } else {
      render();
    }
    section.setAttribute('data-ready', 'true');
    submit.disabled = false; // rendered disabled: without this script a submit would reload and lose every answer
    send();
  }

  function start() {
    [].slice.call(document.querySelectorAll('div.quiz[data-quiz]')).forEach(setup);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
