import {describe, expect, it} from 'vitest'
import {ConfigLoader} from '../src/config/load.js'
import {lintText} from '../src/engine/lint-text.js'
import {defineRule} from '../src/rule/define-rule.js'
import type {AnyRule, Report} from '../src/rule/types.js'

/** A rule that reports what it is given at the first word. */
function ruleReporting(reports: Report[]): AnyRule {
  return defineRule({
    meta: {
      id: 'house-style',
      category: 'language',
      severity: 'warning',
      fixable: false,
      description: 'Words the house style avoids.',
      messages: {
        avoid: {message: "'{word}' is not house style", help: 'Write {preferred} instead. Source: the house style guide.'}
      }
    },
    check({report}) {
      for (const found of reports) report(found)
    }
  })
}

function lintWithRule(rule: AnyRule, text = 'Utilize the form.') {
  const config = new ConfigLoader([rule], {cwd: process.cwd()}).resolveData({extends: [], rules: {'house-style': 'warn'}})
  return lintText(text, {path: 'a.txt', config, rules: [rule]}).result.messages
}

describe('messages by id', () => {
  it('renders the statement and the help from the rule meta with the report data', () => {
    const [message] = lintWithRule(ruleReporting([{messageId: 'avoid', data: {word: 'Utilize', preferred: "'use'"}, start: 0, end: 7}]))
    expect(message).toMatchObject({
      ruleId: 'house-style',
      messageId: 'avoid',
      message: "'Utilize' is not house style",
      help: "Write 'use' instead. Source: the house style guide.",
      line: 1,
      column: 1,
      endColumn: 8
    })
  })

  it('adds what a hedge or a booster did to a claim after the statement', () => {
    const [softened, raised] = lintWithRule(
      ruleReporting([
        {messageId: 'avoid', data: {word: 'a', preferred: 'b'}, start: 0, end: 1, qualifier: {kind: 'hedge', cue: 'may'}, severity: 'info'},
        {messageId: 'avoid', data: {word: 'c', preferred: 'd'}, start: 2, end: 3, qualifier: {kind: 'booster', cue: 'proven'}}
      ])
    )
    expect(softened.message).toBe("'a' is not house style (softened by 'may', but still a claim)")
    expect(raised.message).toBe("'c' is not house style ('proven' makes it absolute)")
    expect(raised.help).toBe('Write d instead. Source: the house style guide.')
  })

  it('keeps free messages from rules written without ids, with their help if given', () => {
    const messages = lintWithRule(ruleReporting([{message: 'free text', start: 0, end: 1}, {message: 'with advice', help: 'do this', start: 2, end: 3}]))
    expect(messages.map(({message, messageId, help}) => ({message, messageId, help}))).toEqual([
      {message: 'free text', messageId: undefined, help: undefined},
      {message: 'with advice', messageId: undefined, help: 'do this'}
    ])
  })

  it('reports a rule that names an unknown message id or leaves a placeholder without data, and goes on', () => {
    const unknown = lintWithRule(ruleReporting([{messageId: 'missing'}]))
    expect(unknown.map(({message, severity}) => ({message, severity}))).toEqual([
      {message: 'rule house-style failed: rule house-style has no message "missing"', severity: 'error'}
    ])
    const noData = lintWithRule(ruleReporting([{messageId: 'avoid', data: {word: 'x'}}]))
    expect(noData[0].message).toBe('rule house-style failed: message "avoid" of house-style needs data "preferred"')
  })
})
