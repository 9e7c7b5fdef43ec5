// Skole-hjem: Danish for everyone (DESIGN.md: user-facing text is Danish), whatever the browser's language.
export default {
  app: {
    name: 'Opgaver',
    vendor: 'Skole-hjem'
  },
  locales: {
    availableLocales: ['da'],
    fallbackLocale: 'da'
  },
  // names Camunda's icon-only controls in Danish, for screen readers on guardians' phones (WCAG 2.1 AA); counts every
  // filter and says why a team's task is locked until "Overtag"
  customScripts: ['scripts/skolehjem-a11y', 'scripts/skolehjem-work'],
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'overtager den valgte opgave'},
    focusFilter: {key: 'ctrl+shift+f', description: 'flytter fokus til det første filter'},
    focusList: {key: 'ctrl+alt+l', description: 'flytter fokus til den første opgave i listen'},
    focusForm: {key: 'ctrl+alt+f', description: 'flytter fokus til det første felt i opgavens skema'},
    startProcess: {key: 'ctrl+alt+p', description: 'åbner dialogen til at starte en proces'}
  }
};
