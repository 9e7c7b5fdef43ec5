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
