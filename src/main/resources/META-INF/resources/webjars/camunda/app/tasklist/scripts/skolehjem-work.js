// Skole-hjem: a new teacher should see where the work is and how to start on it. Tasklist 7.24 counts only the
// filter that is open, and a team's task stays greyed out until someone presses "Overtag" without saying so. This
// shows each filter's count beside its name and, above a form nobody has taken yet, says in Danish why it is locked
// with a button that takes it; the forms' date pickers speak Danish and start on Monday; there is no comment
// control. Loaded by config.js (customScripts).

const FILTERS = '/camunda/api/engine/engine/default/filter?resourceType=Task&itemCount=true';
const COUNT_EVERY_MS = 20000;

let counts = new Map();
let countedAt = 0;
let counting = false;

function recount() {
  if (counting || Date.now() - countedAt < COUNT_EVERY_MS || !document.querySelector('.task-filters .task-filter')) {
    return;
  }
  counting = true;
  fetch(FILTERS, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(answer => (answer.ok ? answer.json() : []))
    .then(filters => {
      counts = new Map(filters.map(f => [f.name, f.itemCount]));
    })
    .catch(() => {}) // without counts Tasklist works as before
    .finally(() => {
      counting = false;
      countedAt = Date.now();
      work();
    });
}

function filterName(link) {
  const text = [...link.childNodes].find(n => n.nodeType === Node.TEXT_NODE && n.data.trim());
  return text ? text.data.trim() : '';
}

function showCounts() {
  document.querySelectorAll('.task-filters .task-filter h4.name a').forEach(link => {
    // Camunda's own counter shows on the open filter; ours on the others, never both
    const own = link.querySelector('.counter:not(.skolehjem-count)');
    const count = counts.get(filterName(link));
    let ours = link.querySelector('.skolehjem-count');
    const wanted = count === undefined || (own && !own.classList.contains('ng-hide')) ? '' : String(count);
    if (!ours && wanted) {
      ours = document.createElement('span');
      ours.className = 'counter skolehjem-count';
      link.appendChild(ours);
    }
    if (ours && ours.textContent !== wanted) {
      ours.textContent = wanted;
      ours.hidden = !wanted;
    }
  });
}

function claimHint() {
  const claim = document.querySelector('button.claim');
  document.querySelectorAll('.disabled-form').forEach(form => {
    const hint = form.previousElementSibling;
    const has = hint && hint.classList.contains('skolehjem-claim-hint');
    if (claim && !has) {
      const box = document.createElement('div');
      box.className = 'alert alert-info skolehjem-claim-hint';
      box.setAttribute('role', 'note');
      box.append('Opgaven er ikke din endnu. Tryk Overtag for at udfylde den; så kan teamet se, at du er i gang. ');
      const take = document.createElement('button');
      take.type = 'button';
      take.className = 'btn btn-primary btn-sm';
      take.textContent = 'Overtag og udfyld';
      take.addEventListener('click', () => document.querySelector('button.claim')?.click());
      box.append(take);
      form.before(box);
    } else if (!claim && has) {
      hint.remove(); // someone has it now: the form opens, or is another's
    }
  });
  // a form that opened after "Overtag" leaves its hint behind
  document.querySelectorAll('.skolehjem-claim-hint').forEach(hint => {
    const next = hint.nextElementSibling;
    if (!next || !next.classList.contains('disabled-form')) {
      hint.remove();
    }
  });
}

// The forms' date fields (form-js uses flatpickr) speak English and start on Sunday whatever Tasklist's language;
// each picker is given Danish month and day names and a week that starts on Monday, once.
const DANISH_CALENDAR = {
  weekdays: {
    shorthand: ['søn', 'man', 'tir', 'ons', 'tor', 'fre', 'lør'],
    longhand: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag']
  },
  months: {
    shorthand: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    longhand: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober',
      'november', 'december']
  },
  firstDayOfWeek: 1,
  ordinal: () => '.',
  rangeSeparator: ' til ',
  weekAbbreviation: 'uge',
  scrollTitle: 'Rul for at ændre',
  toggleTitle: 'Klik for at skifte',
  time_24hr: true
};

function danishDatePickers() {
  document.querySelectorAll('input').forEach(input => {
    const picker = input._flatpickr;
    if (picker && !input.dataset.skolehjemDansk) {
      input.dataset.skolehjemDansk = 'ja';
      picker.set('locale', DANISH_CALENDAR);
      picker.redraw();
      // the field itself still takes form-js's own format; say so in Danish instead of "mm/dd/yyyy"
      if (/mm\/dd\/yyyy/i.test(input.placeholder || '')) {
        input.placeholder = 'Vælg dato i kalenderen (mm/dd/åååå)';
      }
    }
  });
}

// Comments on a task would be a second, unstructured channel about a child, outside the forms, the minutes and
// their retention (L10); Skole-hjem has none, so Tasklist's "Tilføj kommentar" is not offered.
function noComments() {
  document.querySelectorAll('a, button').forEach(control => {
    if (!control.hidden && /^\s*(Tilføj kommentar|Add Comment)\s*$/i.test(control.textContent)) {
      control.hidden = true;
      control.setAttribute('aria-hidden', 'true');
    }
  });
}

// "Holder vi princippet?", the class's and the school's own page, one click from the work: in the footer, where it
// never moves Tasklist's own controls.
function overviewLink() {
  const footer = document.querySelector('footer');
  if (footer && !footer.querySelector('.skolehjem-overview-link')) {
    const link = document.createElement('a');
    link.className = 'skolehjem-overview-link';
    link.href = '/overblik';
    link.textContent = 'Holder vi princippet?';
    footer.prepend(link);
  }
}

function work() {
  overviewLink();
  recount();
  showCounts();
  claimHint();
  danishDatePickers();
  noComments();
}

new MutationObserver(work).observe(document.documentElement, {childList: true, subtree: true});
work();
