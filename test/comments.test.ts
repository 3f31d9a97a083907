import {describe, expect, it} from 'vitest'
import {buildDocument} from '../src/document/build.js'
import type {Document} from '../src/document/types.js'

const intro =
  'Many people who have lived with depression for years want to know whether ketamine could help them, what a visit involves and what it costs.'

function commentsOf(document: Document): Array<{author?: string; text: string}> {
  return (document.commentsSection?.comments ?? []).map((comment) => ({
    ...(comment.author === undefined ? {} : {author: comment.author}),
    text: comment.text
  }))
}

function textAt(document: Document, start: number | undefined, end: number | undefined): string {
  return document.text.slice(start, end)
}

describe('a forum thread', () => {
  const thread = [
    'Peer Support Forums',
    'Should I try an app for panic attacks?',
    'Started by rainy_day_rob · Mar 2, 2025 · 3 replies · 911 views',
    'rainy_day_rob',
    'My GP suggested an app while I wait for therapy. Has anyone used one for panic attacks, and did it help at all?',
    'mara_w',
    'I used one for a few months alongside CBT. It helped me notice the build-up earlier, but it was not a fix on its own.',
    'PillsFastShop',
    'Buy xanax online without prescription, overnight shipping, best price guaranteed!'
  ].join('\n')

  it('reads the replies under a thread header as posts, and leaves them in the article', () => {
    const document = buildDocument(thread, {path: 'a.txt'})
    expect(document.commentsSection).toBeUndefined()
    expect((document.threadPosts ?? []).map((post) => ({author: post.author, text: post.text}))).toEqual([
      {author: 'mara_w', text: 'I used one for a few months alongside CBT. It helped me notice the build-up earlier, but it was not a fix on its own.'},
      {author: 'PillsFastShop', text: 'Buy xanax online without prescription, overnight shipping, best price guaranteed!'}
    ])
  })

  it('reads a thread under a forum breadcrumb, with member lines, badges and button rows', () => {
    const text = [
      'Night Owls Forum',
      'Forums › Sleep › Gadgets',
      'Does a sleep headband help?',
      'dozy_dan',
      'Joined: May 2022 · Posts: 12',
      'Posted: Jan 3, 2025',
      'My GP suggested sleep hygiene first. Has anyone tried one of these headbands?',
      'Reply · Quote · Like (2) · Report',
      'lark_ann (Moderator)',
      'Joined: Jan 2019 · Posts: 3,410',
      'Posted: Jan 3, 2025',
      'Please talk to your GP before buying anything, and be wary of big promises.',
      'Reply · Quote · Like (5) · Report'
    ].join('\n')
    const document = buildDocument(text, {path: 'a.txt'})
    expect((document.threadPosts ?? []).map((post) => ({author: post.author, text: post.text}))).toEqual([
      {author: 'lark_ann (Moderator)', text: 'Please talk to your GP before buying anything, and be wary of big promises.'}
    ])
  })

  it('needs a count of replies on the header line', () => {
    const document = buildDocument(thread.replace(' · 3 replies · 911 views', ''), {path: 'a.txt'})
    expect(document.threadPosts).toBeUndefined()
  })
})

