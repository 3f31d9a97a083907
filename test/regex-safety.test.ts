import {readdirSync, readFileSync, statSync} from 'node:fs'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {checkSync} from 'recheck'
import ts from 'typescript'
import {parse as parseYaml} from 'yaml'
import {describe, expect, it} from 'vitest'

/**
 * Every regular expression in src/ and rules/ (literals, and `new RegExp`
 * with a literal pattern) and every pattern in the rules' data files is
 * checked for catastrophic backtracking with recheck, then run against
 * adversarial strings within a generous bound.
 */
const root = fileURLToPath(new URL('..', import.meta.url))

interface FoundPattern {
  where: string
  source: string
  flags: string
}

function filesUnder(folder: string, extension: RegExp): string[] {
  const found: string[] = []
  for (const name of readdirSync(folder)) {
    const path = join(folder, name)
    if (statSync(path).isDirectory()) found.push(...filesUnder(path, extension))
    else if (extension.test(name)) found.push(path)
  }

  return found
}

function patternsInTypeScript(file: string): FoundPattern[] {
  const text = readFileSync(file, 'utf8')
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const patterns: FoundPattern[] = []
  const where = (node: ts.Node) => `${relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText()
      const slash = literal.lastIndexOf('/')
      patterns.push({where: where(node), source: literal.slice(1, slash), flags: literal.slice(slash + 1)})
    } else if (ts.isNewExpression(node) && node.expression.getText() === 'RegExp' && node.arguments?.[0]) {
      const argument = node.arguments[0]
      const flags = node.arguments[1] && ts.isStringLiteral(node.arguments[1]) ? node.arguments[1].text : ''
      if (ts.isStringLiteral(argument) || ts.isNoSubstitutionTemplateLiteral(argument)) {
        patterns.push({where: where(node), source: argument.text, flags})
      } else if (ts.isTemplateExpression(argument)) {
        // Interpolations are constants in this code base: check the shape with a stand-in number.
        const shape = argument.head.text + argument.templateSpans.map((span) => '100' + span.literal.text).join('')
        patterns.push({where: where(node), source: shape, flags})
      }
    }

    ts.forEachChild(node, visit)
  }

  visit(source)
  return patterns
}

function patternsInData(file: string): FoundPattern[] {
  const patterns: FoundPattern[] = []
  const walk = (value: unknown, key: string): void => {
    if (Array.isArray(value)) for (const item of value) walk(item, key)
    else if (value && typeof value === 'object') for (const [name, item] of Object.entries(value)) walk(item, name)
    else if (typeof value === 'string' && /^(?:pattern|regex|regexp)$/i.test(key)) {
      patterns.push({where: relative(root, file), source: value, flags: 'u'})
    }
  }

  walk(parseYaml(readFileSync(file, 'utf8')), '')
  return patterns
}

const patterns = [
  ...[join(root, 'src'), join(root, 'rules')].flatMap((folder) => filesUnder(folder, /\.ts$/)).flatMap(patternsInTypeScript),
  ...filesUnder(join(root, 'rules'), /\.ya?ml$/).flatMap(patternsInData)
]

const adversarial = [
  ' '.repeat(50_000),
  'a'.repeat(50_000),
  'a '.repeat(25_000) + '!',
  '>'.repeat(20_000),
  '-'.repeat(20_000) + 'x',
  '1'.repeat(30_000) + '%',
  '1,'.repeat(20_000),
  '['.repeat(20_000),
  '('.repeat(10_000) + 'Smith, ' + '2'.repeat(10_000),
  'https://' + 'a.'.repeat(20_000),
  'according to ' + 'the '.repeat(10_000),
  'Aa '.repeat(20_000) + '?',
  '\n'.repeat(20_000),
  '<!-- mindlint-disable ' + 'x'.repeat(30_000)
]

describe('regular expressions', () => {
  it('finds the patterns it checks', () => {
    expect(patterns.length).toBeGreaterThan(20)
  })

  for (const pattern of patterns) {
    it(`${pattern.where} /${pattern.source.slice(0, 60)}/ cannot backtrack catastrophically`, {timeout: 60_000}, () => {
      const verdict = checkSync(pattern.source, pattern.flags.replace(/[gy]/g, ''), {timeout: 2000})
      const expression = new RegExp(pattern.source, pattern.flags.replace(/y/g, ''))
      if (verdict.status === 'vulnerable') {
        // recheck's fuzzer is random and bounded by time, and it reads a bounded repeat
        // ("[^>]{0,300}") as a polynomial: the attack it found decides. A real catastrophic
        // or polynomial pattern takes seconds on it; a bounded one milliseconds.
        const started = performance.now()
        expression.lastIndex = 0
        if (expression.global) while (expression.exec(verdict.attack.string)) {}
        else expression.test(verdict.attack.string)
        expect(performance.now() - started, `${verdict.complexity.summary}; attack: ${verdict.attack.pattern.slice(0, 120)}`).toBeLessThan(1000)
      }

      for (const text of adversarial) {
        const started = performance.now()
        expression.lastIndex = 0
        if (expression.global) while (expression.exec(text)) {}
        else expression.test(text)
        // A loose bound: linear patterns take milliseconds on these strings.
        expect(performance.now() - started).toBeLessThan(2000)
      }
    })
  }
})
