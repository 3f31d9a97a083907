import {existsSync, mkdtempSync, readFileSync, rmSync, statSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium, type BrowserContext, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {LintResult} from '../src/index.js'
import {categories} from '../src/index.js'
import {runCli, tempProject} from './helpers.js'
import {folderOfArticles, hostileFiles} from './sample-project.js'

/**
 * The HTML report in a real browser: Debian's Chromium driven by
 * playwright-core. `.ci/run` installs Chromium; without it this suite is
 * skipped and says why.
 */
const executablePath = '/usr/bin/chromium'
const hasChromium = existsSync(executablePath)
const skipped = hasChromium ? '' : ` (skipped: ${executablePath} is not installed; apt-get install chromium)`

type Message = LintResult['messages'][number]

async function launch(): Promise<{context: BrowserContext; userDataDir: string}> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'mindlint-chromium-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    viewport: {width: 1300, height: 900},
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  })
  return {context, userDataDir}
}

/** The report's page, with the requests it made and the errors it logged. */
async function openReport(context: BrowserContext, file: string): Promise<{page: Page; requests: string[]; errors: string[]}> {
  const requests: string[] = []
  const errors: string[] = []
  const page = await context.newPage()
  page.on('request', (request) => requests.push(request.url()))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(pathToFileURL(file).href)
  return {page, requests, errors}
}

function fileSection(page: Page, path: string) {
  return page.locator('details.file', {has: page.locator('summary h2', {hasText: path})})
}

/** Every line of a source in the page (rows and gaps, in order), as text. */
async function renderedText(page: Page, path: string): Promise<string> {
  const parts = await fileSection(page, path).locator('.source > .line > .text, .source > .gap > .text').allTextContents()
  return parts.join('\n')
}

