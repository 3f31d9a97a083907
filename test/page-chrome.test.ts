import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {buildDocument} from '../src/document/build.js'
import {findChrome, inChrome} from '../src/document/chrome.js'
import {readingOf} from '../src/document/readability.js'
import {checkChromeWords} from '../src/text/chrome-words.js'
import {actionable, lintWith} from './helpers.js'

/**
 * page-chrome on scraped pages: what each message covers (the chrome, not
 * the article text beside it), what stays quiet, and what the document
 * model does with chrome (readability and spelling leave it out).
 */

function chrome(text: string, path = 'page.txt', options?: Record<string, unknown>): string[] {
  const setting = options ? ['warn', options] : 'warn'
  return actionable(lintWith(text, {'page-chrome': setting}, {path}), 'page-chrome').map((message) =>
    text.slice(message.offset, message.endOffset)
  )
}

const opening = 'Ketamine clinics have opened in many cities over the last five years, and more people are asking about them.'
const closing = 'Most clinics ask for a referral from a doctor who knows your history before the first infusion is booked.'

describe('what a message covers', () => {
  it('flags the site name before a title, not the title', () => {
    const text = `Harbor Health Blog What Happens at a Ketamine Visit\n\nWhat Happens at a Ketamine Visit\n\n${opening}\n`
    expect(chrome(text)).toEqual(['Harbor Health Blog'])
  })

  it('flags a share button glued to a caption together with the caption', () => {
    const text = `An older man sitting on a bench holding a phoneShare on Pinterest\n${opening}\n`
    expect(chrome(text)).toEqual(['An older man sitting on a bench holding a phoneShare on Pinterest'])
  })

  it('flags only the file label glued to the start of a paragraph', () => {
    const text = `Clinic pic 2How infusions work. ${opening}\n`
    expect(chrome(text)).toEqual(['Clinic pic 2'])
  })

  it('flags raw HTML from its first tag, leaving the sentence before it', () => {
    const text = `${opening} <div class="toc"><h3>Contents</h3></div>\n`
    expect(chrome(text)).toEqual(['<div class="toc"><h3>Contents</h3></div>'])
  })

  it('flags a breadcrumb laid out one item a line as one message', () => {
    const text = `Title of the Post\n\n  1. Home\n  2. /\n  3. Blog\n  4. /\n  5. Title of the Post\n\n${opening}\n`
    expect(chrome(text)).toEqual(['Home\n  2. /\n  3. Blog\n  4. /\n  5. Title of the Post'])
  })

  it('flags a link to another story with the summary under it', () => {
    const text = `${opening}\nSeveral airlines cancel hundreds of summer flights as pilot shortage deepens\nThe carriers blamed staffing gaps at regional hubs for the cuts announced on Monday.\n${closing}\n`
    expect(chrome(text)).toEqual([
      'Several airlines cancel hundreds of summer flights as pilot shortage deepens\nThe carriers blamed staffing gaps at regional hubs for the cuts announced on Monday.'
    ])
  })

  it('says what the line is and what to do, with no fix', () => {
    const messages = actionable(lintWith(`Call us: (512) 555-0147\n${opening}\n`, {'page-chrome': 'warn'}), 'page-chrome')
    expect(messages).toHaveLength(1)
    expect(messages[0].message).toBe("'Call us: (512) 555-0147' is page furniture: a phone number from the page's header or footer")
    expect(messages[0].help).toMatch(/^It was scraped with the article: remove it from the draft\./)
    expect(messages[0].suggestions).toBeUndefined()
    expect(messages[0].url).toMatch(/rules\/page-chrome/)
  })
})

describe('menus', () => {
  it('flags a menu flattened with runs of spaces or middle dots', () => {
    expect(chrome(`Programs   Detox   Residential   Alumni   Blog\n${opening}\n`)).toEqual(['Programs   Detox   Residential   Alumni   Blog'])
    expect(chrome(`Services · Our Approach · Admissions · Contact\n${opening}\n`)).toEqual(['Services · Our Approach · Admissions · Contact'])
  })

  it('flags links split by spaces in the page header even without menu labels', () => {
    expect(chrome(`Drips   Memberships   NAD+   Gift Ideas\n${opening}\n`)).toEqual(['Drips   Memberships   NAD+   Gift Ideas'])
  })

  it('leaves a plain-text table and topic words inside the article alone', () => {
    expect(chrome(`${opening}\nDrug        Dose        Sessions\nKetamine    0.5 mg/kg   6\nTMS         -           36\n${closing}\n`)).toEqual([])
    expect(chrome(`${opening}\nAnxiety   Depression   Sleep\n${closing}\n`)).toEqual([])
  })
})

