import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium, type BrowserContext, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {LintResult} from '../src/index.js'
import {runCli, tempProject} from './helpers.js'
import {hostileFiles} from './sample-project.js'

/**
 * The HTML report in a real browser: Debian's Chromium driven by
 * playwright-core. `.ci/run` installs Chromium; without it this suite is
 * skipped and says why.
 */
const executablePath = '/usr/bin/chromium'
const hasChromium = existsSync(executablePath)
const title = hasChromium ? 'HTML report in Chromium' : `HTML report in Chromium (skipped: ${executablePath} is not installed; apt-get install chromium)`

describe.skipIf(!hasChromium)(title, () => {
  let context: BrowserContext
  let page: Page
  let userDataDir: string
  let results: LintResult[]
  let root: string
  const requests: string[] = []
  const consoleErrors: string[] = []

  beforeAll(async () => {
    root = tempProject(hostileFiles)
    const run = runCli(['posts', '--format', 'html', '--output-file', 'report.html'], {cwd: root})
    expect(run.code).toBe(1)
    results = JSON.parse(runCli(['posts', '--format', 'json'], {cwd: root}).stdout) as LintResult[]

    userDataDir = mkdtempSync(join(tmpdir(), 'mindlint-chromium-'))
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
    })
    page = await context.newPage()
    page.on('request', (request) => requests.push(request.url()))
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text())
    })
    page.on('pageerror', (error) => consoleErrors.push(error.message))
    await page.goto(pathToFileURL(join(root, 'report.html')).href)
  }, 60_000)

  afterAll(async () => {
    await context?.close()
    if (userDataDir) rmSync(userDataDir, {recursive: true, force: true})
  })

  it('loads nothing but itself, runs its own script without a CSP violation, and runs no script from the articles', async () => {
    expect(requests).toEqual([pathToFileURL(join(root, 'report.html')).href])
    // A blocked script or style (a wrong hash, or injected markup) would be reported here.
    expect(consoleErrors).toEqual([])
    expect(await page.evaluate(() => (window as unknown as {__pwned?: string}).__pwned)).toBeUndefined()
    expect(await page.locator('script').count()).toBe(1)
    expect(await page.locator('.source img, .source svg, .source script').count()).toBe(0)
    const withHandlers = await page.evaluate(() =>
      [...document.querySelectorAll('*')].filter((element) => [...element.attributes].some((attribute) => attribute.name.startsWith('on'))).length
    )
    expect(withHandlers).toBe(0)
    // The hostile text is shown as text.
    const shown = await page.locator('section.file', {hasText: 'posts/hostile.md'}).innerText()
    expect(shown).toContain("<script>window.__pwned = 'heading'</script>")
    expect(shown).toContain('<img src=x onerror="window.__pwned = \'img\'">')
  })

  it('renders each article losslessly, with every flagged span highlighted beside its message', async () => {
    for (const result of results) {
      const section = page.locator('section.file', {has: page.locator('h2', {hasText: result.path})})
      const lines = await section.locator('.line .text').allTextContents()
      const source = readFileSync(join(root, result.path), 'utf8')
      expect(lines.join('\n')).toBe(source.replace(/\r\n/g, '\n'))

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
    const count = (predicate: (message: LintResult['messages'][number]) => boolean) => messages.filter(predicate).length
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
    expect(await page.locator('section.file[data-problems]:visible').count()).toBe(0)
    expect(await shown()).toBe('0 problems shown')

    await page.check('input[data-filter="severity"][value="warning"]')
    await page.check('input[data-filter="category"][value="readability"]')
    expect(await visibleNotes()).toBe(messages.length)
    expect(await warningOnly.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)')
  })
})
