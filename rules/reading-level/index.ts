import {readingOf} from '../../src/document/readability.js'
import {gradesOf} from '../../src/text/readability.js'
import {defineRule} from '../../src/rule/define-rule.js'

interface Options {
  targetGrade: number
  errorAbove: number
  minWords: number
}

export default defineRule<Options>({
  meta: {
    id: 'reading-level',
    category: 'readability',
    severity: 'warning',
    fixable: false,
    description: 'The document reads above the target grade for patient material (Flesch-Kincaid).',
    messages: {
      'above-target': {
        message: 'Reads at grade {grade} (Flesch-Kincaid; reading ease {ease}), above the grade {target} patients need',
        help: 'Use shorter sentences and everyday words. Source: NIH (grade 8 or lower for patient material); AMA (grade 6 or lower).'
      },
      'above-target-paragraph': {
        message: 'Reads at grade {grade} (Flesch-Kincaid; reading ease {ease}), above the grade {target} patients need',
        help:
          'Use shorter sentences and everyday words, starting with the hardest paragraph (line {line}), which reads at grade {paragraphGrade}. ' +
          'Source: NIH (grade 8 or lower for patient material); AMA (grade 6 or lower).'
      }
    },
    options: {
      targetGrade: {type: 'number', default: 8, min: 1, max: 18, description: 'US school grade to write for (NIH: 8 or lower; AMA: 6 or lower).'},
      errorAbove: {type: 'number', default: 3, min: 0, max: 10, description: 'Grades above the target at which the message is an error.'},
      minWords: {type: 'number', default: 100, min: 1, integer: true, description: 'Skip shorter documents: a grade from a few sentences says little.'}
    }
  },
  check({document, options, report}) {
    const reading = readingOf(document)
    if (reading.totals.word < options.minWords) return
    const grades = reading.grades
    const grade = grades.fleschKincaidGrade
    if (grade <= options.targetGrade) return

    // Point the editor at the paragraph that pulls the grade up most.
    let hardest = reading.paragraphs[0]
    let hardestGrade = -Infinity
    for (const paragraph of reading.paragraphs) {
      const paragraphGrade = gradesOf(paragraph.counts).fleschKincaidGrade
      if (paragraph.words >= 15 && paragraphGrade > hardestGrade) {
        hardest = paragraph
        hardestGrade = paragraphGrade
      }
    }

    const data = {grade: grade.toFixed(1), ease: grades.fleschReadingEase.toFixed(0), target: options.targetGrade}
    report({
      severity: grade > options.targetGrade + options.errorAbove ? 'error' : 'warning',
      ...(hardestGrade > options.targetGrade
        ? {
            messageId: 'above-target-paragraph',
            data: {...data, line: document.toPoint(hardest.block.start).line, paragraphGrade: hardestGrade.toFixed(1)}
          }
        : {messageId: 'above-target', data})
    })
  }
})
