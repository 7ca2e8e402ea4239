// The dashboard's live alerts: listens to /console/alerts/stream (server-sent events) and puts each
// alert raised since the page was drawn at the top of the table, built as text (never as markup).
// EventSource reconnects by itself and sends the last event's id back (Last-Event-ID), so the server
// resends what a dropped connection missed; an alert already shown is not added twice.
(function () {
  'use strict';
  var table = document.getElementById('live-alerts');
  if (!table || !window.EventSource) {
    return;
  }
  var body = table.querySelector('tbody');
  var none = document.getElementById('alerts-none');
  var status = document.getElementById('live-status');
  var logPage = table.getAttribute('data-log');
  var alertsPage = table.getAttribute('data-page');
  var url = table.getAttribute('data-stream') + '?since=' + encodeURIComponent(table.getAttribute('data-since'));

  function cell(tr, text) {
    var td = document.createElement('td');
    td.textContent = text;
    tr.appendChild(td);
    return td;
  }

  function add(a) {
    if (document.getElementById('alert-' + a.id)) {
      return;
    }
    var tr = document.createElement('tr');
    tr.id = 'alert-' + a.id;
    tr.className = 'denied fresh sev-' + a.severity;
    cell(tr, a.raised);
    cell(tr, a.severityLabel);
    var kind = cell(tr, '');
    var link = document.createElement('a');
    link.href = alertsPage + '#alert-' + a.id;
    link.textContent = a.kindLabel;
    kind.appendChild(link);
    var subject = cell(tr, '');
    var code = document.createElement('code');
    code.textContent = a.subject;
    subject.appendChild(code);
    cell(tr, a.detail);
    var evidence = cell(tr, '');
    a.evidence.forEach(function (i) {
      var e = document.createElement('a');
      e.href = logPage + '?before=' + (i + 1);
      e.className = 'evidence';
      e.textContent = '#' + i;
      evidence.appendChild(e);
      evidence.appendChild(document.createTextNode(' '));
    });
    if (a.evidenceMore > 0) {
      evidence.appendChild(document.createTextNode('+' + a.evidenceMore));
    }
    cell(tr, a.policyLabel + (a.taken ? ' (' + a.taken + ')' : ''));
    body.insertBefore(tr, body.firstChild);
    table.hidden = false;
    if (none) {
      none.hidden = true;
    }
  }

  var source = new EventSource(url);
  source.addEventListener('alert', function (e) {
    add(JSON.parse(e.data));
  });
  source.addEventListener('open', function () {
    status.textContent = status.getAttribute('data-live');
  });
  source.addEventListener('error', function () {
    status.textContent = status.getAttribute('data-reconnecting');
  });
})();
