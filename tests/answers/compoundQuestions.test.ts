/** Two questions in one message: each part answered (src/answers/compoundQuestions.ts, through the responder). */
import { describe, expect, it } from 'vitest';
import type { Response } from '../../src/answers/respond.js';
import { silentLogger } from '../../src/log.js';
import { loadServices } from '../../src/services.js';

const services = loadServices({ logger: silentLogger });
const { responder, engine, kb } = services;
const rulesAlone = services.responderLearnedFrom(undefined);
const entryOf = (r: Response) => (r.kind === 'answer' ? r.entry.id : undefined);
const partsOf = (r: Response) => (r.kind === 'compound' ? r.answers.map((a) => a.entry.id) : undefined);
/** Asserts `message` is answered as the two questions `first` and `second` asked alone are. */
const expectAnsweredAsBoth = (message: string, first: string, second: string) => {
  const r = responder.respond(message);
  expect(r.kind === 'compound' && r.answers.map((a) => a.entry.id), message).toEqual([entryOf(responder.respond(first)), entryOf(responder.respond(second))]);
};

describe('two questions in one', () => {
  it('reads "it" after a part about the article as the article ("who wrote it and how old is it?")', () => {
    const article = responder.respond('who wrote the article and when was it published?');
    const both = responder.respond('who wrote it and how old is it?');
    // Either one entry that says both, or the author and the date.
    const ids = both.kind === 'compound' ? both.answers.map((a) => a.entry.id) : [entryOf(both)];
    expect(ids).toEqual(article.kind === 'compound' ? article.answers.map((a) => a.entry.id) : [entryOf(article)]);
  });

  it('answers with one entry about the article when "it" in the other part asks what that entry already says ("…, and what category does it sit under?")', () => {
    const whole = entryOf(responder.respond('what category does the article sit under?'));
    expect(whole).toBeDefined();
    for (const q of ['For my notes: who wrote it, when was it published, and what category does it sit under?', 'Who wrote this piece on IoT and M2M, and is it recent or ancient history?']) {
      const r = responder.respond(q);
      expect(r.kind, q).toBe('answer');
      expect(entryOf(r), q).toBe(whole);
    }
    // An "it" that stands for the side the first part names stays that side.
    expectAnsweredAsBoth('Who wrote this piece on M2M, and where was it first used?', 'Who wrote this piece on M2M?', 'where was M2M first used?');
  });

  it('reads "it" and "its" after a part about the article as the article when the part then asks what the article says', () => {
    expectAnsweredAsBoth('When was it published, and what does it call the major difference between the two?', 'When was it published?', 'what does the article call the major difference between the two?');
    expectAnsweredAsBoth('Which site published it, and what are its closing remarks?', 'Which site published it?', "what are the article's closing remarks?");
    // "its" asks what the article says, never more about the article itself.
    const colour = responder.respond("Who wrote it and what's its favourite colour?");
    expect(colour.kind === 'compound' ? colour.answers.length : 1).toBe(1);
  });

  it('reads past an announcement of the parts ("Two questions;", "2 things -", "Q1: … Q2: …"), which is no part of its own', () => {
    expectAnsweredAsBoth('Two questions; what does UID mean, and where did M2M start out?', 'what does UID mean?', 'where did M2M start out?');
    expectAnsweredAsBoth('Two quick ones: who wrote the article, and where did M2M start out?', 'who wrote the article?', 'where did M2M start out?');
    expectAnsweredAsBoth('Q1: which industries use IoT? Q2: where did M2M start out?', 'which industries use IoT?', 'where did M2M start out?');
    // Said within a sentence, "two things" is what the question is about.
    expect(responder.respond('what are the two things iot devices are embedded with?').kind).not.toBe('compound');
    // An announcement that names its subject is part of the question; a hyphen inside a word ends none.
    expectAnsweredAsBoth('Two things about IoT confuse me: does it need people, and what is a gateway?', 'does IoT need people?', 'what is an IoT gateway?');
    expectAnsweredAsBoth('Two things worry me, is M2M labour-intensive, and does it need Wi-Fi?', 'is M2M labour-intensive?', 'does M2M need Wi-Fi?');
  });

  it('splits a second part asked indirectly ("…, and also whether…")', () => {
    const r = responder.respond('Remind me what M2M stands for, and also whether IoT needs people to run it?');
    expect(r.kind === 'compound' && r.answers.map((a) => a.entry.id)).toEqual(['m2m-acronym', expect.stringMatching(/human/)]);
    // Or as a request: "…, and tell me which…".
    const asked = responder.respond('Give me the full form of M2M, and tell me which industries use IoT');
    expect(asked.kind === 'compound' && asked.answers.map((a) => a.entry.id)).toEqual(['m2m-acronym', 'iot-industries']);
  });

  it('keeps the first part\'s side for a second part whose "it" stands for it ("is iot easy to scale up + does it only work on wifi")', () => {
    const r = responder.respond('is iot easy to scale up + does it only work on wifi or what');
    expect(r.kind === 'compound' && r.answers[1]?.entry.id).toMatch(/^iot-/);
    // An "it" that stands for something else is read as written: the ATM, here.
    const atm = responder.respond('Is M2M good for ATMs? And how does it route the money?');
    expect(atm.kind === 'compound' && atm.answers.length).toBe(2);
    // The side stands where "it" does, as the part would be asked alone.
    const networks = responder.respond('Can IoT run with nobody at the controls, and what networks can it send over?');
    expect(networks.kind === 'compound' && networks.answers[1]?.entry.id).toBe(entryOf(responder.respond('what networks can iot send over?')));
    // A side that only names the article is no side either: "it" is the article.
    for (const q of ['Who wrote the IoT article, and when was it published?', 'Who wrote your IoT write-up, and when was it published?']) {
      const byline = responder.respond(q);
      expect(byline.kind === 'compound' ? byline.answers.map((a) => a.entry.id) : byline.kind === 'answer' ? [byline.entry.id] : ['none'], q).toEqual([entryOf(responder.respond('Who wrote the article, and when was it published?'))]);
    }
    // The IoT of the publisher's name is no side: "it" is the publisher.
    expect(responder.respond('How many staff does IoT Knowledge Center have, and where is it based?').kind).toBe('fallback');
  });

  it('splits "X? And Y?" though the second part does not start like a question, but not "X? And if so, what then?"', () => {
    expectAnsweredAsBoth('What does M2M stand for? And any idea who wrote the article?', 'What does M2M stand for?', 'any idea who wrote the article?');
    expect(responder.respond('Is IoT wireless? And if so, what then?').kind).not.toBe('compound');
    for (const q of ['Is M2M wired? And your name is?', 'Is IoT a subset of M2M? And that means what for me exactly?']) expect(responder.respond(q).kind, q).not.toBe('compound');
  });

  it('does not split "X, and why that is?": the why asks after X', () => {
    const q = 'What does the article say about the work of setting up M2M links, and why that might be?';
    expect(responder.respond(q).kind).toBe('answer');
    expect(entryOf(responder.respond(q))).toBe(entryOf(responder.respond('What does the article say about the work of setting up M2M links?')));
  });

  it('reads a second part that is only the other side ("… ? And M2M\'s?") as the first part asked of it', () => {
    const r = responder.respond("Which networks carry IoT data? And M2M's?");
    expect(r.kind === 'compound' && r.answers.map((a) => a.entry.id)).toEqual(['iot-networks', 'm2m-networks']);
    // A side alone that names the subject first, or the same side again, is no question of its own.
    for (const q of ['IoT? What does it stand for?', 'm2m? how does it scale?', 'which networks does iot use? iot?']) expect(responder.respond(q).kind, q).toBe('answer');
  });

  it('answers both, each with its own entry', () => {
    const r = responder.respond('What does M2M stand for, and which industries use IoT?');
    expect(r.kind).toBe('compound');
    if (r.kind !== 'compound') return;
    expect(r.answers.map((a) => a.entry.id)).toEqual(['m2m-acronym', 'iot-industries']);
  });

  it('answers two questions when the second starts with "separately", "secondly" or "different question:"', () => {
    for (const q of ['How does M2M send its data? Separately, who is the author?', 'What does UID mean? And secondly, is iot scalable?', 'Who wrote the article, and separately how does M2M send data?', 'what does MEMS stand for, and, separately, which industries use IoT?', 'what does MEMS stand for, and, quite separately, which industries use IoT?', 'What does MEMS stand for? Different question: who wrote the article?']) {
      const r = responder.respond(q);
      expect(r.kind, q).toBe('compound');
      if (r.kind === 'compound') expect(r.answers, q).toHaveLength(2);
    }
  });

  it('splits where the second question is typed "wat" or "wats" ("…or nah n wat category is it in", "… + wats a gateway for")', () => {
    for (const q of ['is wireless a blessing or nah n wat category is the article in', 'how does the atm reach the bank? + wats an iot gateway for']) {
      const r = responder.respond(q);
      expect(r.kind, q).toBe('compound');
      if (r.kind === 'compound') expect(r.answers, q).toHaveLength(2);
    }
  });

  it('answers a second question after ", and" that does not start like one ("…, and IoT devices are built with what?") when each half is answered surely alone', () => {
    expectAnsweredAsBoth('What does the "thing" in IoT mean, and IoT devices are built with what?', 'What does the "thing" in IoT mean?', 'IoT devices are built with what?');
    expectAnsweredAsBoth('Who wrote the article, and M2M was first used for what?', 'Who wrote the article?', 'M2M was first used for what?');
    // A project told in a sentence before ", and" is no first question, nor one told after it.
    expect(responder.respond("I'd like all our gear syncing live through the cloud, and I want to add staff logins without any fuss. Which way should we go?").kind).not.toBe('compound');
    expect(responder.respond('which should I pick, and we have no wifi at the site so what do you think?').kind).not.toBe('compound');
  });

  it('answers the same request made of each side, joined by "and", though neither half starts like a question', () => {
    for (const q of ['give me one line on what m2m is and one line on what iot is', 'describe iot in one sentence and m2m in one sentence']) {
      const r = responder.respond(q);
      expect(r.kind, q).toBe('compound');
      if (r.kind !== 'compound') continue;
      expect(r.answers.map((a) => a.entry.id.slice(0, 4)).sort(), q).toEqual(['iot-', 'm2m-']);
    }
    // One question that compares the two on something, or asks one thing of both, is not two requests.
    for (const q of ['is iot harder to set up and maintain than m2m?', 'summarise m2m and iot', 'what is the link between m2m and iot']) expect(responder.respond(q).kind, q).not.toBe('compound');
  });

  it('splits parts numbered "(a) … (b) …" or "1) … 2) …", joined by a texted "n" or "&", or marked "and second,", "and then" or "Separately, over what…"', () => {
    expectAnsweredAsBoth('Could you confirm (a) whether M2M necessarily involves a wireless connection and (b) whether IoT is described as a subset of M2M?', 'does M2M necessarily involve a wireless connection?', 'is IoT described as a subset of M2M?');
    expectAnsweredAsBoth("two qs 1) is iot a subset of m2m 2) which one's easier to scale", 'is iot a subset of m2m', "which one's easier to scale");
    expectAnsweredAsBoth('whats a UID n what are the gateways for', 'whats a UID', 'what are the gateways for');
    expectAnsweredAsBoth('who wrote the article & where was m2m first used', 'who wrote the article', 'where was m2m first used');
    expectAnsweredAsBoth('I would like to know, first, which industries use IoT, and second, what businesses have monitored with M2M.', 'which industries use IoT?', 'what businesses have monitored with M2M?');
    expectAnsweredAsBoth("Tell us what the 'thing' means in Internet of Things, and then where M2M was first put to use", "what does the 'thing' mean in Internet of Things?", 'where was M2M first put to use?');
    expectAnsweredAsBoth('What does an IoT gateway let the devices do? Separately, over what kind of networks does M2M send its information?', 'What does an IoT gateway let the devices do?', 'over what kind of networks does M2M send its information?');
    // "n" joins only before a question of their own; options numbered are no questions, nor is "(figure 1)" a number.
    expect(responder.respond('what does m2m send over wifi n stuff').kind).not.toBe('compound');
    expect(responder.respond('Does M2M use (a) wifi or (b) cables?').kind).not.toBe('compound');
    expectAnsweredAsBoth('What does M2M stand for (see point 1) and does IoT need the cloud (point 2)?', 'What does M2M stand for (see point 1)', 'does IoT need the cloud (point 2)?');
    // An example after "?" that opens with where it applies is the same question again.
    expect(responder.respond('Is IoT cloud based? For example, does it need a server?').kind).not.toBe('compound');
  });

  it('answers one question asked of "IoT and M2M" together with each side\'s own entry, not a choice between them', () => {
    const bothAcronyms = [entryOf(responder.respond('what does IoT stand for?')), entryOf(responder.respond('what does M2M stand for?'))].sort();
    // After an apology whose words the article uses ("basic"), as after none.
    for (const q of ['what do IoT and M2M stand for?', 'what do the acronyms m2m & iot mean?', 'sorry, really basic question 🙈 what do IoT and M2M even stand for?']) {
      const r = responder.respond(q);
      expect(r.kind === 'compound' && r.answers.map((a) => a.entry.id).sort(), q).toEqual(bothAcronyms);
    }
    // Set against each other, the two are a choice.
    expect(responder.respond('what do IoT or M2M stand for?').kind).not.toBe('compound');
  });

  it('answers two questions with one entry when that entry says what both answers say', () => {
    const author = entryOf(responder.respond('who wrote the article?'));
    const date = entryOf(responder.respond('when was the article published?'));
    const both = responder.respond('who wrote it and when did it come out?');
    expect(both.kind).toBe('answer');
    const related = kb.byId.get(entryOf(both) ?? '')?.related ?? [];
    expect(related).toContain(author);
    expect(related).toContain(date);
    // Two answers that no single entry holds stay two.
    expect(responder.respond('what does m2m stand for and what does iot stand for?').kind).toBe('compound');
  });

  it('reads a short second part about the other side as the first question asked again', () => {
    const r = responder.respond('What does IoT stand for, and what about M2M?');
    expect(r.kind).toBe('compound');
    if (r.kind !== 'compound') return;
    expect(r.answers.map((a) => a.entry.id)).toEqual(['iot-acronym', 'm2m-acronym']);
    // A second part that asks something of its own is read as it is.
    const own = responder.respond('What does IoT stand for, and where was M2M first used?');
    expect(own.kind === 'compound' && own.answers.map((a) => a.entry.id)).toEqual(['iot-acronym', 'm2m-sensor-telemetry']);
    // Only the other side and a word or two, with no question word of its own: "…, and M2M over which?", "…, and m2m?".
    expectAnsweredAsBoth('IoT sends data over which networks, and M2M over which?', 'which networks does iot send data over?', 'which networks does m2m send data over?');
    expectAnsweredAsBoth('what does iot stand for, and m2m?', 'what does iot stand for?', 'what does m2m stand for?');
    // The two sides, or a side and something else, joined as one subject are one question.
    for (const q of ['how do iot and m2m differ?', 'Is wifi and IoT the same?', 'How do the cloud and IoT differ?']) expect(responder.respond(q).kind, q).not.toBe('compound');
    expectAnsweredAsBoth('which networks does iot use and m2m?', 'which networks does iot use?', 'which networks does m2m use?');
  });

  it('does not read the first part\'s side into a second part that names its own subject and would only repeat the first answer', () => {
    const mems = entryOf(responder.respond('what does MEMS stand for?'));
    const r = responder.respond('what does m2m stand for, and what does MEMS stand for?');
    expect(r.kind === 'compound' && r.answers.map((a) => a.entry.id)).toEqual([entryOf(responder.respond('what does m2m stand for?')), mems]);
  });

  it('answers a part the matcher would only offer as "did you mean" as the part alone is answered, else with its first choice, when the other part is answered', () => {
    const part = 'what does iot use to send data';
    const offered = engine.ask(part);
    expect(offered.kind).toBe('clarify');
    const choices = offered.kind === 'clarify' ? offered.choices.map((c) => c.entry.id) : [];
    const message = `${part}, and is it easy to scale?`;
    // The examples answer the part alone with another entry than the first choice.
    const alone = entryOf(responder.respond(part));
    expect(alone).toBeDefined();
    expect(alone).not.toBe(choices[0]);
    expect(partsOf(responder.respond(message))).toEqual([alone, 'scalability']);
    expect(partsOf(rulesAlone.respond(message))).toEqual([choices[0], 'scalability']);
  });

  it('keeps a second part as written when the first part\'s side read into it makes it less clear', () => {
    const r = responder.respond('can m2m run entirely on cables, and does going wireless save on upkeep?');
    expect(r.kind === 'compound' && r.answers.map((a) => a.entry.id)).toEqual(['wireless-vs-wired', 'wireless-tradeoff']);
  });

  it('reads "which ones does m2m use?" after a question about iot as that question about m2m', () => {
    const r = responder.respond('which networks do iot gadgets use, and which ones does m2m use?');
    expect(r.kind === 'compound' && r.answers.map((a) => a.entry.id)).toEqual(['iot-networks', 'm2m-networks']);
  });

  it('splits two questions that each end with "?" even when the second starts with a side', () => {
    const r = responder.respond('m2m fine with no wifi? iot better with fast internet?');
    expect(r.kind).toBe('compound');
  });

  it('answers a part just under the answer line with its best entry, when the other part is answered and both are plain questions', () => {
    const part = engine.ask('what does she tell you to base your choice on?');
    expect(part.kind).toBe('fallback');
    const best = part.kind === 'fallback' ? part.candidates[0]?.entry.id : undefined;
    const r = responder.respond('who is the author of the piece, and what does she tell you to base your choice on?');
    expect(r.kind === 'compound' && r.answers.map((a) => a.entry.id)).toEqual([entryOf(responder.respond('who is the author of the piece?')), best]);
  });

  it('does not split at "a plus" inside a question', () => {
    expectAnsweredAsBoth('Is being wireless a plus for IoT, and what network does M2M use?', 'Is being wireless a plus for IoT?', 'what network does M2M use?');
  });

  it('splits two questions joined by a semicolon or a plus sign', () => {
    for (const q of ['two things: what does MEMS mean; who wrote the article?', 'what does MEMS mean + who wrote the article?']) {
      const r = responder.respond(q);
      expect(r.kind === 'compound' && r.answers.map((a) => a.entry.id), q).toEqual([entryOf(responder.respond('What does MEMS mean?')), entryOf(responder.respond('who wrote the article?'))]);
    }
    // Two questions, each closed by its question mark, however few words each has.
    const r = responder.respond('article date? + iot when many users?');
    expect(r.kind === 'compound' && r.answers.map((a) => a.entry.id)).toEqual([entryOf(responder.respond('article date?')), entryOf(responder.respond('iot when many users?'))]);
    // A plus inside one question joins nothing.
    expect(responder.respond('is iot + m2m the same thing?').kind).not.toBe('compound');
  });

  it('reads each part as a whole message is read: "what does the article think about X" asks about X', () => {
    const r = responder.respond('what does the article think about scalability, and who wrote it?');
    expect(r.kind === 'compound' && r.answers.map((a) => a.entry.id)).toEqual([entryOf(responder.respond('what about scalability?')), entryOf(responder.respond('who wrote the article?'))]);
  });

  it('splits a second question that opens with where it applies: "…, and in the ATM example what does the bank do?"', () => {
    const r = responder.respond('what does MEMS mean, and in the ATM example what does the bank do?');
    expect(r.kind === 'compound' && r.answers.map((a) => a.entry.id)).toEqual([entryOf(responder.respond('What does MEMS mean?')), entryOf(responder.respond('in the ATM example, what does the bank do?'))]);
  });

  it('reads "does it mention X?" after a question about the article as asking about X', () => {
    const bluetooth = entryOf(responder.respond('bluetooth anywhere?'));
    expect(bluetooth).toBeDefined();
    expect(entryOf(responder.respond('does it mention bluetooth anywhere?'))).toBe(bluetooth);
    const r = responder.respond('does the article say who wrote it, and does it mention bluetooth anywhere?');
    expect(r.kind === 'compound' && r.answers.map((a) => a.entry.id)).toEqual([entryOf(responder.respond('who wrote the article?')), bluetooth]);
  });

  it('splits two questions when the second starts "Also," with a comma, or ", and, also,"', () => {
    expectAnsweredAsBoth('What does MEMS mean? Also, who wrote the article?', 'What does MEMS mean?', 'who wrote the article?');
    expectAnsweredAsBoth('What does MEMS mean, and, also, who wrote the article?', 'What does MEMS mean?', 'who wrote the article?');
  });

  it('leaves one question with "and" inside it alone', () => {
    expect(responder.respond('What is the difference between IoT and M2M?').kind).toBe('answer');
  });
});