describe('menus with names and footers after the comments', () => {
  it('flags a flattened menu whose labels include a name with a capital inside ("rTMS")', () => {
    const text = `Lotus Mind Centre\n\nHome | About Us | Treatments | rTMS | Testimonials | Contact\n\n${opening}\n\n${closing}\n`
    expect(chrome(text)).toContain('Home | About Us | Treatments | rTMS | Testimonials | Contact')
  })

  it('flags the page footer that follows the comments, and leaves the comments to the comment rules', () => {
    const text = `${opening}\n\n${closing}\n\n3 Comments\n\nMara K.\n\nThank you for writing this, it helped me decide to ask my doctor.\n\nJon P.\n\nDoes insurance cover it?\n\n© 2025 Lotus Mind Centre. All rights reserved.\n\nPrivacy · Terms · Accessibility\n`
    const found = chrome(text)
    expect(found).toContain('Privacy · Terms · Accessibility')
    expect(found.some((span) => span.includes('Thank you'))).toBe(false)
  })
})

describe('breadcrumbs', () => {
  it('flags two items with an arrow between, or a slash after a section of the site', () => {
    expect(chrome(`Blog > Founder's Notes\n${opening}\n`)).toEqual(["Blog > Founder's Notes"])
    expect(chrome(`Health & Wellbeing › Mind\n${opening}\n`)).toEqual(['Health & Wellbeing › Mind'])
    expect(chrome(`Articles / Treatment guides\n${opening}\n`)).toEqual(['Articles / Treatment guides'])
  })

  it('leaves a title with a slash, and a Markdown heading with an arrow, alone', () => {
    expect(chrome(`Anxiety / Depression\n${opening}\n`)).toEqual([])
    expect(chrome(`## Ketamine > Esketamine\n\n${opening}\n`, 'post.md')).toEqual([])
  })
})

describe('comment furniture', () => {
  it('flags a forum thread\'s buttons and stamps, and the comment form', () => {
    const text = `Does anyone else get a headache after TMS?\nPosted 2 weeks ago\nReply · Quote · Like\n${opening}\n14 Comments\nLeave a Reply\n`
    expect(chrome(text)).toEqual(['Posted 2 weeks ago', 'Reply · Quote · Like', '14 Comments', 'Leave a Reply'])
  })

  it('leaves the same words in a sentence alone', () => {
    expect(chrome('If you have a question, leave a reply below and quote the part you mean; we like hearing from you.\n')).toEqual([])
  })
})

