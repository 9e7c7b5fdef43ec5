// Skole-hjem: guardians fill in their forms in Tasklist, mostly on a phone, and the product promises WCAG 2.1 AA.
// Camunda's page leaves icon-only buttons and links without a name, gives the search field ARIA attributes its role
// does not allow, declares itself English, and form-js shows an English "Select"; this puts that right in Danish
// every time Tasklist renders. Loaded by config.js (customScripts).

const NAMES = [
  ['button.dropdown-toggle[ng-disabled*="searches"]', 'Gemte søgninger'],
  ['a.instance-link', 'Åbn processen i Cockpit']
];

// innerText, not textContent: on a phone Tasklist hides the words beside its icons
function nameless(element) {
  return !element.getAttribute('aria-label') && !element.getAttribute('title') && !element.innerText.trim();
}

function name(element, label) {
  if (label && !label.includes('{{') && nameless(element)) {
    element.setAttribute('aria-label', label);
    if (element.tagName === 'A' && !element.hasAttribute('href')) {
      element.setAttribute('role', 'button'); // a link without an address is a button; only that may carry a name
    }
  }
}

function tooltip(element) {
  const own = element.getAttribute('uib-tooltip');
  const inner = element.querySelector('[uib-tooltip]');
  return own || (inner && inner.getAttribute('uib-tooltip'));
}

function fix() {
  if (document.documentElement.lang !== 'da') {
    document.documentElement.lang = 'da';
  }
  document.querySelectorAll('a, button').forEach(e => name(e, tooltip(e)));
  NAMES.forEach(([selector, label]) => document.querySelectorAll(selector).forEach(e => name(e, label)));
  document.querySelectorAll('input[uib-typeahead]').forEach(input => {
    if (input.getAttribute('role') !== 'combobox') {
      input.setAttribute('role', 'combobox');
    }
    if (!input.getAttribute('aria-label')) {
      input.setAttribute('aria-label', 'Søg i opgaverne');
    }
  });
  // change the text node itself: form-js keeps it and sets a chosen value on the same node
  document.querySelectorAll('.fjs-select-placeholder').forEach(display => display.childNodes.forEach(node => {
    if (node.nodeType === Node.TEXT_NODE && node.data === 'Select') {
      node.data = 'Vælg';
    }
  }));
}

new MutationObserver(fix).observe(document.documentElement, {childList: true, subtree: true, characterData: true});
fix();
