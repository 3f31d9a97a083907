import {inBreadcrumb} from '../document/chrome.js'
import {publisherReplies} from '../document/comments.js'
import {isFirstPersonTelling, isInReview} from '../document/testimony.js'
import type {Citation, Document, SectionRole, Sentence} from '../document/types.js'
import {citationWords} from '../text/citations.js'
import {isOpenQuestion} from '../text/context.js'
import {alternatives} from '../text/word-lists.js'
import {shownText} from '../document/shown-text.js'

/**
 * Where claims are looked for, and which sentences a source supports.
 * Shared by every claim rule; computed once per document.
 */

/**
 * The role of each section, with sub-sections taking their parent's role (a
 * "### Who should not take it" under "## Important safety information" is
 * still safety information). The heading that opens the document (its first
 * line, or a Markdown "#") is its title: "Side Effects of Ketamine: Safety
 * and Risks" over a whole sales page does not make the page a risks section.
 */
export function claimSectionRoles(document: Document): SectionRole[] {
  return document.shared('claims:section-roles', () => {
    const roles: SectionRole[] = []
    const open: Array<{depth: number; role: SectionRole}> = []
    for (const section of document.sections) {
      const depth = section.heading?.depth ?? 0
      while (open.length > 0 && open.at(-1)!.depth >= depth) open.pop()
      const parent = open.at(-1)?.role
      const heading = section.heading
      // In HTML the page's title and descriptions (outside copy) come before its first heading.
      const isTitle = heading !== undefined && opensDocument(document, heading.index) && (document.format === 'text' || heading.depth === 1)
      let role = isTitle && section.role !== 'comments' ? 'body' : section.role
      if (role === 'body' && (parent === 'references' || parent === 'risks' || parent === 'cautions')) role = parent
      roles.push(role)
      if (section.heading) open.push({depth, role})
    }

    return roles
  })
}

/** Whether only HTML's outside copy comes before block `index`. */
function opensDocument(document: Document, index: number): boolean {
  for (let before = 0; before < index; before++) if (!document.blocks[before].outside) return false
  return true
}

/** The role of the section a sentence is in, for claim purposes. */
export function claimSectionRole(sentence: Sentence, document: Document): SectionRole {
  return claimSectionRoles(document)[sentence.block.section]
}

/**
 * Claims are looked for in the article's body: not under References or
 * Sources headings, not in footnote definitions or the readers' comments
 * (the publisher's own replies there are its copy), and not in
 * a question that asks rather than asserts, nor a customer's review in the first person. Text under Risks or Side effects
 * headings is read only by rules that ask for it (safety claims: "side
 * effects are rare" under "What are the side effects?" is still a claim).
 */
export function isScannedForClaims(sentence: Sentence, document: Document, options: {riskSections?: boolean} = {}): boolean {
  const block = sentence.block
  if (block.footnote) return false
  const role = claimSectionRole(sentence, document)
  if (role === 'comments') return isPublisherReply(sentence, document) && !isOpenQuestion(sentence.tokens)
  if (role !== 'body' && !(role === 'risks' && options.riskSections)) return false
  // "Blog > Depression > 7 Reasons TMS Beats Another Prescription": a breadcrumb repeats the page's
  // title, which its heading states and is judged there.
  if (inBreadcrumb(document, sentence.start, sentence.end)) return false
  // "★★★★★ ... I fall asleep in ten minutes": a customer telling of their own use under a star
  // rating is the customer's testimony, which testimonial-disclosure reads, not the seller's claim.
  if (isInReview(document, block) && isFirstPersonTelling(sentence)) return false
  return !isOpenQuestion(sentence.tokens)
}

/** A sentence of a reply the publisher posted under its own article ("VAGA Support: VAGA is safe for everyone"). */
function isPublisherReply(sentence: Sentence, document: Document): boolean {
  return publisherReplies(document).some((comment) => sentence.start >= comment.start && sentence.end <= comment.end)
}

/** Link texts that sell or book rather than cite. */
const callToAction = new RegExp(`\\b(?:${alternatives(citationWords.callToActionLinks)})\\b`, 'i')

/** Citations that can support a claim: not a "Book your visit" link. */
function supportingCitations(sentence: Sentence, document: Document): Citation[] {
  return sentence.citations.filter((citation) => {
    if (citation.kind !== 'link') return true
    const link = document.links.find((candidate) => candidate.start === citation.start)
    return !link || !callToAction.test(shownText(document, link.textStart, link.textEnd))
  })
}

/**
 * A claim is supported by a citation in its own sentence or in the next one
 * (the next sentence of the same block, or the text after a heading or
 * label). A next sentence that opens by naming its source ("According to
 * the Mayo Clinic, a light box ...") credits its own statement, not the one
 * before it.
 */
export function isSupported(sentence: Sentence, document: Document): boolean {
  if (supportingCitations(sentence, document).length > 0) return true
  const next = document.sentences[sentence.index + 1]
  const follows = next !== undefined && (next.block === sentence.block || sentence.role !== 'body' || opensWithReport(next, document))
  if (follows && supportingCitations(next, document).some((citation) => !attributesAhead(citation, next, document))) return true
  return continuesCitedReport(sentence, document)
}

/** A source named at the very start of its sentence ("According to NIMH, ...", "NIDA estimates that ..."): it vouches for what follows it. */
function attributesAhead(citation: Citation, sentence: Sentence, document: Document): boolean {
  return citation.kind === 'according-to' && document.text.slice(sentence.start, citation.start).trim() === ''
}

/**
 * A paragraph that opens by pointing back at the study just reported ("The
 * results, published in the Journal of Affective Disorders, ..."): news copy
 * states a finding, then names its source in the next paragraph.
 */
const reportOpening = new RegExp(`^\\s*(?:The|These|Those|Its|Their|This) (?:${alternatives(citationWords.reportNouns)})\\b`)

function opensWithReport(sentence: Sentence, document: Document): boolean {
  return reportOpening.test(document.text.slice(sentence.start, sentence.end))
}

/**
 * Words by which a sentence goes on reporting the study the sentence before
 * it cited: "(PMID 123) gave 151 adults magnesium. The magnesium group saw a
 * 42% improvement (p<0.001)." A sentence without one of them makes a claim
 * of its own, whatever its neighbour cites.
 */
const reportCue = /\b(?:p\s?[<=≤]\s?0?\.\d|the (?:same |treatment |placebo |active |control |\w+ )?group|placebo|participants|the (?:study|trial|review|researchers|authors)|(?:they|researchers) also|in (?:that|this|the same) (?:study|trial))\b/i

/** The sentence before, in the same paragraph, cites a study that this sentence goes on reporting. */
function continuesCitedReport(sentence: Sentence, document: Document): boolean {
  const previous = document.sentences[sentence.index - 1]
  if (!previous || previous.block !== sentence.block || supportingCitations(previous, document).length === 0) return false
  return reportCue.test(document.text.slice(sentence.start, sentence.end))
}
