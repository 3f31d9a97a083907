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

/**
 * A content folder of `count` short articles, written for these tests:
 * careful paragraphs and clean pages mixed with claims, unsafe wording,
 * page chrome, a misspelling and hard sentences, in different amounts, so
 * their counts and grades differ.
 */
export function folderOfArticles(count: number): Record<string, string> {
  const careful = [
    'Most visits take about an hour, and a nurse stays with you the whole time.',
    'Some people feel dizzy or sleepy after a session, so plan a ride home and rest that evening.',
    'Your care team will ask about your health and your medicines before the first visit.',
    'You can stop at any time. Tell the nurse if you feel unwell or want a break.',
    'Bring a list of the medicines you take, and eat a light meal a few hours before.'
  ]
  const flagged = [
    'Our infusions offer instant relief for depression.',
    'Ketamine has no side effects and is completely safe.',
    'Studies show that our program works for everyone.',
    'Her brother committed suicide after years without the right care.',
    'My aunt suffers from anxiety and found the visits helpful.',
    'Share this',
    'Most people recieve six sessions over two weeks.',
    'The administration of subanesthetic intravenous ketamine necessitates comprehensive pretreatment psychiatric evaluation, documentation of previous pharmacological treatment failures, and continuous hemodynamic monitoring by credentialed practitioners.'
  ]
  const files: Record<string, string> = {}
  for (let index = 0; index < count; index++) {
    const paragraphs: string[] = []
    const frontMatter = index % 4 === 0 ? `---\ntitle: Visit guide ${index}\ndate: 2024-01-${String((index % 28) + 1).padStart(2, '0')}\n---\n\n` : ''
    const clean = index % 10 === 3
    // A small linear congruential generator: the same folder on every run.
    let seed = index * 2654435761 + 12345
    const next = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return Math.floor((seed / 2147483648) * below)
    }

    for (let part = 0; part < 6 + (index % 5); part++) {
      const useFlagged = !clean && next(10) < 3
      paragraphs.push(useFlagged ? flagged[next(flagged.length)] : careful[next(careful.length)])
    }

    files[`content/${String(index).padStart(3, '0')}-visit.md`] = `${frontMatter}# Visit guide ${index}\n\n${paragraphs.join('\n\n')}\n`
  }

  return files
}
