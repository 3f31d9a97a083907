import {describe, expect, it} from 'vitest'
import {buildDocument} from '../src/index.js'
import {lintWith} from './helpers.js'

const article = `import {Callout} from '../components/callout'
import Chart from './chart.jsx'
export const meta = {title: 'Ketamine: the miracle cure', tags: ['qzxvbnm', 'revolutionary']}

# Ketamine at the Brightwell clinic

Our <Tooltip term="a miracle cure, guaranteed" data-id="qzxvbnmk">ketamine</Tooltip> program helps some adults with depression.

<Callout type="warning" title="Revolutionary breakthrough" icon={<Star size={12} />}>
  Ketamine infusions have no side effects.
</Callout>

<Chart data={[{label: 'cured', value: 100}]} caption={\`Guaranteed results\`} />

Expressions like {props.qzxvbnm} or {3 * 4} are code, not words.
`

describe('MDX', () => {
  it('reads no ESM, no JSX attribute and no expression as prose, but the text inside JSX components', () => {
    const document = buildDocument(article, {path: 'post.mdx'})
    expect(document.format).toBe('mdx')
    expect(document.blocks.map((block) => block.prose.replace(/\s+/g, ' ').trim())).toEqual([
      'Ketamine at the Brightwell clinic',
      'Our ketamine program helps some adults with depression.',
      'Ketamine infusions have no side effects.',
      'Expressions like or are code, not words.'
    ])
    const messages = lintWith(article, {'hype-claim': 'warn', 'efficacy-claim': 'warn', 'safety-claim': 'warn', spelling: 'warn'}, {path: 'post.mdx'})
    expect(messages.map((message) => `${message.ruleId} ${article.slice(message.offset, message.endOffset)}`)).toEqual([
      'spelling Brightwell',
      'safety-claim no side effects'
    ])
  })

  it('honours the inline controls written as MDX comments', () => {
    const text = [
      '# Ketamine',
      '',
      '{/* mindlint-disable-next-line hype-claim */}',
      'Ketamine is a revolutionary treatment.',
      '',
      '{/* mindlint-disable safety-claim */}',
      '',
      'Ketamine is 100% safe.',
      '',
      '{/* mindlint-enable safety-claim */}',
      '',
      'Ketamine is a breakthrough. It is completely safe. {/* mindlint-disable-line hype-claim */}',
      '',
      '{/*mindlint-disable*/}',
      '',
      'A miracle cure, completely safe.',
      ''
    ].join('\n')
    const messages = lintWith(text, {'hype-claim': 'warn', 'safety-claim': 'warn'}, {path: 'post.mdx'})
    expect(messages.map((message) => `${message.line} ${message.ruleId} ${text.slice(message.offset, message.endOffset)}`)).toEqual([
      '12 safety-claim It is completely safe'
    ])
  })

  it('reads a file the MDX parser rejects as Markdown, with a note saying where', () => {
    const text = '# Ketamine\n\n<!-- an HTML comment MDX rejects -->\n\nKetamine is a revolutionary treatment.\n'
    const messages = lintWith(text, {'hype-claim': 'warn'}, {path: 'post.mdx'})
    expect(messages.map((message) => message.ruleId ?? message.message.replace(/\(.*\)/, '(...)'))).toEqual([
      'not valid MDX at line 3, column 2 (...): read as Markdown',
      'hype-claim'
    ])
  })
})
