// Skole-hjem in Cockpit: "Holder vi princippet?" for the school leader, where Camunda puts its plugins.
// Everything is built with textContent (never innerHTML), so no school's data can become markup.

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value !== null && value !== undefined) {
      node.setAttribute(name, value);
    }
  });
  children.forEach((child) => {
    if (child !== null && child !== undefined) {
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  });
  return node;
}

function read(api, path) {
  return fetch(api.cockpitApi + '/plugin/skolehjem/' + api.engine + path, {
    credentials: 'same-origin',
    headers: {Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken}
  }).then((answer) => {
    if (!answer.ok) {
      throw new Error(answer.status === 404 ? 'Ikke fundet' : 'Skole-hjem svarede ' + answer.status);
    }
    return answer.json();
  });
}

function status(text, css) {
  return el('span', {class: 'skolehjem-status skolehjem-' + css}, text);
}

function failed(node, error) {
  node.replaceChildren(el('p', {class: 'skolehjem-fejl', role: 'alert'},
    'Overblikket kunne ikke hentes: ' + error.message + '. Prøv at genindlæse siden.'));
}

function schoolTable(school) {
  const head = el('tr', {}, el('th', {scope: 'col'}, 'Klasse'),
    ...school.columns.map((c) => el('th', {scope: 'col'}, c)),
    el('th', {scope: 'col'}, 'Skoleåret i Cockpit'));
  const rows = school.classes.map((k) => el('tr', {},
    el('th', {scope: 'row'}, el('a', {href: k.page, title: 'Klassens løfter i Skole-hjem'}, k.classCode)),
    ...k.cells.map((cell) => el('td', {'data-kolonne': cell.column},
      status(cell.status, cell.css), el('br'), el('small', {}, cell.text + (cell.promised ? ' · princippet' : '')))),
    el('td', {}, k.instance
      ? el('a', {href: '#/process-instance/' + encodeURIComponent(k.instance) + '/runtime'}, 'Åbn instansen')
      : '–')));
  return el('section', {class: 'skolehjem-skole'},
    el('h4', {}, school.school + ', skoleåret ' + school.year),
    el('p', {}, 'Sådan står klasserne pr. ' + school.asOf + ' over for skolens princip og praksis. ',
      school.lateWork > 0
        ? el('a', {href: '/overblik'}, school.lateWork + ' opgave(r) hos personalet er over fristen')
        : 'Ingen opgaver hos personalet er over fristen.'),
    el('div', {class: 'skolehjem-rul'}, el('table', {class: 'cam-table skolehjem-tabel'},
      el('caption', {}, 'Klasser og årets dele (' + school.school + ')'),
      el('thead', {}, head), el('tbody', {}, ...rows))));
}

function dashboard(node, {api}) {
  node.replaceChildren(el('section', {class: 'dashboard-row skolehjem'},
    el('h3', {class: 'section-title'}, 'Holder vi princippet?'),
    el('p', {class: 'skolehjem-vent'}, 'Henter klassernes overblik …')));
  read(api, '/skoler').then((schools) => {
    const section = node.querySelector('.skolehjem');
    section.querySelector('.skolehjem-vent').remove();
    if (schools.length === 0) {
      section.append(el('p', {}, 'Du er ikke ledelse på en skole i Skole-hjem.'));
    }
    schools.forEach((school) => section.append(schoolTable(school)));
    section.append(el('p', {}, el('a', {href: '/overblik'}, 'Se overblikket i Skole-hjem (også på telefonen)')));
  }).catch((error) => failed(node, error));
}

function instanceTab(node, {api, processInstanceId}) {
  node.replaceChildren(el('p', {class: 'skolehjem-vent'}, 'Henter klassens løfter …'));
  read(api, '/instans/' + encodeURIComponent(processInstanceId)).then((view) => {
    if (view.message) {
      node.replaceChildren(el('p', {class: 'skolehjem'}, view.message));
      return;
    }
    node.replaceChildren(el('div', {class: 'skolehjem skolehjem-rul'},
      el('p', {}, view.classCode + ', ' + view.school + '. ',
        el('a', {href: view.page}, 'Klassens side i Skole-hjem')),
      el('table', {class: 'cam-table skolehjem-tabel'},
        el('caption', {}, 'Hvad skolens princip og praksis siger om ' + view.classCode + ', og hvad der skete'),
        el('thead', {}, el('tr', {}, ...['Hvad', 'Frist', 'Sket', 'Status', 'Hvorfor']
          .map((h) => el('th', {scope: 'col'}, h)))),
        el('tbody', {}, ...view.rows.map((r) => el('tr', {},
          el('th', {scope: 'row'}, r.what), el('td', {}, r.due), el('td', {}, r.done),
          el('td', {}, status(r.status, r.css)), el('td', {}, r.why)))))));
  }).catch((error) => failed(node, error));
}

export default [
  {
    id: 'skolehjem-princip',
    pluginPoint: 'cockpit.dashboard',
    priority: 100,
    render: dashboard
  },
  {
    id: 'skolehjem-princip-instans',
    pluginPoint: 'cockpit.processInstance.runtime.tab',
    priority: 100,
    properties: {label: 'Princippet'},
    render: instanceTab
  },
  {
    id: 'skolehjem-overblik',
    pluginPoint: 'cockpit.navigation',
    priority: 100,
    render: (node) => {
      node.replaceChildren(el('a', {href: '/overblik', title: 'Skole-hjems overblik over princippet'},
        'Holder vi princippet?'));
    }
  }
];
