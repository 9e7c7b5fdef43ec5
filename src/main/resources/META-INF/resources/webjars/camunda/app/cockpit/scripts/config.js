// Skole-hjem: Danish first (the schools' language), English for browsers that ask for it.
export default {
  locales: {
    availableLocales: ['da', 'en'],
    fallbackLocale: 'da'
  }
};