describe('calls to action', () => {
  it('flags buttons that speak to the reader, offer something free, apply or sell a product', () => {
    const text = `${opening}\nVerify your insurance\nBook a free 15-minute call\nApply for a place\nShop Calm Drops\nAdd to basket\nBack this project\n`
    expect(chrome(text)).toEqual(['Verify your insurance', 'Book a free 15-minute call', 'Apply for a place', 'Shop Calm Drops', 'Add to basket', 'Back this project'])
  })

  it('flags a button idiom before a short tail, and a slogan with a full stop', () => {
    expect(chrome(`${opening}\nApply now – only 12 places per retreat\n`)).toEqual(['Apply now – only 12 places per retreat'])
    expect(chrome(`${opening}\nBook a consultation today.\n`)).toEqual(['Book a consultation today.'])
  })

  it('flags booking something by name, a newsletter sign-up, and a button above the copyright line', () => {
    expect(chrome(`${opening}\nBook Your Brain Map\nSubscribe to our newsletter for weekly health news.\n`)).toEqual(['Book Your Brain Map', 'Subscribe to our newsletter for weekly health news.'])
    const copyrightLine = '© 2025 Harbor Health LLC. This website is for educational purposes and is not medical advice.'
    expect(chrome(`${opening}\nJoin the Waitlist\n${copyrightLine}\n`)).toEqual(['Join the Waitlist', copyrightLine])
  })

  it('leaves advice given as a sentence alone, on its own line or in a paragraph', () => {
    expect(chrome('Call us if you feel unsafe.\nApply the cream twice a day.\nBook a session with your own doctor first.\n')).toEqual([])
    expect(chrome(`${opening} Book a consultation to find out whether TMS suits you.\n`)).toEqual([])
  })

  it('leaves advice in a list, tips and the reader\'s own things alone', () => {
    expect(chrome('If the low mood lasts more than two weeks:\n- Talk to your doctor\n- Call your therapist\n- Book a session with your counsellor\n')).toEqual([])
    expect(chrome('Ways to look after yourself\nGet Enough Sleep\nAdults need seven to nine hours.\nFind a doctor who listens\nSchedule your day around sleep\nCall your doctor today\n')).toEqual([])
  })

  it('leaves a heading with the section\'s prose under it alone, even one that speaks to the reader', () => {
    expect(chrome(`${opening}\nVerify Your Insurance Coverage\nWe accept most major plans, and our billing team can check your coverage before the first visit.\n`)).toEqual([])
  })
})

describe('phone and contact lines', () => {
  it('flags a number or an e-mail address with its labels, calls to action and hours', () => {
    const lines = ['Call 24/7: (561) 555-0128', 'Admissions 24/7: (561) 555-0128', 'Book online or call 021 555 0164', 'Media enquiries: press@clinic.example | +353 1 555 0199', 'Rosa Delgado, press@clinic.example, (555) 017-6621', 'press@clinic.example', 'Call/WhatsApp: +91 90000 12345 | Timings: 10 am to 7 pm (Sunday closed)']
    expect(chrome(`${lines.join('\n')}\n${opening}\n`)).toEqual(lines)
  })

  it('flags a sentence that opens with "Call" and a number to book something', () => {
    expect(chrome(`${opening}\nCall 614-555-0188 or request an appointment online.\n`)).toEqual(['Call 614-555-0188 or request an appointment online.'])
  })

  it('flags the practice bar with its street, city or hours', () => {
    const text = `Harbor Lane Behavioral Health  |  Tampa, FL\n${opening}\nHarborview Recovery Clinic · 1180 Pier Street · Mon–Fri 8 am–6 pm\n`
    expect(chrome(text)).toEqual(['Harbor Lane Behavioral Health  |  Tampa, FL', 'Harborview Recovery Clinic · 1180 Pier Street · Mon–Fri 8 am–6 pm'])
  })

  it('leaves advice with a number, resources, help lines and a credential alone', () => {
    const text = 'Call (555) 010-4471 if the headache lasts more than a day.\nEmail us at info@clinic.example with any questions.\nPoison Control: 1-800-222-1222\nCrisis Text Line · Text HOME to 741741\n24/7 Confidential Helpline: (310) 555-0143\n'
    expect(chrome(text)).toEqual([])
    expect(chrome(`${opening}\nHarbor Psychiatry | Jane Roe, MD\n${closing}\n`)).toEqual([])
  })
})