describe('comments in scraped plain text', () => {
  it('reads a sort menu written with a colon as the menu, not as a comment', () => {
    const text = [intro, '3 comments', 'Sort by: Newest', 'lena_k', 'Tried it for two weeks, mild headache at first.', 'reviewbot99', 'Where is the data?', 'Sam Ortiz', 'Thanks for the honest write-up.'].join('\n')
    expect(commentsOf(buildDocument(text, {path: 'a.txt'}))).toEqual([
      {author: 'lena_k', text: 'Tried it for two weeks, mild headache at first.'},
      {author: 'reviewbot99', text: 'Where is the data?'},
      {author: 'Sam Ortiz', text: 'Thanks for the honest write-up.'}
    ])
  })

  it('reads author-line / text-line pairs, including one-word texts and lower-case handles', () => {
    const text = [intro, '3 Comments', 'Dana Ortiz', 'wow', 'qwpoe', 'sdfgsdfg', 'Tom', 'How many infusions did you need before you noticed a change?'].join('\n')
    const document = buildDocument(text, {path: 'a.txt'})
    expect(commentsOf(document)).toEqual([
      {author: 'Dana Ortiz', text: 'wow'},
      {author: 'qwpoe', text: 'sdfgsdfg'},
      {author: 'Tom', text: 'How many infusions did you need before you noticed a change?'}
    ])
    const [first] = document.commentsSection!.comments
    expect(textAt(document, first.start, first.end)).toBe('wow')
    expect(textAt(document, first.authorStart, first.authorEnd)).toBe('Dana Ortiz')
  })

  it('reads "says:" lines, dates and Reply buttons, and leaves the comment form out', () => {
    const text = [
      intro,
      '2 Responses to “Is Ketamine Right for You?”',
      'Gwen Park says:',
      'April 2, 2024 at 9:14 am',
      'I had my first infusion last week.',
      'The nurse checked my blood pressure every fifteen minutes, which was reassuring.',
      'Reply',
      'Harbor Clinic Team',
      'April 3, 2024 at 8:02 am',
      'Thank you for sharing, Gwen.',
      'Reply',
      'Leave a Reply',
      'Your email address will not be published. Required fields are marked *',
      'Comment *',
      'Name *',
      'Post Comment'
    ].join('\n')
    const document = buildDocument(text, {path: 'b.txt'})
    expect(commentsOf(document)).toEqual([
      {author: 'Gwen Park', text: 'I had my first infusion last week.\nThe nurse checked my blood pressure every fifteen minutes, which was reassuring.'},
      {author: 'Harbor Clinic Team', text: 'Thank you for sharing, Gwen.'}
    ])
  })

  it('reads "Name — date" lines and one comment per bullet', () => {
    const text = [
      intro,
      'Comments (2)',
      'Priya S. — 3 days ago',
      'Does the clinic let you bring someone to sit with you?',
      'Comments',
      '- buy cheap pills online www.pills-example.biz',
      '- Is TMS covered by Medicare?'
    ].join('\n')
    const document = buildDocument(text, {path: 'c.txt'})
    expect(commentsOf(document)).toEqual([
      {author: 'Priya S.', text: 'Does the clinic let you bring someone to sit with you?'},
      {text: 'buy cheap pills online'},
      {text: 'Is TMS covered by Medicare?'}
    ])
    expect(document.commentsSection!.comments[1].links.map((link) => link.url)).toEqual(['www.pills-example.biz'])
  })

  it('keeps a comment of several lines together when names head the comments', () => {
    const text = [intro, '3 Comments', 'Ava Nguyen', 'mantap', 'Budi', 'Great article.', 'I learned a lot about the monitoring.', 'Sari', 'oke'].join('\n')
    expect(commentsOf(buildDocument(text, {path: 'm.txt'}))).toEqual([
      {author: 'Ava Nguyen', text: 'mantap'},
      {author: 'Budi', text: 'Great article.\nI learned a lot about the monitoring.'},
      {author: 'Sari', text: 'oke'}
    ])
  })

  it('reads one comment a line when no line looks like a name, short lower-case replies included', () => {
    const text = [intro, 'Comments', 'love this', 'Great video, thanks. The part about the wait makes sense now.', 'check out my channel for daily motivation', 'this helped me a lot', 'Who is watching this the night before their first dose?'].join('\n')
    expect(commentsOf(buildDocument(text, {path: 'l.txt'}))).toEqual([
      {text: 'love this'},
      {text: 'Great video, thanks. The part about the wait makes sense now.'},
      {text: 'check out my channel for daily motivation'},
      {text: 'this helped me a lot'},
      {text: 'Who is watching this the night before their first dose?'}
    ])
  })

  it('reads "name · 2 years ago" lines and leaves like counts out of the text', () => {
    const text = [intro, '312 Comments', 'mindful_marta · 1 year ago', 'The tip about writing things down helped me.', '41', 'Reply', 'gaming zone · 2 months ago', 'thank you', '3', 'Reply'].join('\n')
    expect(commentsOf(buildDocument(text, {path: 'y.txt'}))).toEqual([
      {author: 'mindful_marta', text: 'The tip about writing things down helped me.'},
      {author: 'gaming zone', text: 'thank you'}
    ])
  })

  it('reads author, timestamp and text triples', () => {
    const text = [intro, 'Comments', 'nadia k', '2014-01-19T00:36:31', 'love this one\ufeff', 'M.E.S', '2014-01-20T11:02:05.123', 'Check out my new video https://video.example.com/watch?v=1'].join('\n')
    expect(commentsOf(buildDocument(text, {path: 'y.txt'}))).toEqual([
      {author: 'nadia k', text: 'love this one'},
      {author: 'M.E.S', text: 'Check out my new video'}
    ])
  })

  it('stops at a "Related posts" heading', () => {
    const text = [intro, '1 Comment', 'Lee', 'Helpful, thanks.', 'Related Posts', 'What to Expect at Your First TMS Session', 'Ketamine and Anxiety: What We Know'].join('\n')
    expect(commentsOf(buildDocument(text, {path: 'd.txt'}))).toEqual([{author: 'Lee', text: 'Helpful, thanks.'}])
  })
})

