// The live count of a petition: without this script the page shows the count as it was when it was loaded (and after
// each sign or withdraw, which reloads it); with it, the count follows the petition's stream of signatures.
(function () {
  'use strict';
  var main = document.querySelector('main[data-petition]');
  var count = document.getElementById('signature-count');
  if (!main || !count || typeof EventSource === 'undefined') {
    return;
  }
  var template = count.getAttribute('data-template') || '{0}';
  var source = new EventSource('/api/petitions/' + encodeURIComponent(main.getAttribute('data-petition')) + '/stream');
  source.addEventListener('signatures', function (event) {
    var data = JSON.parse(event.data);
    var text = template.replace('{0}', String(data.signatures));
    if (count.textContent !== text) {
      count.textContent = text;
    }
  });
})();
