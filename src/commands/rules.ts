import {printable} from '../report/printable.js'
import {ruleList, ruleReadme} from './rule-info.js'
import {exitCodes} from './exit-codes.js'

/** `mindlint rules [id]`: list every rule, or print one rule's documentation. */
export async function runRules(id: string | undefined, format: string): Promise<number> {
  if (id) {
    const readme = await ruleReadme(id)
    if (readme === undefined) {
      process.stderr.write(`mindlint: unknown rule "${printable(id)}"\n`)
      return exitCodes.usage
    }

    process.stdout.write(format === 'json' ? JSON.stringify(ruleList().find((rule) => rule.id === id)) + '\n' : readme)
    return exitCodes.ok
  }

  const list = ruleList()
  if (format === 'json') {
    process.stdout.write(JSON.stringify(list, null, 2) + '\n')
  } else {
    const width = Math.max(...list.map((rule) => rule.id.length))
    for (const rule of list) {
      process.stdout.write(`${rule.id.padEnd(width)}  ${rule.category.padEnd(11)}  ${rule.severity.padEnd(7)}  ${rule.fixable ? 'fix' : '   '}  ${rule.description}\n`)
    }
  }

  return exitCodes.ok
}
