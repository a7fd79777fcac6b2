// The live count of a petition: without this script the page shows the count as it was when it was loaded (and after
// each sign or withdraw, which reloads it); with it, the count follows the petition's stream of signatures.
(function () {
  'use strict';
  var main = document.querySelector('main[data-petition]');
  var count = document.getElementById('signature-count');
  if (!main || !count || typeof EventSource === 'undefined') {
    return;
  }
  var one = count.getAttribute('data-one');
  var many = count.getAttribute('data-many') || '{0}';
  var lang = document.documentElement.lang || undefined;
  var source = new EventSource('/api/petitions/' + encodeURIComponent(main.getAttribute('data-petition')) + '/stream');
  source.addEventListener('signatures', function (event) {
    var data = JSON.parse(event.data);
    var text = data.signatures === 1 && one ? one
      : many.replace('{0}', Number(data.signatures).toLocaleString(lang));
    if (count.textContent !== text) {
      count.textContent = text;
    }
  });
})();
