// A Danish date picker for every date field on Skole-hjem's own pages: the browser's own picker follows the phone's
// language (an English phone shows Sunday first and mm/dd/yyyy), so each <input type="date"> becomes a text field
// taking dd.mm.åååå, with a "Vælg dato" button opening a month that starts on Monday, in Danish. The form still
// sends the date as the server reads it (åååå-mm-dd) under the field's own name. Without this script the browser's
// own date field is used.
(function () {
  var MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober',
    'november', 'december'];
  var DAYS = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'];
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function iso(d) { return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()); }
  function danish(d) { return pad(d.getDate()) + '.' + pad(d.getMonth() + 1) + '.' + d.getFullYear(); }
  function parseIso(text) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text || '');
    return m ? new Date(+m[1], +m[2] - 1, +m[3]) : null;
  }
  function parseDanish(text) {
    var m = /^\s*(\d{1,2})[.\-\/ ](\d{1,2})[.\-\/ ](\d{4})\s*$/.exec(text || '');
    if (!m) { return null; }
    var d = new Date(+m[3], +m[2] - 1, +m[1]);
    return d.getMonth() === +m[2] - 1 ? d : null;
  }
  function longName(d) {
    return DAYS[(d.getDay() + 6) % 7] + ' den ' + d.getDate() + '. ' + MONTHS[d.getMonth()] + ' ' + d.getFullYear();
  }

  document.querySelectorAll('input[type="date"]').forEach(function (input) {
    var hidden = document.createElement('input');
    hidden.type = 'hidden';
    hidden.name = input.name;
    hidden.value = input.value;
    input.removeAttribute('name');
    input.type = 'text';
    input.setAttribute('inputmode', 'numeric');
    input.setAttribute('autocomplete', 'off');
    input.placeholder = 'dd.mm.åååå';
    var start = parseIso(hidden.value);
    input.value = start ? danish(start) : '';
    input.insertAdjacentElement('afterend', hidden);

    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'date-button';
    button.textContent = 'Vælg dato';
    button.setAttribute('aria-expanded', 'false');
    hidden.insertAdjacentElement('afterend', button);
    var panel = document.createElement('div');
    panel.className = 'date-panel';
    panel.hidden = true;
    button.insertAdjacentElement('afterend', panel);
    var shown = start || new Date();

    function sync() {
      // dd.mm.åååå as typed, or åååå-mm-dd as pasted or filled in by the browser
      var d = parseDanish(input.value) || parseIso((input.value || '').trim());
      hidden.value = d ? iso(d) : input.value;
      input.setCustomValidity(input.value && !d ? 'Skriv datoen som dd.mm.åååå, fx 07.12.2026.' : '');
    }
    input.addEventListener('input', sync);
    input.addEventListener('change', sync);
    if (input.form) { input.form.addEventListener('submit', sync); }

    function render() {
      panel.innerHTML = '';
      var head = document.createElement('div');
      head.className = 'date-head';
      var prev = document.createElement('button');
      prev.type = 'button';
      prev.textContent = '‹';
      prev.setAttribute('aria-label', 'Forrige måned');
      var title = document.createElement('span');
      title.setAttribute('aria-live', 'polite');
      title.textContent = MONTHS[shown.getMonth()] + ' ' + shown.getFullYear();
      var next = document.createElement('button');
      next.type = 'button';
      next.textContent = '›';
      next.setAttribute('aria-label', 'Næste måned');
      prev.addEventListener('click', function () { shown = new Date(shown.getFullYear(), shown.getMonth() - 1, 1); render(); prev.focus(); });
      next.addEventListener('click', function () { shown = new Date(shown.getFullYear(), shown.getMonth() + 1, 1); render(); next.focus(); });
      head.appendChild(prev);
      head.appendChild(title);
      head.appendChild(next);
      panel.appendChild(head);
      var table = document.createElement('table');
      table.className = 'date-grid';
      var row = document.createElement('tr');
      DAYS.forEach(function (day) {
        var th = document.createElement('th');
        th.scope = 'col';
        th.abbr = day;
        th.textContent = day.substring(0, 2);
        row.appendChild(th);
      });
      var thead = document.createElement('thead');
      thead.appendChild(row);
      table.appendChild(thead);
      var body = document.createElement('tbody');
      var first = new Date(shown.getFullYear(), shown.getMonth(), 1);
      var day = new Date(first);
      day.setDate(1 - (first.getDay() + 6) % 7);
      var chosen = parseDanish(input.value);
      for (var week = 0; week < 6; week++) {
        row = document.createElement('tr');
        for (var i = 0; i < 7; i++) {
          var cell = document.createElement('td');
          if (day.getMonth() === shown.getMonth()) {
            var pick = document.createElement('button');
            pick.type = 'button';
            pick.textContent = day.getDate();
            pick.setAttribute('aria-label', longName(day));
            if (chosen && iso(chosen) === iso(day)) { pick.setAttribute('aria-pressed', 'true'); }
            (function (d) {
              pick.addEventListener('click', function () {
                input.value = danish(d);
                sync();
                panel.hidden = true;
                button.setAttribute('aria-expanded', 'false');
                input.focus();
              });
            })(new Date(day));
            cell.appendChild(pick);
          }
          row.appendChild(cell);
          day.setDate(day.getDate() + 1);
        }
        body.appendChild(row);
      }
      table.appendChild(body);
      panel.appendChild(table);
    }
    button.addEventListener('click', function () {
      var open = panel.hidden;
      if (open) { shown = parseDanish(input.value) || shown; render(); }
      panel.hidden = !open;
      button.setAttribute('aria-expanded', String(open));
    });
    panel.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') { panel.hidden = true; button.setAttribute('aria-expanded', 'false'); button.focus(); }
    });
  });
})();
