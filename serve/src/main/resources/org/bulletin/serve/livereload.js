/* bulletin serve: reloads the page after each rebuild and shows build problems. Not part of built sites. */
(function () {
  'use strict';
  if (!window.EventSource) { return; }
  var source = new EventSource('/__bulletin/events');
  source.addEventListener('reload', function () { window.location.reload(); });
  source.addEventListener('problems', function (event) {
    var box = document.getElementById('bulletin-problems');
    if (!box) {
      box = document.createElement('pre');
      box.id = 'bulletin-problems';
      box.setAttribute('role', 'alert');
      box.className = 'bulletin-problems';
      document.body.insertBefore(box, document.body.firstChild);
    }
    box.textContent = event.data;
  });
}());
