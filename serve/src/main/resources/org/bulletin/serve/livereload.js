/* bulletin serve: reloads the page after each rebuild and shows build problems. Not part of built sites. */
(function () {
  'use strict';
  if (!window.EventSource) { return; }
  var zh = (document.documentElement.getAttribute('lang') || '').toLowerCase().indexOf('zh') === 0;
  var texts = zh
    ? ['构建失败：页面仍是上一次成功构建的内容', '修正下面的问题并保存，页面会自动刷新。']
    : ['The build failed: this page is from the last good build', 'Fix the problems below and save: the page reloads by itself.'];

  function element(tag, className, text) {
    var e = document.createElement(tag);
    e.className = className;
    if (text) { e.appendChild(document.createTextNode(text)); }
    return e;
  }

  /* the same box the server puts into pages served while the build fails (ProblemsBox) */
  function show(problems) {
    var box = document.getElementById('bulletin-problems');
    if (!box) {
      if (!document.querySelector('link[href="/__bulletin/problems.css"]')) {
        var css = document.createElement('link');
        css.rel = 'stylesheet';
        css.href = '/__bulletin/problems.css';
        document.head.appendChild(css);
      }
      box = element('div', 'bulletin-problems');
      box.id = 'bulletin-problems';
      box.setAttribute('role', 'alert');
      box.setAttribute('lang', zh ? 'zh-CN' : 'en');
      box.appendChild(element('p', 'bulletin-problems-title', texts[0]));
      box.appendChild(element('p', 'bulletin-problems-hint', texts[1]));
      box.appendChild(element('pre', 'bulletin-problems-list'));
      document.body.insertBefore(box, document.body.firstChild);
    }
    var list = box.getElementsByTagName('pre')[0];
    list.textContent = problems;
    if (box.scrollIntoView) { box.scrollIntoView(); }
  }

  var source = new EventSource('/__bulletin/events');
  source.addEventListener('reload', function () { window.location.reload(); });
  source.addEventListener('problems', function (event) { show(event.data); });
}());
