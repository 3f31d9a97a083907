import {lint} from '../src/index.js'
import type {ConfigData, LintMessage} from '../src/index.js'

/** Lint `text` with only the given rules on (at their default severity unless set). */
export function lintWith(
  text: string,
  rules: Record<string, unknown>,
  options: {path?: string; reportHedged?: boolean} = {}
): LintMessage[] {
  const config: ConfigData = {
    extends: [],
    rules: Object.fromEntries(
      Object.entries(rules).map(([id, setting]) => [id, setting as never])
    ),
    reportHedged: options.reportHedged ?? false
  }
  return lint(text, {path: options.path ?? 'example.txt', config}).messages
}

/** Messages of one rule that an editor must act on (not notes). */
export function actionable(messages: readonly LintMessage[], ruleId?: string): LintMessage[] {
  return messages.filter((message) => message.severity !== 'info' && (!ruleId || message.ruleId === ruleId))
}
