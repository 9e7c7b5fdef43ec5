// Shows or hides a field of a family's form as the form's own condition says ("hide when ..."), and keeps a hidden
// field out of the submission. Without this script every field is shown; the server checks the answers either way.
(function () {
  var form = document.querySelector('form.portal-form');
  if (!form) { return; }
  function current(name) {
    var inputs = form.querySelectorAll('[name="' + name + '"]');
    for (var i = 0; i < inputs.length; i++) {
      var el = inputs[i];
      if (el.type === 'checkbox') { return el.checked ? 'true' : 'false'; }
      if (el.type === 'radio') { if (el.checked) { return el.value; } continue; }
      return el.value;
    }
    return '';
  }
  function update() {
    form.querySelectorAll('[data-hide-field]').forEach(function (part) {
      var actual = current(part.getAttribute('data-hide-field'));
      var equal = actual === part.getAttribute('data-hide-value');
      var hide = part.getAttribute('data-hide-op') === '=' ? equal : !equal;
      part.hidden = hide;
      part.querySelectorAll('input, select, textarea').forEach(function (el) { el.disabled = hide; });
    });
  }
  form.addEventListener('change', update);
  update();
})();

// A chosen time is held for the family while it answers the rest: the server says until when, or that another
// family was faster (then the time is taken off the list). Without this script the time is booked when the form
// is sent, if it is still free.
(function () {
  var form = document.querySelector('form.portal-form');
  if (!form || !window.fetch) { return; }
  form.querySelectorAll('fieldset[data-hold]').forEach(function (fieldset) {
    var field = fieldset.getAttribute('data-hold');
    var status = fieldset.querySelector('.hold-status');
    fieldset.addEventListener('change', function (event) {
      var choice = event.target;
      if (choice.name !== field || !choice.checked) { return; }
      var body = new URLSearchParams();
      body.append('felt', field);
      body.append('valg', choice.value);
      var token = form.querySelector('input[name="_csrf"]');
      if (token) { body.append('_csrf', token.value); }
      fetch(form.getAttribute('action') + '/hold', {
        method: 'POST', body: body, credentials: 'same-origin', headers: {'Accept': 'application/json'}
      }).then(function (answer) {
        return answer.json().then(function (json) { return {ok: answer.ok, message: json.message}; });
      }).then(function (result) {
        status.textContent = result.message;
        status.className = 'hold-status ' + (result.ok ? 'saved' : 'error');
        if (!result.ok) {
          choice.checked = false;
          choice.disabled = true;
          var label = form.querySelector('label[for="' + choice.id + '"]');
          if (label) { label.textContent += ' (taget)'; }
        }
      }).catch(function () {
        status.textContent = '';
      });
    });
  });
})();
