import {alternatives, loadWordLists} from '../text/word-lists.js'
import type {Block, Document} from './types.js'

/**
 * Pages that report on a treatment without selling it: a journal abstract
 * (Background, Methods, Results, Conclusions) and a page recruiting
 * volunteers for a trial. Benefit words there are findings or aims, not
 * promotion.
 */
export type Genre = 'abstract' | 'trial-recruitment' | 'other'

const genreWords = loadWordLists('genre', ['abstractParts', 'recruitingNow', 'seekingVolunteers', 'eligibility', 'joinStudy', 'studyStaff', 'compensation'] as const)

/** A part of a structured abstract opening a line, with its colon or full stop: "Methods:", "Results". */
const abstractParts = new RegExp(`^(?:${alternatives(genreWords.abstractParts)})\\b\\s*[:.]?`, 'i')

/** The kinds of cue a call for trial volunteers gives ("now recruiting", "you may be eligible", "compensated for your time"). */
const recruiting = [genreWords.recruitingNow, genreWords.seekingVolunteers, genreWords.eligibility, genreWords.joinStudy, genreWords.studyStaff, genreWords.compensation].map(
  (cues) => new RegExp(`\\b(?:${alternatives(cues)})\\b`, 'i')
)

/** Any recruiting cue: a block that holds none (most) is read once, not once per cue. */
const anyRecruiting = new RegExp(recruiting.map((pattern) => `(?:${pattern.source})`).join('|'), 'i')

/** What kind of page the document is (computed once per document). */
export function genreOf(document: Document): Genre {
  return document.shared('genre', () => {
    const blocks = document.blocks.filter((block) => !block.quoted && !block.footnote)
    if (abstractSections(blocks) >= 3) return 'abstract'
    // How many of the cues some block holds.
    const found = recruiting.map(() => false)
    for (const block of blocks) {
      if (!anyRecruiting.test(block.prose)) continue
      for (const [index, pattern] of recruiting.entries()) if (!found[index] && pattern.test(block.prose)) found[index] = true
    }

    const cues = found.filter(Boolean).length
    if (cues >= 2) return 'trial-recruitment'
    return 'other'
  })
}

/** How many distinct abstract parts open a heading or a paragraph ("Methods:", "Results"). */
function abstractSections(blocks: readonly Block[]): number {
  const parts = new Set<string>()
  for (const block of blocks) {
    const opening = block.prose.trimStart()
    const found = abstractParts.exec(opening)
    if (!found) continue
    // A heading, or a label ending in a colon: "Results: Of 120 adults ..."
    if (block.kind === 'heading' || /[:.]$/.test(found[0].trim()) || block.startsWithEmphasis) parts.add(found[0].replace(/[:.\s]/g, '').toLowerCase())
  }

  return parts.size
}
