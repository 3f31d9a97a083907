/**
 * JUnit XML, for CI systems that show test reports: a testsuite per file,
 * a testcase per message, a <failure> for each error (warnings and notes
 * pass, with the message in <system-out>; the statement is the failure's
 * message, the help follows it in the body), an <error> for a file that could
 * not be linted, and a passing testcase for a clean file.
 */
import type {LintMessage, LintResult} from '../engine/messages.js'
import {workspacePath} from './paths.js'
import type {Formatter} from './types.js'

export const junit: Formatter = (results, context) => {
  const suites: string[] = []
  let tests = 0
  let failures = 0
  let errors = 0

  for (const result of results) {
    const path = workspacePath(context.cwd, result.path)
    const cases = testCases(result, path)
    const suiteFailures = result.fatal ? 0 : result.messages.filter((message) => message.severity === 'error').length
    const suiteErrors = result.fatal ? 1 : 0
    tests += cases.length
    failures += suiteFailures
    errors += suiteErrors
    suites.push(
      `  <testsuite name="${escapeXml(path)}" tests="${cases.length}" failures="${suiteFailures}" errors="${suiteErrors}" skipped="0" time="0">\n${cases.join('\n')}\n  </testsuite>`
    )
  }

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="mindlint" tests="${tests}" failures="${failures}" errors="${errors}" time="0">`,
    ...suites,
    '</testsuites>',
    ''
  ].join('\n')
}

function testCases(result: LintResult, path: string): string[] {
  const classname = escapeXml(path)
  if (result.fatal) {
    const problem = escapeXml(result.messages[0]?.message ?? 'could not be linted')
    return [`    <testcase name="read ${classname}" classname="${classname}" time="0">\n      <error message="${problem}" type="io">${problem}</error>\n    </testcase>`]
  }

  if (result.messages.length === 0) return [`    <testcase name="mindlint" classname="${classname}" time="0" />`]

  return result.messages.map((message) => {
    const name = escapeXml(`${message.ruleId ?? 'mindlint'}${message.line === undefined ? '' : ` at ${message.line}:${message.column}`}`)
    const details = escapeXml(detailsOf(path, message))
    const open = `    <testcase name="${name}" classname="${classname}" time="0">`
    if (message.severity === 'error') {
      return `${open}\n      <failure message="${escapeXml(message.message)}" type="${escapeXml(message.ruleId ?? 'mindlint')}">${details}</failure>\n    </testcase>`
    }

    return `${open}\n      <system-out>${details}</system-out>\n    </testcase>`
  })
}

function detailsOf(path: string, message: LintMessage): string {
  const place = message.line === undefined ? path : `${path}:${message.line}:${message.column}`
  const severity = message.severity === 'info' ? 'note' : message.severity
  const lines = [`${place}: ${severity}: ${message.message}${message.ruleId ? ` (${message.ruleId})` : ''}`]
  if (message.help) lines.push(message.help)
  if (message.url) lines.push(message.url)
  return lines.join('\n')
}

/**
 * Escape text for XML content and attribute values, and drop the characters
 * XML 1.0 forbids (control characters, lone surrogates) that a scraped
 * article can contain.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
}