describe('shop banners, payment lines and ratings', () => {
  it('flags offers, payment terms, ratings and crowdfunding counters', () => {
    const lines = ['FREE SHIPPING ON ORDERS OVER $50', 'Flash sale: 40% off today only', 'Afterpay available', '£179 | Pay in 3 with Klarna', 'Subscribe from $1 a week', 'Get 15% off your first order', '★★★★★ 1,284 reviews', 'Customer reviews (412)', '3,812 backers | $1,204,551 pledged']
    expect(chrome(`${lines.join('\n')}\n${opening}\n`)).toEqual(lines)
  })

  it('leaves a heading that names an offer to talk about it alone, with the prose under it', () => {
    expect(chrome(`${opening}\nWhy Free Shipping Is Not a Reason to Buy Supplements\n${closing}\n`)).toEqual([])
    expect(chrome(`${opening}\nFree Shipping | Pay in 3 with Klarna\n${closing}\n`)).toEqual(['Free Shipping | Pay in 3 with Klarna'])
  })

  it('leaves sentences about an offer or a price, FAQ questions and reviews alone', () => {
    const text = `${opening}\nThe company offers free shipping and a 60-day money-back guarantee.\nMost plans cost about $300 a month, and some insurers pay part of it.\nIs there a money-back guarantee?\n★★★★★ "I slept through the night for the first time in years." — Dana\n${closing}\n`
    expect(chrome(text)).toEqual([])
  })

  it('reads stars with a title as a review and a starred bullet as content, stars with a count as the widget', () => {
    const text = `${opening}\n★★★★★ Works fast\n★★☆☆☆ Gave me headaches\n★ One-to-one therapy every day, not group sessions\n★★★★½ 4.6 (842 reviews)\n${closing}\n`
    expect(chrome(text)).toEqual(['★★★★½ 4.6 (842 reviews)'])
  })
})

describe('press releases, newsletters and widgets', () => {
  it('flags a press release\'s wire marks and its timed dateline', () => {
    const text = `PRESS RELEASE\nFor immediate release\nFeb 04, 2025, 09:00 ET\n${opening}\nNotes to editors\nMedia contact\nSOURCE Harbor Health Partners\n###\nENDS\n`
    expect(chrome(text)).toEqual(['PRESS RELEASE', 'For immediate release', 'Feb 04, 2025, 09:00 ET', 'Notes to editors', 'Media contact', 'SOURCE Harbor Health Partners', '###', 'ENDS'])
  })

  it('flags an e-mail newsletter\'s links, issue bar and footer', () => {
    const footer = 'You are receiving this email because you signed up at harborhealth.example.'
    const text = `View this email in your browser\nIssue 47 | October 2025\n${opening}\n${footer}\nUnsubscribe | Update your preferences\n`
    expect(chrome(text)).toEqual(['View this email in your browser', 'Issue 47 | October 2025', footer, 'Unsubscribe | Update your preferences'])
  })

  it('flags feedback, affiliate, app-store, sponsored and social widgets', () => {
    const lines = ['Was this page helpful? Yes | No', 'We may earn a commission when you buy through links on this site.', 'Download on the App Store | Get it on Google Play', 'Sponsored', 'Follow us on Instagram @harborhealth']
    expect(chrome(`${opening}\n${lines.join('\n')}\n`)).toEqual(lines)
  })

  it('leaves an event\'s date and time alone: only a wire\'s stamp has a time zone', () => {
    expect(chrome(`Join our info night:\nThursday, April 17, 2025, 6:00 pm\n${opening}\n`)).toEqual([])
  })

  it('leaves a citation, an ending in a sentence and a "Follow us" sentence alone', () => {
    const text = `${opening}\nSource: CDC, 2023\nThe trial ends in March, and the results are due later in the year.\nFollow us through a typical day at the clinic, from check-in to the last session.\nWas this page helpful to you in deciding what to ask your doctor?\n`
    expect(chrome(text)).toEqual([])
  })
})

describe('footers, tags and mastheads', () => {
  it('flags related links, lower-case tags, legal links, a labelled address, a registration line and an acknowledgement of country', () => {
    const lines = [
      'Related posts: What to expect at your first visit | TMS or ECT: which one is for me?',
      'Most read: City council approves new bus routes',
      'Tags: herbal remedies, depression, sleep',
      'Terms of Use · Privacy Policy · Do Not Sell My Personal Information',
      'Address: Unit 4, Station Road, Pune 411001',
      'Registered charity number 1234567 (England and Wales)',
      'Acknowledgement of Country: We acknowledge the Traditional Custodians of the lands on which we work.'
    ]
    expect(chrome(`${opening}\n${lines.join('\n')}\n`)).toEqual(lines)
  })

  it('flags a publication\'s name above the title, not a title with prose under it', () => {
    expect(chrome(`Harbor Health Blog\nWhat Happens at a First Visit\n${opening}\n`)).toEqual(['Harbor Health Blog'])
    expect(chrome(`Ketamine in the News\n${opening}\n`)).toEqual([])
    expect(chrome(`Patient Information | Department of Psychiatry\nKetamine Infusions\n${opening}\n`)).toEqual([])
  })

  it('leaves a list of terms in a sentence alone', () => {
    expect(chrome(`${opening}\nMost people keep a list of terms: relapse, craving, trigger and slip.\nTags of a trial are printed on each bottle.\n`)).toEqual([])
  })
})