describe('comments in Markdown', () => {
  it('reads one comment per list item, with a bold name as the author', () => {
    const text = `# Ketamine FAQ\n\n${intro}\n\n## Comments\n\n- **Rosa M.**\n  My sister had Spravato and the two hours of monitoring were the hardest part for her.\n- **cheap-meds-online**: order now, no prescription\n- Nice\n`
    expect(commentsOf(buildDocument(text, {path: 'e.md'}))).toEqual([
      {author: 'Rosa M.', text: 'My sister had Spravato and the two hours of monitoring were the hardest part for her.'},
      {author: 'cheap-meds-online', text: 'order now, no prescription'},
      {text: 'Nice'}
    ])
  })

  it('reads a paragraph of one-line comments as one comment a line, and keeps a hard-wrapped comment whole', () => {
    const lines = `# Ketamine FAQ\n\n${intro}\n\n## Comments\n\nlove this\nsubscribe to me and I will subscribe back\nDoes insurance cover the observation time?\n`
    expect(commentsOf(buildDocument(lines, {path: 'p.md'}))).toEqual([
      {text: 'love this'},
      {text: 'subscribe to me and I will subscribe back'},
      {text: 'Does insurance cover the observation time?'}
    ])
    const wrapped = `# Ketamine FAQ\n\n${intro}\n\n## Comments\n\nI had six infusions last spring and the first two were the hardest,\nmostly because of the nausea, but the nurse gave me something for it\nand by the third one I knew what to expect.\n`
    expect(commentsOf(buildDocument(wrapped, {path: 'w.md'}))).toHaveLength(1)
  })

  it('reads a name and a date in front of the text, and an author line above a blockquote', () => {
    const listed = `# TMS\n\n${intro}\n\n## 2 Comments\n\n- **Ruth A.** (March 2, 2025): Is it normal to feel no change in week three?\n- **Best SEO Services Chicago** (March 2, 2025): Great post! Visit https://seo.example.com\n`
    expect(commentsOf(buildDocument(listed, {path: 'n.md'}))).toEqual([
      {author: 'Ruth A.', text: 'Is it normal to feel no change in week three?'},
      {author: 'Best SEO Services Chicago', text: 'Great post! Visit'}
    ])
    const quoted = `# Integration\n\n${intro}\n\n### Comments (2)\n\n**Moira** wrote on 3 May 2025:\n\n> Integration was the hardest part for me.\n\n**gaming zone** wrote on 5 May 2025:\n\n> Play slots online, 300% welcome bonus\n`
    expect(commentsOf(buildDocument(quoted, {path: 'q.md'}))).toEqual([
      {author: 'Moira', text: 'Integration was the hardest part for me.'},
      {author: 'gaming zone', text: 'Play slots online, 300% welcome bonus'}
    ])
  })

  it('reads blockquotes and a heading per comment', () => {
    const text = `${intro}\n\n## 2 Comments\n\n### Omar\n\nWhat is the difference between esketamine and ketamine?\n\n### Mara Lind — June 1, 2024\n\nThanks, this helped me decide to talk to my doctor.\n\n## Join the discussion\n\n> **Jules**\n> I was dizzy after my first session, so plan a ride home.\n\n> mantap\n`
    expect(commentsOf(buildDocument(text, {path: 'f.md'}))).toEqual([
      {author: 'Omar', text: 'What is the difference between esketamine and ketamine?'},
      {author: 'Mara Lind', text: 'Thanks, this helped me decide to talk to my doctor.'},
      {author: 'Jules', text: 'I was dizzy after my first session, so plan a ride home.'},
      {text: 'mantap'}
    ])
  })
})

describe('comments markers', () => {
  it('reads counts after the word and qualified markers', () => {
    for (const marker of ['Comments 19', 'Reader comments (17)', 'Comments: 4', '1,204 Comments', 'Top comments', 'Comments · 12', 'Comments section', '12 comments so far', 'Leave a Reply Cancel reply']) {
      const text = [intro, marker, 'Dana Ortiz', 'How many infusions did you need before you noticed a change?'].join('\n')
      expect(commentsOf(buildDocument(text, {path: 'k.txt'})), marker).toEqual([{author: 'Dana Ortiz', text: 'How many infusions did you need before you noticed a change?'}])
    }
  })

  it('leaves the sort menu and the comment box of a video page out of the comments', () => {
    const text = [intro, 'Comments 3', 'Sort by', 'Add a public comment...', 'love this', 'check out my channel for daily motivation'].join('\n')
    expect(commentsOf(buildDocument(text, {path: 'v.txt'}))).toEqual([{text: 'love this'}, {text: 'check out my channel for daily motivation'}])
  })
})

