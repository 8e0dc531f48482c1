/* bulletin serve: reloads the page after each rebuild and shows build problems. Not part of built sites. */
(function () {
  'use strict';
  if (!window.EventSource) { return; }

  function element(tag, className, text) {
    var e = document.createElement(tag);
    e.className = className;
    if (text) { e.appendChild(document.createTextNode(text)); }
    return e;
  }

  /*
   * the same box the server puts into pages served while the build fails (ProblemsBox), in the build's
   * language: the event is the language, the title and the hint on a line each, then the problems
   */
  function show(data) {
    var lines = data.split('\n');
    var lang = lines[0];
    var title = lines[1] || '';
    var hint = lines[2] || '';
    var problems = lines.slice(3).join('\n');
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
      box.appendChild(element('p', 'bulletin-problems-title'));
      box.appendChild(element('p', 'bulletin-problems-hint'));
      box.appendChild(element('pre', 'bulletin-problems-list'));
      document.body.insertBefore(box, document.body.firstChild);
    }
    box.setAttribute('lang', lang);
    box.getElementsByTagName('p')[0].textContent = title;
    box.getElementsByTagName('p')[1].textContent = hint;
    var list = box.getElementsByTagName('pre')[0];
    list.textContent = problems;
    if (box.scrollIntoView) { box.scrollIntoView(); }
  }

  var source = new EventSource('/__bulletin/events');
  source.addEventListener('reload', function () { window.location.reload(); });
  source.addEventListener('problems', function (event) { show(event.data); });
}());
