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

/** A draft whose text tries to run script in a report that shows it. */
export const hostileDraft = [
  "# Ketamine care <script>window.__pwned = 'heading'</script>",
  '',
  'Share this',
  '',
  '<img src=x onerror="window.__pwned = \'img\'">',
  '',
  "Ketamine infusion therapy represents an innovative <script>window.__pwned = 'span'</script> pharmacological intervention for individuals experiencing treatment-resistant depressive disorders.",
  '',
  'We use cookies to improve this site. <svg onload="window.__pwned = \'svg\'"></svg>',
  ''
].join('\n')

export const hostileFiles = {
  ...sampleFiles,
  'posts/hostile.md': hostileDraft,
  'posts/hostile.txt': hostileDraft.replace(/\n/g, '\r\n')
}
