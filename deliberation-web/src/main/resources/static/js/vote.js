// One-tap voting, one card at a time. Without this script every card shows with its own form, and a vote is a plain
// form post; with it, a vote goes straight to the API and the next card comes up without a reload.
(function () {
  'use strict';
  var main = document.querySelector('main[data-project]');
  var deck = document.querySelector('.deck');
  if (!main || !deck) {
    return;
  }
  var project = main.getAttribute('data-project');
  var token = document.querySelector('meta[name="csrf-token"]');
  var status = document.getElementById('deck-status');
  var done = document.querySelector('.deck-done');

  function cards() {
    return Array.prototype.slice.call(deck.querySelectorAll('li.vote-card:not(.voted)'));
  }

  function format(template, value) {
    return template.replace('{0}', String(value));
  }

  function showCurrent(moveFocus) {
    var remaining = cards();
    deck.querySelectorAll('li.current').forEach(function (li) { li.classList.remove('current'); });
    if (remaining.length === 0) {
      done.classList.remove('hidden');
      if (moveFocus) {
        done.setAttribute('tabindex', '-1');
        done.focus();
      }
      return;
    }
    remaining[0].classList.add('current');
    if (moveFocus) {
      remaining[0].querySelector('.statement-text').focus();
    }
  }

  function problem(response) {
    return response.json().then(function (body) { return body.detail || response.statusText; },
      function () { return response.statusText; });
  }

  deck.classList.add('one-at-a-time');
  showCurrent(false);

  deck.addEventListener('submit', function (event) {
    var form = event.target;
    var button = event.submitter;
    if (!form.classList.contains('vote-form') || !button) {
      return;
    }
    event.preventDefault();
    var card = form.closest('li');
    var buttons = form.querySelectorAll('button');
    buttons.forEach(function (b) { b.disabled = true; });
    fetch('/api/projects/' + encodeURIComponent(project) + '/statements/'
        + encodeURIComponent(form.getAttribute('data-statement')) + '/vote', {
      method: 'PUT',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json',
        'X-CSRF-Token': token ? token.getAttribute('content') : '' },
      body: JSON.stringify({ vote: button.value })
    }).then(function (response) {
      if (response.status === 401) {
        window.location.assign('/login?next=' + encodeURIComponent(window.location.pathname + '#vote'));
        return;
      }
      if (!response.ok) {
        return problem(response).then(function (detail) {
          status.textContent = detail;
          buttons.forEach(function (b) { b.disabled = false; });
          button.focus();
        });
      }
      card.classList.add('voted');
      var left = cards().length;
      status.textContent = main.getAttribute('data-msg-recorded') + ' '
        + format(main.getAttribute('data-msg-left'), left);
      showCurrent(true);
    }, function () {
      status.textContent = main.getAttribute('data-msg-failed');
      buttons.forEach(function (b) { b.disabled = false; });
      button.focus();
    });
  });
}());
