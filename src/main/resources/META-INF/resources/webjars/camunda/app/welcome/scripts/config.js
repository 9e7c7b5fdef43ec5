// Skole-hjem: Danish for everyone (DESIGN.md: user-facing text is Danish), whatever the browser's language.
export default {
  locales: {
    availableLocales: ['da'],
    fallbackLocale: 'da'
  }
};
