// Keeps the officials' view live: the page as served is complete (and prints); this script replaces its lists with
// each synthesis the API streams (the whole view once, then its patches), and moves the time slider through the API's past syntheses. It builds every node
// with textContent and SVG attributes: no text from the server is ever parsed as HTML.
(function () {
  'use strict';
  var main = document.querySelector('main.synthesis');
  if (!main) {
    return;
  }
  var project = main.getAttribute('data-project');
  var api = '/api/projects/' + encodeURIComponent(project);
  var SVG = 'http://www.w3.org/2000/svg';
  var stream = null;
  var lastRefresh = 0;
  var refreshTimer = null;

  function msg(name) {
    return main.getAttribute('data-msg-' + name) || '';
  }

  function format(template) {
    var args = Array.prototype.slice.call(arguments, 1);
    return template.replace(/\{(\d)\}/g, function (all, i) { return String(args[Number(i)]); });
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function svg(tag, attributes) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attributes).forEach(function (name) { node.setAttribute(name, String(attributes[name])); });
    return node;
  }

  // The same rounding as the server's Bar: whole percents that add up to 100.
  function shares(agree, disagree, pass) {
    var votes = agree + disagree + pass;
    if (votes === 0) {
      return { agree: 0, disagree: 0, pass: 0, votes: 0 };
    }
    var a = Math.round(100 * agree / votes);
    var d = Math.min(100 - a, Math.round(100 * disagree / votes));
    return { agree: a, disagree: d, pass: 100 - a - d, votes: votes };
  }

  function colour(label) {
    if (/^[A-Z]$/.test(label)) {
      return (label.charCodeAt(0) - 65) % 8;
    }
    var hash = 0;
    for (var i = 0; i < label.length; i++) {
      hash = (hash * 31 + label.charCodeAt(i)) | 0;
    }
    return ((hash % 8) + 8) % 8;
  }

  function bar(counts, label) {
    var share = shares(counts.agree, counts.disagree, counts.pass);
    var row = el('div', 'bar-row');
    row.appendChild(el('span', 'bar-label', label));
    var box = svg('svg', { 'class': 'bar', viewBox: '0 0 100 10', preserveAspectRatio: 'none', 'aria-hidden': 'true',
      focusable: 'false' });
    box.appendChild(svg('rect', { 'class': 'agree', x: 0, y: 0, height: 10, width: share.agree }));
    box.appendChild(svg('rect', { 'class': 'disagree', x: share.agree, y: 0, height: 10, width: share.disagree }));
    box.appendChild(svg('rect', { 'class': 'pass', x: share.agree + share.disagree, y: 0, height: 10,
      width: share.pass }));
    row.appendChild(box);
    row.appendChild(el('span', 'bar-figures', format(msg('figures'), share.agree, share.disagree, share.pass,
      share.votes)));
    return row;
  }

  function scored(item) {
    var li = el('li', 'scored');
    li.setAttribute('data-statement', item.statement);
    li.appendChild(el('p', 'statement-text', item.text == null ? msg('hidden') : item.text));
    li.appendChild(bar(item, msg('everyone')));
    (item.groups || []).forEach(function (group) {
      li.appendChild(bar(group, format(msg('group'), group.group)));
    });
    // The bridging score, as the server formats it: two decimals in the page's language.
    li.appendChild(el('p', 'bridging', item.bridging == null ? msg('bridging-unknown')
      : format(msg('bridging'), Number(item.bridging).toLocaleString(document.documentElement.lang || 'en',
        { minimumFractionDigits: 2, maximumFractionDigits: 2 }))));
    return li;
  }

  function fillList(list, items) {
    list.replaceChildren.apply(list, items.map(scored));
    list.parentNode.querySelector('.empty').classList.toggle('hidden', items.length > 0);
  }

  function render(view) {
    document.getElementById('synthesis-counts').textContent = format(msg('counts'), view.participants, view.votes);
    fillList(document.getElementById('consensus-list'), view.consensus || []);
    fillList(document.getElementById('dissent-list'), view.dissent || []);
    document.getElementById('groups-empty').classList.toggle('hidden', (view.groups || []).length > 0);
    var groups = document.getElementById('groups-list');
    groups.replaceChildren.apply(groups, (view.groups || []).map(function (group) {
      var article = el('article', 'group colour-' + colour(group.id));
      var heading = el('h3');
      var swatch = el('span', 'swatch');
      swatch.setAttribute('aria-hidden', 'true');
      heading.appendChild(swatch);
      heading.appendChild(document.createTextNode(' '));
      heading.appendChild(el('span', '', format(msg('group'), group.id)));
      heading.appendChild(document.createTextNode(' '));
      heading.appendChild(el('small', '', format(msg('size'), group.size)));
      article.appendChild(heading);
      article.appendChild(el('p', '', msg('representative')));
      var list = el('ol', 'scored-list');
      (group.representative || []).forEach(function (item) { list.appendChild(scored(item)); });
      article.appendChild(list);
      return article;
    }));
    var computed = document.getElementById('computed-at');
    if (computed && view.computedAt) {
      computed.textContent = view.computedAt.slice(0, 16).replace('T', ' ') + ' UTC';
    }
  }

  function renderMap(map) {
    var box = document.getElementById('opinion-map');
    var points = map.points || [];
    var reach = 1e-9;
    points.forEach(function (p) { reach = Math.max(reach, Math.abs(p.x), Math.abs(p.y)); });
    var scale = 45 / reach;
    var nodes = [svg('rect', { 'class': 'map-frame', x: 0, y: 0, width: 100, height: 100 })];
    points.forEach(function (p) {
      nodes.push(svg('circle', { r: 1.2, cx: (50 + p.x * scale).toFixed(1), cy: (50 - p.y * scale).toFixed(1),
        'class': 'dot colour-' + (p.group ? colour(p.group) : -1) }));
    });
    box.replaceChildren.apply(box, nodes);
  }

  // The slider and the chart share one axis: from the start of the votes' history (an imported conversation's
  // earliest vote, or the project's creation) to now. Live, the slider follows now.
  function followAxis(view) {
    var range = document.getElementById('slider');
    if (!range || !view.from || !view.to) {
      return;
    }
    var from = Math.floor(Date.parse(view.from) / 1000);
    var to = Math.floor(Date.parse(view.to) / 1000);
    range.min = String(Math.min(from, Number(range.min)));
    if (main.getAttribute('data-live') === 'true') {
      range.max = String(to);
      range.value = String(to);
      var text = new Date(to * 1000).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
      document.getElementById('slider-time').textContent = text;
      range.setAttribute('aria-valuetext', text);
    } else {
      range.max = String(Math.max(to, Number(range.max)));
    }
  }

  function renderParticipation(view) {
    followAxis(view);
    var spans = view.spans || [];
    var chart = document.getElementById('participation-chart');
    var max = spans.reduce(function (m, s) { return Math.max(m, s.votes); }, 0);
    var width = spans.length ? 100 / spans.length : 0;
    chart.replaceChildren.apply(chart, spans.map(function (span, i) {
      var height = max === 0 ? 0 : Math.round(400 * span.votes / max) / 10;
      return svg('rect', { 'class': 'column', x: (i * width).toFixed(2), width: (width * 0.8).toFixed(2),
        y: 40 - height, height: height });
    }));
    var body = document.querySelector('#participation-table tbody');
    body.replaceChildren.apply(body, spans.map(function (span) {
      var row = el('tr');
      var when = el('td');
      var time = el('time', '', span.from.slice(0, 16).replace('T', ' ') + ' UTC');
      time.setAttribute('datetime', span.from);
      when.appendChild(time);
      row.appendChild(when);
      [span.votes, span.newParticipants, span.participants].forEach(function (n) { row.appendChild(el('td', '', n)); });
      return row;
    }));
  }

  function getJson(path) {
    return fetch(path, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); });
  }

  // The map and the participation chart follow the synthesis, at most every two seconds.
  function refreshFigures() {
    var wait = 2000 - (Date.now() - lastRefresh);
    if (refreshTimer) {
      return;
    }
    refreshTimer = setTimeout(function () {
      refreshTimer = null;
      lastRefresh = Date.now();
      getJson(api + '/participation-map').then(renderMap, function () {});
      getJson(api + '/participation?spans=24').then(renderParticipation, function () {});
    }, Math.max(0, wait));
  }

  function setLive(live) {
    var badge = document.getElementById('live-state');
    badge.textContent = live ? msg('live') : msg('paused');
    badge.classList.toggle('live', live);
    badge.classList.toggle('past', !live);
    main.setAttribute('data-live', String(live));
  }

  // The stream's patch mode (docs/synthesis.md): a list's new order by statement id, each entry from the patch's put
  // if there, else from the list held.
  function patchList(list, change) {
    if (!change) {
      return list;
    }
    var entries = {};
    list.forEach(function (item) { entries[item.statement] = item; });
    (change.put || []).forEach(function (item) { entries[item.statement] = item; });
    return change.order.map(function (id) { return entries[id]; });
  }

  function patchGroups(groups, change) {
    if (!change) {
      return groups;
    }
    var held = {};
    groups.forEach(function (group) { held[group.id] = group; });
    (change.put || []).forEach(function (group) {
      var representative = held[group.id] ? held[group.id].representative || [] : [];
      held[group.id] = { id: group.id, size: group.size,
        representative: patchList(representative, group.representative) };
    });
    return change.order.map(function (id) { return held[id]; });
  }

  function patched(view, patch) {
    var next = {};
    Object.keys(view).forEach(function (name) { next[name] = view[name]; });
    ['position', 'computedAt', 'stage', 'participants', 'votes'].forEach(function (name) { next[name] = patch[name]; });
    next.groups = patchGroups(view.groups || [], patch.groups);
    ['consensus', 'sharedDisagreement', 'dissent', 'uncertain'].forEach(function (name) {
      next[name] = patchList(view[name] || [], patch[name]);
    });
    next.version = patch.to;
    return next;
  }

  function show(view) {
    render(view);
    refreshFigures();
    main.setAttribute('data-updates', String(Number(main.getAttribute('data-updates') || '0') + 1));
  }

  // The whole view once, then only its changes. A patch for another version than the one held (never sent on one
  // connection, but cheap to guard) reconnects, for a whole view.
  function goLive() {
    if (stream) {
      return;
    }
    var held = null;
    stream = new EventSource(api + '/synthesis/stream?view=patch');
    stream.addEventListener('synthesis', function (event) {
      held = JSON.parse(event.data);
      show(held);
    });
    stream.addEventListener('synthesis-patch', function (event) {
      var patch = JSON.parse(event.data);
      if (!held || patch.from !== held.version) {
        stream.close();
        stream = null;
        goLive();
        return;
      }
      held = patched(held, patch);
      show(held);
    });
  }

  // A past synthesis has no map of its own: the live one would mislead, so it is cleared until back to live.
  function showPast() {
    var box = document.getElementById('opinion-map');
    box.replaceChildren(svg('rect', { 'class': 'map-frame', x: 0, y: 0, width: 100, height: 100 }));
    document.getElementById('map-help').textContent = msg('map-past');
  }

  var slider = document.getElementById('slider');
  var asked = 0;
  var output = document.getElementById('slider-time');
  function sliderInstant() {
    return new Date(Number(slider.value) * 1000).toISOString();
  }
  if (slider) {
    slider.addEventListener('input', function () {
      var text = sliderInstant().slice(0, 16).replace('T', ' ') + ' UTC';
      output.textContent = text;
      slider.setAttribute('aria-valuetext', text);
    });
    slider.addEventListener('change', function () {
      if (Number(slider.value) >= Number(slider.max)) {
        window.location.assign(window.location.pathname);
        return;
      }
      if (stream) {
        stream.close();
        stream = null;
      }
      main.setAttribute('data-live', 'false'); // at once: a chart refreshed meanwhile must not move the slider back
      var question = ++asked;
      getJson(api + '/synthesis?at=' + encodeURIComponent(sliderInstant())).then(function (view) {
        if (question !== asked) {
          return; // the slider moved again: a later answer is on its way
        }
        render(view);
        setLive(false);
        showPast();
        history.replaceState(null, '', window.location.pathname + '?t=' + slider.value);
      }, function () {});
    });
  }

  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details.print-open').forEach(function (d) { d.open = true; });
  });

  if (main.getAttribute('data-live') === 'true') {
    goLive();
  }
}());
