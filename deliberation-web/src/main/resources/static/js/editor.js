// The editor's preview, live: a moment after the writer stops typing, the draft is previewed as the Preview button
// would (the same form post, the same server rendering, readability and marked sentences, in the reader's
// language), and the preview and readability sections are swapped in. Without this script the button does it.
(function () {
  'use strict';
  var form = document.querySelector('form.editor');
  var text = document.getElementById('markdown');
  var area = document.getElementById('preview-area');
  if (!form || !text || !area) {
    return;
  }
  var WAIT_MS = 800;
  var timer = null;
  var sent = 0;

  function body() {
    var fields = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (name !== 'action') {
        fields.append(name, value);
      }
    });
    fields.append('action', 'preview');
    return fields;
  }

  function preview() {
    var mine = ++sent;
    fetch(form.getAttribute('action'), {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Accept': 'text/html' },
      body: body()
    }).then(function (response) {
      return response.text();
    }).then(function (html) {
      if (mine !== sent) {
        return; // a later draft is on its way
      }
      var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('preview-area');
      if (fresh) {
        area.replaceChildren.apply(area, Array.prototype.map.call(fresh.childNodes, function (node) {
          return document.importNode(node, true);
        }));
        area.setAttribute('data-previewed', String(mine));
      }
    }).catch(function () {
      // The Preview button still works; the next keystroke tries again.
    });
  }

  text.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(preview, WAIT_MS);
  });
})();