describe('bylines and dates', () => {
  it('leaves an author credit alone, and flags it under a price', () => {
    expect(chrome(`Ketamine Infusions\nBy Dr. Lena Ortiz, MD\n${opening}\n`)).toEqual([])
    expect(chrome(`Calm Gummies\n$24.99\nBy CALMROOTS\n${opening}\n`)).toEqual(['$24.99', 'By CALMROOTS'])
  })

  it('leaves a written-out date alone, and flags it when it dates a byline', () => {
    expect(chrome(`Ketamine Infusions\nMarch 3, 2024\n${opening}\n`)).toEqual([])
    expect(chrome(`Ketamine Infusions\n\nMarch 3, 2024\n\nby\n\nDana Whitfield\n\n${opening}\n`)).toEqual(['March 3, 2024', 'by', 'Dana Whitfield'])
  })

  it('flags a relative date, which is wrong in any copy', () => {
    expect(chrome(`Ketamine Infusions\n- 3 days ago\n${opening}\n`)).toEqual(['3 days ago'])
  })

  it('leaves review and update lines alone', () => {
    expect(chrome(`Ketamine Infusions\nMedically reviewed by Dr. Lena Ortiz on March 3, 2024\nLast updated 2024-03-03\n${opening}\n`)).toEqual([])
  })
})

describe('stays quiet on article text', () => {
  it('leaves a help line alone whatever its shape', () => {
    expect(chrome(`If you are thinking about suicide, help is available.\nCall or text 988\n1-800-273-8255\n(800) 662-4357\n`)).toEqual([])
  })

  it('leaves rows of a plain-text table alone', () => {
    expect(chrome('Treatment | Sessions | Cost\nKetamine | 6 | $2,400\nTMS | 36 | $9,000\n')).toEqual([])
  })

  it('leaves the lower-case lines of a wrapped paragraph alone', () => {
    const text = 'Most of our patients start with six infusions over two weeks, and many\nnotice a change by the third one\nalthough some need the full course.\n'
    expect(chrome(text)).toEqual([])
  })

  it('leaves a list that lost its bullets alone', () => {
    expect(chrome('Common side effects:\n\nnausea\n\nblurred vision\n\nhigh blood pressure\n')).toEqual([])
    expect(chrome(`${opening}\n\nblurred vision\n\ndry mouth and nausea\n\n${closing}\n`)).toEqual([])
  })

  it('leaves a long Title Case heading alone, even one that shares no word with the paragraphs around it', () => {
    const text = `${opening}\nInsurance, Payment Plans and Financing Options for Families on a Budget\nWe accept most major plans and offer monthly payments with no interest for up to a year.\n${closing}\n`
    expect(chrome(text)).toEqual([])
  })

  it('leaves a quotation with its speaker alone between two paragraphs', () => {
    const text = `${opening}\n"Our son came home able to talk to us again. It was the first real conversation in two years." — Parent of a teenager\n${closing}\n`
    expect(chrome(text)).toEqual([])
  })

  it('leaves a section heading with prose under it about what it names alone', () => {
    expect(chrome(`${opening}\nBook a Consultation\n${closing}\n`)).toEqual([])
    const coverage = 'Most insurance plans cover part of the cost once two medicines have been tried.'
    expect(chrome(`${opening}\nCheck Your Insurance Coverage\n${coverage}\n`)).toEqual([])
  })

  it('flags a button between paragraphs that say nothing of what it offers', () => {
    expect(chrome(`${opening}\nCheck Your Insurance Coverage\n${closing}\n`)).toEqual(['Check Your Insurance Coverage'])
    expect(chrome(`${opening}\nBook Your Free Consultation\nDepression tells you that nothing will change. We are here to show you it can.\n`)).toEqual(['Book Your Free Consultation'])
  })

  it('leaves a Markdown heading the author wrote alone, even one far from its neighbours', () => {
    const text = `${opening}\n\n## What the weather did to our summer travel plans this year\n\n${closing}\n`
    expect(chrome(text, 'post.md')).toEqual([])
  })

  it('leaves HTML in Markdown alone', () => {
    expect(chrome(`${opening}\n\n<details><summary>Costs</summary>About $400 an infusion.</details>\n`, 'post.md')).toEqual([])
  })

  it('leaves the comments, and the counter that heads them, to spam-comment, and flags their Reply buttons once', () => {
    const text = `${opening}\n2 Comments\nGwen Park says:\nApril 2, 2024 at 9:14 am\nlol same here\nReply\nDan Ito says:\nApril 3, 2024 at 8:01 am\nCall now (512) 555-0199\nReply\n`
    expect(chrome(text)).toEqual(['Reply'])
    const messages = actionable(lintWith(text, {'page-chrome': 'warn'}, {path: 'post.txt'}), 'page-chrome')
    expect(messages.map((message) => [message.line, message.message])).toEqual([
      [10, "'Reply' is page furniture: a comment's buttons (and 1 more line like it above)"]
    ])
  })

  it('keeps a line that an allowed phrase is in', () => {
    const text = `Harbor Health\nCall us: (512) 555-0147\n${opening}\n`
    expect(chrome(text)).toEqual(['Call us: (512) 555-0147'])
    expect(chrome(text, 'page.txt', {allowPhrases: ['call us']})).toEqual([])
  })
})

