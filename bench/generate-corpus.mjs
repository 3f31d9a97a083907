// Writes a deterministic corpus of generated clinic blog articles (Markdown)
// for the benchmark: node generate-corpus.mjs <folder> <count>
// The text is assembled from our own sentence templates; the same seed
// always gives the same files.
import {mkdirSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'

const [folder = 'corpus', countArgument = '1000'] = process.argv.slice(2)
const count = Number(countArgument)

/** mulberry32: small, fast, deterministic. */
function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const treatments = ['ketamine infusion therapy', 'TMS', 'esketamine nasal spray', 'IV NAD+ therapy', 'psilocybin-assisted therapy', 'our detox program']
const conditions = ['depression', 'anxiety', 'PTSD', 'OCD', 'chronic pain', 'bipolar depression']
const cities = ['Denver', 'Austin', 'Portland', 'Tampa', 'Columbus', 'Raleigh']
const headings = [
  'What Is {t}?', 'How Does {t} Work?', 'Who Is a Good Candidate?', 'What to Expect at Your First Visit',
  'Benefits of {t}', 'Is {t} Covered by Insurance?', 'Frequently Asked Questions', 'Why Choose Our {c} Clinic'
]
const sentences = [
  '{T} is a treatment option for adults living with {d}.',
  'Many of our patients come to us after trying two or more antidepressants.',
  '{T} is a revolutionary breakthrough for {d}.',
  'Most patients feel instant relief within hours of their first session.',
  'Studies show that {t} works when nothing else has.',
  'There are minimal side effects, and the treatment is non-addictive.',
  'Our team monitors your blood pressure and heart rate during every visit.',
  'Some people notice changes after a few sessions, while others need more time.',
  'A typical course is six sessions over two to three weeks.',
  'Each session lasts about forty minutes, and you can rest afterwards in a quiet room.',
  'Talk to your prescriber before changing any medicine you take.',
  'Research suggests that {t} may help some people with {d} [1].',
  'Nine out of ten patients report a dramatic improvement in mood.',
  '{T} resets the brain and restores chemical balance.',
  'Insurance plans differ, so our front desk can check your benefits before you book.',
  'You will need someone to drive you home after the appointment.',
  'Side effects can include nausea, dizziness and a short feeling of detachment.',
  'We are proud to serve families in {c} and the surrounding towns.',
  'Unlike traditional medications, {t} is faster and safer than antidepressants.',
  'If you are thinking about suicide, call or text 988 to reach the Suicide and Crisis Lifeline.',
  'One patient told us, "I got my life back after three sessions."',
  'The clinic is open six days a week, with evening appointments on Thursdays.',
  'Please arrive fifteen minutes early to complete your paperwork.',
  'Our medical director has treated patients with {d} for more than fifteen years.'
]

function fill(template, pick) {
  const t = pick(treatments)
  return template
    .replaceAll('{T}', t.charAt(0).toUpperCase() + t.slice(1))
    .replaceAll('{t}', t)
    .replaceAll('{d}', pick(conditions))
    .replaceAll('{c}', pick(cities))
}

function article(index) {
  const next = random(index * 7919 + 17)
  const pick = (list) => list[Math.floor(next() * list.length)]
  const lines = [`# ${fill(pick(headings), pick)}`, '']
  let size = 0
  while (size < 4200) {
    const heading = `## ${fill(pick(headings), pick)}`
    lines.push(heading, '')
    size += heading.length
    const paragraphs = 1 + Math.floor(next() * 3)
    for (let paragraph = 0; paragraph < paragraphs; paragraph++) {
      const parts = []
      const length = 3 + Math.floor(next() * 4)
      for (let index_ = 0; index_ < length; index_++) parts.push(fill(pick(sentences), pick))
      const text = parts.join(' ')
      lines.push(next() < 0.2 ? parts.map((part) => `- ${part}`).join('\n') : text, '')
      size += text.length
    }
  }

  lines.push('## References', '', '1. Example A, Example B. A trial of treatment options. Journal of Examples. 2021.', '')
  return lines.join('\n')
}

rmSync(folder, {recursive: true, force: true})
mkdirSync(folder, {recursive: true})
let bytes = 0
for (let index = 0; index < count; index++) {
  const text = article(index)
  bytes += Buffer.byteLength(text)
  writeFileSync(join(folder, `article-${String(index).padStart(5, '0')}.md`), text)
}

console.log(`${count} articles, ${(bytes / 1024 / 1024).toFixed(2)} MB in ${folder}`)
