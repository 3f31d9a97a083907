import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it, vi} from 'vitest'
import {isSpam} from '../rules/spam-comment/index.js'
import {parseModel} from '../rules/spam-comment/model.js'
import {actionable, lintWith} from './helpers.js'

/** Every file this test process reads, to see when the learned weights are loaded. */
const reads = vi.hoisted(() => [] as string[])
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>()
  return {
    ...actual,
    readFileSync: (...args: Parameters<typeof actual.readFileSync>) => {
      reads.push(String(args[0]))
      return actual.readFileSync(...args)
    }
  }
})

const root = fileURLToPath(new URL('..', import.meta.url))
const article = 'Antidepressants can take four to six weeks to help, and side effects often come first, so many people want to hear from others who have taken them.'
const withComments = (...lines: string[]) => [article, `${lines.length / 2} Comments`, ...lines].join('\n')
const flagged = (text: string, setting: unknown = 'warn') =>
  actionable(lintWith(text, {'spam-comment': setting}), 'spam-comment').map((message) => ({text: text.slice(message.offset, message.endOffset), message: message.message, help: message.help}))

describe('spam-comment with its learned model', () => {
  it('reads model.json only once a file has comments, and only once', () => {
    const modelReads = () => reads.filter((path) => path.endsWith('model.json')).length
    lintWith(`${article}\nReaders often message us on WhatsApp to buy the books we recommend.`, {'spam-comment': 'warn'})
    expect(modelReads()).toBe(0)
    lintWith(withComments('Ana', 'Thank you, this helped.'), {'spam-comment': 'warn'})
    lintWith(withComments('Bo', 'Did the nausea pass for you?'), {'spam-comment': 'warn'})
    expect(modelReads()).toBe(1)
  })

  it('reports self-promotion that gives only a weak signal, naming the words that tipped it; off, the signals alone decide', () => {
    const text = withComments('Zane', 'hey guys I just started a channel about anxiety, check me out and sub!', 'Mia', 'Did anyone else feel worse in week two?')
    const found = flagged(text)
    expect(found.map((item) => item.text)).toEqual(['hey guys I just started a channel about anxiety, check me out and sub!'])
    expect(found[0].help).toMatch(/asks readers to act: check me out; words comment spam uses: .*"channel"/)
    expect(flagged(text, ['warn', {learned: false}])).toEqual([])
  })

  it('leaves a comment whose signals reach the threshold when the model reads it as genuine', () => {
    const text = withComments('Rae', 'THANK YOU SO MUCH', 'Bo', 'Did the nausea pass for you?')
    expect(flagged(text)).toEqual([])
    const [alone] = flagged(text, ['warn', {learned: false}])
    expect(alone.message).toBe('Likely spam comment: short generic reply')
    expect(alone.help).toMatch(/^Remove it from the draft\. Signals: short generic reply; all capitals\./)
  })

  it('never reports a comment that gives no signal, however sure the model is', () => {
    expect(isSpam(0, 0.99, 1)).toBe(false)
    expect(isSpam(0.3, 0.6, 1)).toBe(true)
    expect(isSpam(1.2, 0.1, 1)).toBe(false)
  })

  it('says which file is wrong when the weights are malformed', () => {
    expect(() => parseModel({bias: 0, weights: {'w:buy': 'a lot'}}, 'model.json')).toThrow('model.json: the weight of "w:buy" is not a number')
    expect(() => parseModel({bias: 0, weights: {buy: 1}}, 'model.json')).toThrow('model.json: "buy" is not a feature name')
    expect(() => parseModel([], 'model.json')).toThrow('model.json: expected {"bias": number, "weights": {feature: number}}')
  })
})

describe('scripts/train-spam-model.mjs', () => {
  const script = join(root, 'scripts', 'train-spam-model.mjs')
  const shared = join(root, '..', 'shared', 'corpus', 'spam')

  it('names the missing comments folder and exits 2', () => {
    const run = spawnSync(process.execPath, [script, '--csv', join(tmpdir(), 'no-such-folder'), '--write'], {encoding: 'utf8'})
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('no CSV folder at')
  })

  // The committed weights must be what the script writes from the same data: training is deterministic.
  it.skipIf(!existsSync(shared))('writes the committed model.json again from the same data', {timeout: 300_000}, () => {
    const out = join(mkdtempSync(join(tmpdir(), 'spam-model-')), 'model.json')
    const run = spawnSync(process.execPath, [script, '--csv', shared, '--write', '--out', out], {encoding: 'utf8'})
    expect(run.status, run.stderr).toBe(0)
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(root, 'rules', 'spam-comment', 'model.json'), 'utf8'))
  })
})