describe.skipIf(!hasChromium)(`HTML report in Chromium: hostile text${skipped}`, () => {
  let context: BrowserContext
  let userDataDir: string
  let page: Page
  let requests: string[]
  let errors: string[]
  let results: LintResult[]
  let root: string

  beforeAll(async () => {
    root = tempProject(hostileFiles)
    const run = runCli(['posts', '--format', 'html', '--output-file', 'report.html'], {cwd: root})
    expect(run.code).toBe(1)
    results = JSON.parse(runCli(['posts', '--format', 'json'], {cwd: root}).stdout) as LintResult[]
    ;({context, userDataDir} = await launch())
    ;({page, requests, errors} = await openReport(context, join(root, 'report.html')))
  }, 60_000)

  afterAll(async () => {
    await context?.close()
    if (userDataDir) rmSync(userDataDir, {recursive: true, force: true})
  })

  it('loads nothing but itself, runs its own script without a CSP violation, and runs no script from the articles', async () => {
    await page.click('button[data-open="all"]')
    expect(requests).toEqual([pathToFileURL(join(root, 'report.html')).href])
    // A blocked script or style (a wrong hash, or injected markup) would be reported here.
    expect(errors).toEqual([])
    expect(await page.evaluate(() => (window as unknown as {__pwned?: string}).__pwned)).toBeUndefined()
    expect(await page.locator('script').count()).toBe(1)
    expect(await page.locator('.source img, .source svg, .source script').count()).toBe(0)
    const withHandlers = await page.evaluate(() =>
      [...document.querySelectorAll('*')].filter((element) => [...element.attributes].some((attribute) => attribute.name.startsWith('on'))).length
    )
    expect(withHandlers).toBe(0)
    // The hostile text is shown as text.
    const shown = await fileSection(page, 'posts/hostile.md').innerText()
    expect(shown).toContain("<script>window.__pwned = 'heading'</script>")
    expect(shown).toContain('<img src=x onerror="window.__pwned = \'img\'">')
  })

  it('renders each article losslessly, with every flagged span highlighted beside its message', async () => {
    await page.check('input[name="view"][value="whole"]')
    for (const result of results.filter((entry) => entry.messages.length > 0)) {
      const section = fileSection(page, result.path)
      const source = readFileSync(join(root, result.path), 'utf8')
      expect(await renderedText(page, result.path)).toBe(source.replace(/\r\n/g, '\n'))

      for (const [index, message] of result.messages.entries()) {
        const note = section.locator('li.note').nth(index)
        await expect(note.innerText()).resolves.toContain(message.message)
        const id = await note.getAttribute('data-m')
        const marks = section.locator(`mark[data-m~="${id}"]`)
        const marked = (await marks.allTextContents()).join('')
        expect(marked).toBe(source.slice(message.offset, message.endOffset).replace(/\r\n/g, '\n').replace(/\r/g, ''))
        // The note sits on the row where its span starts, beside the text.
        const row = section.locator('.line', {has: page.locator(`li[data-m="${id}"]`)})
        await expect(row.locator('.ln').innerText()).resolves.toBe(String(message.line))
        const first = marks.first()
        const box = await first.boundingBox()
        expect(box?.width).toBeGreaterThan(0)
        const background = await first.evaluate((element) => getComputedStyle(element).backgroundColor)
        expect(background).not.toBe('rgba(0, 0, 0, 0)')
      }
    }
  })

  it('filters by severity and category', async () => {
    const messages = results.flatMap((result) => result.messages)
    const count = (predicate: (message: Message) => boolean) => messages.filter(predicate).length
    const visibleNotes = () => page.locator('li.note:visible').count()
    const shown = () => page.locator('#shown').innerText()
    expect(await visibleNotes()).toBe(messages.length)

    await page.uncheck('input[data-filter="severity"][value="warning"]')
    expect(await visibleNotes()).toBe(count((message) => message.severity !== 'warning'))
    expect(await page.locator('li.note[data-severity="warning"]:visible').count()).toBe(0)
    // A span flagged only by warnings is no longer highlighted.
    const warningOnly = page.locator('mark[data-m]').filter({hasText: 'Share this'}).first()
    expect(await warningOnly.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgba(0, 0, 0, 0)')
    expect(await shown()).toBe(`${count((message) => message.severity !== 'warning')} problems shown`)

    await page.uncheck('input[data-filter="category"][value="readability"]')
    expect(await visibleNotes()).toBe(count((message) => message.severity !== 'warning' && message.category !== 'readability'))
    expect(await page.locator('details.file[data-problems]:visible').count()).toBe(0)
    // The index follows: files with nothing left to show leave it too.
    expect(await page.locator('#index tr[data-file]:visible').count()).toBe(0)
    expect(await shown()).toBe('0 problems shown')

    await page.check('input[data-filter="severity"][value="warning"]')
    await page.check('input[data-filter="category"][value="readability"]')
    expect(await visibleNotes()).toBe(messages.length)
    expect(await warningOnly.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)')
  })
})

describe.skipIf(!hasChromium)(`HTML report in Chromium: a folder of 200 articles${skipped}`, () => {
  let context: BrowserContext
  let userDataDir: string
  let page: Page
  let errors: string[]
  let results: LintResult[]
  let root: string
  let reportFile: string
  let loadSeconds: number

  beforeAll(async () => {
    root = tempProject(folderOfArticles(200))
    const run = runCli(['content', '--format', 'html', '--output-file', 'report.html'], {cwd: root})
    expect(run.code).toBe(1)
    reportFile = join(root, 'report.html')
    results = JSON.parse(runCli(['content', '--format', 'json'], {cwd: root}).stdout) as LintResult[]
    ;({context, userDataDir} = await launch())
    const started = performance.now()
    ;({page, errors} = await openReport(context, reportFile))
    loadSeconds = (performance.now() - started) / 1000
    console.log(`200-article report: ${(statSync(reportFile).size / 1024).toFixed(0)} KB, opened in ${loadSeconds.toFixed(2)} s`)
  }, 120_000)

  afterAll(async () => {
    await context?.close()
    if (userDataDir) rmSync(userDataDir, {recursive: true, force: true})
  })

  it('is one self-contained page of a few kilobytes an article, that opens quickly', async () => {
    expect(errors).toEqual([])
    expect(results).toHaveLength(200)
    expect(statSync(reportFile).size / results.length).toBeLessThan(6 * 1024)
    expect(loadSeconds).toBeLessThan(10)
  })

  it('indexes every file with its counts and reading grade, sortable by each column', async () => {
    const rows = page.locator('#index tbody tr')
    expect(await rows.count()).toBe(200)
    for (const result of results.slice(0, 20)) {
      const row = page.locator(`#index tbody tr[data-path="${result.path}"]`)
      const cells = await row.locator('td').allInnerTexts()
      expect(cells).toEqual([result.path, result.stats.fleschKincaidGrade!.toFixed(1), String(result.errorCount), String(result.warningCount), String(result.infoCount)])
    }

    const column = (key: string) => rows.evaluateAll((elements, name) => elements.map((element) => element.getAttribute(`data-${name}`) ?? ''), key)
    const numbers = async (key: string) => (await column(key)).map(Number)
    await page.click('#index th button[data-sort="errors"]')
    const errorsDown = await numbers('errors')
    expect(errorsDown).toEqual([...errorsDown].sort((a, b) => b - a))
    expect(errorsDown[0]).toBeGreaterThan(errorsDown.at(-1)!)
    expect(await page.locator('#index th[aria-sort="descending"] button').innerText()).toContain('Errors')
    await page.click('#index th button[data-sort="errors"]')
    const errorsUp = await numbers('errors')
    expect(errorsUp).toEqual([...errorsUp].sort((a, b) => a - b))
    await page.click('#index th button[data-sort="grade"]')
    const grades = await numbers('grade')
    expect(grades).toEqual([...grades].sort((a, b) => b - a))
    await page.click('#index th button[data-sort="path"]')
    const paths = await column('path')
    expect(paths).toEqual([...paths].sort())
    await page.click('#index th button[data-sort="path"]')
    expect(await column('path')).toEqual([...paths].sort().reverse())
  })

  it('keeps every file collapsed until it is opened from the index', async () => {
    expect(await page.locator('details.file[open]').count()).toBe(0)
    expect(await page.locator('.source .line:visible').count()).toBe(0)
    // Clean files are listed, not repeated below.
    const clean = results.filter((result) => result.messages.length === 0)
    expect(clean.length).toBeGreaterThan(0)
    expect(await page.locator('details.file').count()).toBe(200 - clean.length)

    const target = results.find((result) => result.messages.length > 3)!
    await page.click(`#index a:text-is("${target.path}")`)
    const section = fileSection(page, target.path)
    // The link opens its file on hashchange, which fires after the click returns.
    await expect.poll(() => section.getAttribute('open'), {timeout: 5000}).toBe('')
    expect(await section.locator('.source .line').first().isVisible()).toBe(true)
    expect(await page.locator('details.file[open]').count()).toBe(1)
  })

  it('shows the flagged lines with a line of context, and the whole file on request', async () => {
    for (const result of results.filter((entry) => entry.messages.length > 0).slice(0, 12)) {
      const section = fileSection(page, result.path)
      await section.evaluate((element) => ((element as HTMLDetailsElement).open = true))
      const source = readFileSync(join(root, result.path), 'utf8')
      const lines = source.split('\n')
      const expected = flaggedWithContext(lines, result.messages)
      const shown = (await section.locator('.source > .line:visible > .ln').allInnerTexts()).map(Number)
      expect(shown, result.path).toEqual(expected)
      // The lines between are summed up, not shown.
      expect(await section.locator('.gap .text:visible').count()).toBe(0)
      if (expected.length < lines.length) expect(await section.locator('.gap .more:visible').count()).toBeGreaterThan(0)
    }

    await page.check('input[name="view"][value="whole"]')
    for (const result of results.filter((entry) => entry.messages.length > 0).slice(0, 12)) {
      const source = readFileSync(join(root, result.path), 'utf8')
      expect(await renderedText(page, result.path)).toBe(source)
      expect(await fileSection(page, result.path).locator('.gap .more:visible').count()).toBe(0)
    }

    await page.check('input[name="view"][value="flagged"]')
  })

  it('puts the fix or the suggestion beside each message that has one', async () => {
    const withAdvice = results.flatMap((result) => result.messages.map((message) => ({result, message}))).filter(({message}) => message.fix || message.suggestions?.length)
    expect(withAdvice.some(({message}) => message.fix)).toBe(true)
    expect(withAdvice.some(({message}) => !message.fix && message.suggestions?.length)).toBe(true)
    for (const {result, message} of withAdvice.slice(0, 30)) {
      const section = fileSection(page, result.path)
      await section.evaluate((element) => ((element as HTMLDetailsElement).open = true))
      const note = section.locator('li.note', {hasText: message.message}).first()
      const advice = await note.locator('.advice').innerText()
      const expected = message.fix ? message.fix.text : message.suggestions![0]
      expect(advice).toContain(expected)
      expect(advice).toMatch(message.fix ? /^Fix/ : /^Suggestions?:/)
      expect(await note.isVisible()).toBe(true)
    }
  })

  it('gives the categories colours that stay apart, for common colour blindness too', async () => {
    const colours = await page.evaluate((names) => names.map((name) => getComputedStyle(document.querySelector(`rect.cat-${name}`) ?? document.body).fill), categories)
    expect(colours.every((colour) => /^rgb\(/.test(colour))).toBe(true)
    const rgb = colours.map((colour) => colour.match(/\d+/g)!.map(Number))
    for (const [vision, minimum] of [['normal', 25], ['protanopia', 15], ['deuteranopia', 15], ['tritanopia', 15]] as const) {
      expect(smallestDifference(rgb, vision), vision).toBeGreaterThanOrEqual(minimum)
    }
  })
})

/** 1-based numbers of the lines a message touches, plus the nearest non-blank line on each side and the blanks between. */
function flaggedWithContext(lines: readonly string[], messages: readonly Message[]): number[] {
  const starts: number[] = []
  let offset = 0
  for (const line of lines) {
    starts.push(offset)
    offset += line.length + 1
  }

  const lineOf = (at: number) => {
    let index = 0
    while (index + 1 < starts.length && starts[index + 1] <= at) index++
    return index
  }

  const shown = new Set<number>()
  for (const message of messages) {
    if (message.offset === undefined || message.endOffset === undefined) continue
    const first = lineOf(message.offset)
    const last = lineOf(Math.max(message.offset, message.endOffset - 1))
    for (let index = first; index <= last; index++) {
      shown.add(index)
      for (let above = index - 1; above >= 0; above--) {
        shown.add(above)
        if (lines[above].trim() !== '') break
      }

      for (let below = index + 1; below < lines.length; below++) {
        shown.add(below)
        if (lines[below].trim() !== '') break
      }
    }
  }

  return [...shown].sort((a, b) => a - b).map((index) => index + 1)
}

/** The smallest CIE76 colour difference between any two colours, as seen with the given vision (Machado et al. 2009, full severity). */
function smallestDifference(colours: ReadonlyArray<readonly number[]>, vision: 'normal' | 'protanopia' | 'deuteranopia' | 'tritanopia'): number {
  const matrices = {
    normal: [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
    protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
    deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
    tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]]
  }
  const linear = (channel: number) => {
    const value = channel / 255
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
  }

  const lab = (rgb: readonly number[]) => {
    const [r, g, b] = matrices[vision].map((row) => Math.min(1, Math.max(0, row[0] * linear(rgb[0]) + row[1] * linear(rgb[1]) + row[2] * linear(rgb[2]))))
    const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116)
    const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047)
    const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b)
    const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883)
    return [116 * y - 16, 500 * (x - y), 200 * (y - z)]
  }

  const points = colours.map(lab)
  let smallest = Infinity
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) smallest = Math.min(smallest, Math.hypot(points[i][0] - points[j][0], points[i][1] - points[j][1], points[i][2] - points[j][2]))
  }

  return smallest
}
