/** A small project whose draft gives messages from both built-in rules, one of them an error. */
export const sampleDraft = [
  '# Ketamine care at our clinic',
  '',
  'Share this',
  '',
  'Ketamine infusion therapy represents an innovative pharmacological intervention for individuals experiencing treatment-resistant depressive disorders.',
  '',
  'Most visits take about an hour, and a nurse stays with you the whole time.',
  '',
  'We use cookies to improve this site.',
  ''
].join('\n')

// Pinned to the two rules the tests count, so new rules do not change them.
export const sampleConfig = JSON.stringify({
  extends: [],
  rules: {'page-chrome': 'warn', 'hard-sentence': ['error', {targetAge: 16, minWords: 5, threshold: 4 / 7}]}
})

export const sampleFiles = {
  'posts/draft.md': sampleDraft,
  'posts/clean.txt': 'Most visits take about an hour. A nurse stays with you.\n',
  '.mindlintrc.json': sampleConfig
}