describe('the document model', () => {
  it('knows where the chrome is', () => {
    const text = `Skip to main content\n© 2024 Harbor Health. All rights reserved.\n${opening}\n`
    const document = buildDocument(text, {path: 'page.txt'})
    expect(findChrome(document).map((span) => span.kind)).toEqual(['copyright'])
    const notice = text.indexOf('©')
    expect(inChrome(document, notice, notice + 5)).toBe(true)
    expect(inChrome(document, text.indexOf('Ketamine clinics'), text.indexOf('Ketamine clinics') + 8)).toBe(false)
  })

  it('leaves chrome out of the prose the readability checks read', () => {
    const text = `${opening}\nClose-up photo of a woman sitting at a desk, holding a pen and writing notes.\n${closing}\n`
    const sentences = readingOf(buildDocument(text, {path: 'page.txt'})).sentences.map((item) => item.sentence.prose.trim())
    expect(sentences).toEqual([opening, closing])
  })

  it('does not spell-check an image label', () => {
    expect(actionable(lintWith(`${opening}\n\nstocksy logo\n\n${closing}\n`, {spelling: 'warn'}), 'spelling')).toEqual([])
    expect(actionable(lintWith(`${opening} The stocksy logo is new.\n`, {spelling: 'warn'}), 'spelling')).toHaveLength(1)
  })

  it('reads a megabyte of short lines and a long line of tags in linear time', () => {
    const lines = Array.from({length: 40_000}, (_, index) => (index % 3 === 0 ? `Home | About | Blog ${index}` : `word${index} and more words here`)).join('\n')
    const longLine = '<b>x</b> | '.repeat(100_000)
    const started = performance.now()
    findChrome(buildDocument(lines, {path: 'page.txt'}))
    findChrome(buildDocument(longLine, {path: 'page.txt'}))
    expect((performance.now() - started) / 1000).toBeLessThan(20)
  })
})

describe('the chrome vocabulary', () => {
  const words = parse(readFileSync(new URL('../src/text/data/chrome.yml', import.meta.url), 'utf8')) as Record<string, unknown>

  it('loads the shipped file', () => {
    const checked = checkChromeWords(words)
    expect(checked.menu).toContain('about us')
    expect(checked.callToAction.verbs).toContain('book')
  })

  it('names the list that is wrong', () => {
    expect(() => checkChromeWords({...words, menu: ['Home']})).toThrow(/menu must be a list of lower-case words/)
    expect(() => checkChromeWords({...words, depicted: {people: ['person']}})).toThrow(/depicted\.things/)
    expect(() => checkChromeWords({...words, footer: ['x']})).toThrow(/unknown list "footer"/)
  })
})