describe('names that are not capitalised', () => {
  it('keeps the name/text rhythm past a lower-case handle, and reads "Anna from Kyiv says:"', () => {
    const pairs = [intro, '4 Comments', 'Ollie', 'does insurance usually pay for the maintenance sessions?', 'Wikipedia fan', 'There is a decent overview on Wikipedia.', 'Bianca', 'thanks', 'Hector', 'Did you stop your antidepressant first?'].join('\n')
    expect(commentsOf(buildDocument(pairs, {path: 'r.txt'})).map((comment) => comment.author)).toEqual(['Ollie', 'Wikipedia fan', 'Bianca', 'Hector'])
    const says = [intro, '1 Response', 'Anna from Kyiv says:', 'June 4, 2025 at 9:30 pm', 'Hello dear, write me', 'Reply'].join('\n')
    expect(commentsOf(buildDocument(says, {path: 's.txt'}))).toEqual([{author: 'Anna from Kyiv', text: 'Hello dear, write me'}])
  })
})

describe('video-site handles', () => {
  it('reads name/text pairs when most handles are lower case or carry a tagline', () => {
    const text = [
      intro,
      '6 Comments',
      'rosa delgado',
      'My mom had TMS last year and the headaches stopped after the first week.',
      'noodle cat',
      'Does anyone know if the clinic takes Medicaid?',
      'Calm&amp;Co | Daily Vlogs!',
      'sub to my channel for calm vlogs every day, link in bio!',
      'jp moreno',
      'thank you, this made the waiting room part less scary.',
      'kev 77',
      'How long did the tiredness last after each session?',
      'dee',
      'I stopped after three sessions because of the cost, but it did help a bit.'
    ].join('\n')
    expect(commentsOf(buildDocument(text, {path: 'h.txt'})).map((comment) => comment.author)).toEqual(['rosa delgado', 'noodle cat', 'Calm&amp;Co | Daily Vlogs!', 'jp moreno', 'kev 77', 'dee'])
  })

  it('keeps the rhythm when a reply reads like a name and a time ("Wow 23 min ago")', () => {
    const text = [
      intro,
      '5 Comments',
      'Lena Brook',
      'Does the dizziness pass before you drive home?',
      'Marco Ruiz',
      'Wow 23 min ago',
      'Tess Hale',
      'My sister had six infusions and is doing better, thank you for this page.',
      'Omar Haddad',
      'What did the consultation cost you, roughly?',
      'Ivy Chen',
      'Thanks, the part about side effects was clear.'
    ].join('\n')
    expect(commentsOf(buildDocument(text, {path: 'w.txt'}))).toEqual([
      {author: 'Lena Brook', text: 'Does the dizziness pass before you drive home?'},
      {author: 'Marco Ruiz', text: 'Wow 23 min ago'},
      {author: 'Tess Hale', text: 'My sister had six infusions and is doing better, thank you for this page.'},
      {author: 'Omar Haddad', text: 'What did the consultation cost you, roughly?'},
      {author: 'Ivy Chen', text: 'Thanks, the part about side effects was clear.'}
    ])
  })
})

describe('a page that is only comments', () => {
  it('reads comments under a "Comments" line with no article before it', () => {
    const text = ['Esketamine visit video', 'Comments', 'love this', 'check out my channel for daily motivation', 'this helped me a lot'].join('\n')
    expect(commentsOf(buildDocument(text, {path: 'c.txt'}))).toEqual([{text: 'love this'}, {text: 'check out my channel for daily motivation'}, {text: 'this helped me a lot'}])
  })

  it('does not take a "3 Comments" counter under the title for comments when an article follows', () => {
    const text = [
      'Ketamine: What to Expect',
      '3 Comments',
      'Ketamine is an anaesthetic that some clinics now offer for depression that has not improved with other treatments.',
      'Most people feel detached during the infusion, and the feeling fades within an hour or two after it ends.',
      'Talk to your doctor about whether it suits you and what it costs before you book a consultation.'
    ].join('\n')
    expect(buildDocument(text, {path: 'd.txt'}).commentsSection).toBeUndefined()
  })
})

describe('what is not a comments section', () => {
  it('does not take a research "Discussion" heading for comments', () => {
    const text = `# A Small Trial of Ketamine\n\n${intro}\n\n## Discussion\n\nThe trial was small and lasted four weeks, so the results need to be repeated in a larger group.\n\n## Limitations\n\nParticipants knew they were getting an active drug.`
    expect(buildDocument(text, {path: 'g.md'}).commentsSection).toBeUndefined()
  })

  it('does not take prose about comments or views for a marker', () => {
    const text = `${intro}\nComments from patients shaped this guide, and their views on cost came up most often.\nThoughts on Ketamine Pricing\nMost clinics charge per infusion.`
    expect(buildDocument(text, {path: 'h.txt'}).commentsSection).toBeUndefined()
  })
})
