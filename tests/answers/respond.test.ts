/** The responder: what the bot makes of a message beyond one entry. */
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../src/answers/analyzer.js';
import type { AnswerEngine } from '../../src/answers/engine.js';
import { Responder, turnOf, type Response } from '../../src/answers/respond.js';
import { silentLogger } from '../../src/log.js';
import { loadServices } from '../../src/services.js';

const { responder, engine, kb } = loadServices({ logger: silentLogger });
const entryOf = (r: Response) => (r.kind === 'answer' ? r.entry.id : undefined);
/** How a scenario reading answered one of the chooser's questions (by its id), if it did. */
const readingOf = (r: Response, questionId: string) => (r.kind === 'scenario' ? r.reading.criteria.find((c) => c.questionId === questionId)?.answer : undefined);

describe('scenarios', () => {
  it('reads a described project for the article’s criteria and recommends the side they point to', () => {
    const m2m = responder.respond('We run six pumps on a remote site with no wifi, each one reports to its own controller. Which fits, IoT or M2M?');
    expect(m2m.kind).toBe('scenario');
    if (m2m.kind !== 'scenario') return;
    expect(m2m.reading.recommendation.verdict).toBe('m2m');
    expect(m2m.reading.criteria.map((c) => c.entryId)).toEqual(expect.arrayContaining(['m2m-fit-no-wifi', 'm2m-fit-point-to-point']));
    const noWifi = m2m.reading.criteria.find((c) => c.entryId === 'm2m-fit-no-wifi');
    expect(noWifi?.evidence).toMatch(/no wifi/);
    // Each criterion says which side it points to, as the chooser would weigh it.
    expect(m2m.reading.criteria.every((c) => c.side === 'm2m' && c.ask.endsWith('?'))).toBe(true);
    // Numbers are quoted back in words, never as the reader's internal quantity tokens.
    const counted = responder.respond('our 2 pumps only talk to one controller and 3000 users will log in. which fits?');
    const quoted = counted.kind === 'scenario' ? counted.reading.criteria.map((c) => c.evidence) : [];
    expect(quoted).toEqual(expect.arrayContaining(['a few pumps']));
    expect(quoted.join(' ')).not.toMatch(/qty/);

    const iot = responder.respond('Our retail chain wants every shelf sensor syncing to the cloud in real time, and we keep opening new stores. What would you pick?');
    expect(iot.kind === 'scenario' && iot.reading.recommendation.verdict).toBe('iot');
  });

  it('reads doubt about growing as no answer on scaling, and "not need it to grow" as no need to scale', () => {
    const noNeed = responder.respond("we don't need it to grow at all, the 3 robots just need reliable comms between them. m2m or iot?");
    expect(readingOf(noNeed, 'scale-to-many-users')).toBe('no');
    for (const q of ['Not sure if we will grow much, and the sensors are all wired. Which fits, IoT or M2M?', 'Our board has not decided if we grow to new sites, and the sensors are all wired. Which fits, IoT or M2M?']) {
      expect(readingOf(responder.respond(q), 'scale-to-many-users'), q).not.toBe('no');
    }
  });

  it('reads a terse description, one criterion stated before the question, as a project ("Direct link, 1:1. M2M or IoT?")', () => {
    const terse = responder.respond('Scale feeds the reject diverter. Direct link, 1:1. M2M or IoT?');
    expect(terse.kind === 'scenario' && terse.reading.criteria.map((c) => c.entryId)).toEqual(['m2m-fit-point-to-point']);
    // However few its words: the criterion alone, then the question.
    for (const q of ['Direct link, 1:1. M2M or IoT?', 'Isolated network. Which one?']) expect(responder.respond(q).kind, q).toBe('scenario');
    // The same criterion asked about in one sentence is a question about it, not a project.
    expect(responder.respond('is a direct link m2m or iot?').kind).not.toBe('scenario');
  });

  it('reads a project that closes by naming a side with a word of certainty ("iot obvs?") as asking which fits', () => {
    for (const q of ['our delivery vans stream their positions live to the cloud and the fleet keeps growing. iot obvs?', 'the delivery vans stream positions live to the cloud, and more join monthly. IoT, surely?']) {
      const r = responder.respond(q);
      expect(r.kind === 'scenario' && r.reading.recommendation.verdict, q).toBe('iot');
    }
  });

  it('reads a case set out first ("If the internet goes down, which one…?") as a project, however short', () => {
    const r = responder.respond('If the internet goes down at the depot, which approach keeps humming along?');
    expect(r.kind === 'scenario' && r.reading.criteria.map((c) => c.entryId)).toEqual(['m2m-fit-no-wifi']);
  });

  it('reads a project typed in a hurry: slips put right, "aint" as a negation, "wich fits" as asking', () => {
    const slips = responder.respond('our two freezers must be kept isolatd for securty reasons, which fits?');
    expect(slips.kind === 'scenario' && slips.reading.criteria.map((c) => c.entryId)).toContain('m2m-fit-security-isolation');
    const aint = responder.respond('bottling line: we aint expanding, the 3 fillers just have to be super reliable. wich fits');
    expect(aint.kind === 'scenario' && aint.reading.criteria.map((c) => c.entryId)).toEqual(expect.arrayContaining(['m2m-fit-no-scaling', 'm2m-fit-few-machines']));
  });

  it('reads negations typed without an apostrophe ("arent", "wont") as negations, never as slips', () => {
    for (const q of ['our 3 fillers must be super reliable, and we arent expanding. which fits?', 'our 3 fillers must be super reliable, and we wont expand. which fits?']) {
      const r = responder.respond(q);
      expect(r.kind === 'scenario' && r.reading.criteria.map((c) => c.entryId), q).toContain('m2m-fit-no-scaling');
    }
  });

  it('reads "snappy" as a few fast machines only when machines are snappy', () => {
    const checkout = responder.respond('Our checkout app has to feel snappy for 5000 shoppers across 40 stores. Which fits?');
    expect(checkout.kind === 'scenario' && checkout.reading.recommendation.verdict).toBe('iot');
  });

  it('takes "it can\'t be M2M" for a claim, not for asking which fits', () => {
    const claim = "The line guys say their setup is 'just Ethernet cables, no wireless, so it can't be M2M'. Is that right?";
    expect(responder.respond(claim).kind).not.toBe('scenario');
    expect(responder.respond('The setup in the shed runs with no wifi at all, so should it be M2M?').kind).toBe('scenario');
  });

  it('keeps a cue that "is not negotiable" or "is not just" a wish, and a bare "not" that contrasts', () => {
    const kept = responder.respond('for our two vault sensors, being isolated is not negotiable. which fits?');
    expect(kept.kind === 'scenario' && kept.reading.criteria.find((c) => c.entryId === 'm2m-fit-security-isolation')?.answer).toBe('yes');
    const contrast = responder.respond('our 500 shelf sensors need real time updates, not daily reports. iot or m2m?');
    expect(contrast.kind === 'scenario' && contrast.reading.criteria.find((c) => c.entryId === 'iot-fit-realtime-sync')?.answer).toBe('yes');
  });

  it('answers a story that ends by asking a fact about one side, though the story reads as a project and the question starts with "which"', () => {
    const fact = responder.respond("Our old plant links run over cables with no wifi anywhere. Which kinds of networks does m2m send data over, according to the article? trying to label the cabinet");
    expect(fact.kind).toBe('answer');
    expect(entryOf(fact)).toBe(entryOf(responder.respond('which kinds of networks does m2m send data over?')));
    // A closing question about the project itself, or weighing both sides, still gets the project read.
    for (const q of ['Our old plant links run over cables with no wifi anywhere, and it never grows. Which kind of m2m setup is this?', 'Our old plant links run over cables with no wifi anywhere, and it never grows. Which fits, m2m or iot?']) {
      expect(responder.respond(q).kind, q).toBe('scenario');
    }
  });

  it('answers the clause that asks a fact about one side when the sentence closing a story also talks about the asker', () => {
    const asked = 'does the article say wireless has a downside for iot?';
    const story = `We're putting the new door sensors on wireless because the builders hate running cable. I'm not taking sides, I just want to know - ${asked}`;
    expect(entryOf(responder.respond(story))).toBe(entryOf(responder.respond(asked)));
    // A clause that only asks what the article says, before a choice of sides, leaves the story to be read as a project.
    expect(responder.respond('A pump sensor talks directly to one monitoring computer and there is no Wi-Fi out there. What would this article say, M2M or IoT?').kind).toBe('scenario');
  });

  it('answers the clause that asks when an apology frames it, at the bar a closing question clears', () => {
    const asked = "what's the actual difference between them?";
    const alone = responder.respond(asked);
    expect(alone.kind === 'answer' && alone.confidence).toBeLessThan(0.75);
    expect(entryOf(responder.respond(`Apologies in advance, I am completely new to all of this and slightly embarrassed to ask, but ${asked}`))).toBe(entryOf(alone));
  });

  it('answers a story about one criterion that asks which side is better at it with the entry weighing the two on it', () => {
    const asked = 'Which one does the article say is easier to add hardware to?';
    const weighs = responder.respond(asked);
    expect(weighs.kind).toBe('answer');
    const growing = 'We keep opening new branches and every one needs more sensors added to the network.';
    expect(responder.respond(`${growing} Which one fits?`).kind).toBe('scenario');
    expect(entryOf(responder.respond(`${growing} ${asked}`))).toBe(entryOf(weighs));
    // A story with a second criterion is a project to weigh.
    expect(responder.respond(`${growing.replace('.', ", and there's no wifi at most of them.")} ${asked}`).kind).toBe('scenario');
  });

  it('answers a fact question about one side closing a story as the question alone would be answered, though it is not sure enough to stand alone', () => {
    const asked = 'What does the article say M2M relies on to carry its messages?';
    const alone = responder.respond(asked);
    expect(alone.kind === 'answer' && alone.confidence).toBeLessThan(0.75);
    const story = `The fitter came round about the freezer alarms and there is no wifi out in the cold store. ${asked} Also, the canteen microwave is broken again.`;
    expect(entryOf(responder.respond(story))).toBe(entryOf(alone));
  });

  it('answers a claim about one side asked to be confirmed with the entry that weighs both sides on it, whichever way round it is stated', () => {
    const weighs = entryOf(responder.respond('which of the two scales better?'));
    expect(weighs).toBeDefined();
    for (const q of ["m2m is the super scalable one, isn't it?", "It's M2M that's the super scalable one, isn't it?"]) expect(entryOf(responder.respond(q)), q).toBe(weighs);
    // Stated of the wrong side, the claim matches the other side's own entry far better, and is still answered by weighing the two.
    expect(entryOf(responder.respond('IoT is the labour-intensive one to set up, right?'))).toBe(weighs);
  });

  it('answers "which one…?" with the criterion the way round the question states it', () => {
    expect(entryOf(responder.respond('which one should you pick if you need to scale up?'))).toBe('iot-fit-scaling-users');
    expect(entryOf(responder.respond('which one is right when scaling does not matter?'))).toBe('m2m-fit-no-scaling');
    // Where the article has no criterion that way round, the criterion the question denies is not the answer.
    expect(entryOf(responder.respond('which one works when there is no wifi?'))).toBe('m2m-fit-no-wifi');
    expect(entryOf(responder.respond("which one can't run without wifi?"))).not.toBe('m2m-fit-no-wifi');
    // A claim about one side is answered by the criterion that corrects it.
    expect(entryOf(responder.respond('M2M needs wifi, right?'))).toBe('m2m-fit-no-wifi');
  });

  it('reads "must not sit on a network with other kit" and "kept entirely apart" as devices kept isolated', () => {
    expect(readingOf(responder.respond('the vault timers must not sit on a network with other kit. which fits, iot or m2m?'), 'security-isolation')).toBe('yes');
    expect(readingOf(responder.respond("our pump controllers sit on a network with the office PCs and that's fine. which fits, iot or m2m?"), 'security-isolation')).not.toBe('yes');
    expect(readingOf(responder.respond('the controllers must sit on a network with nothing else on it. which fits, iot or m2m?'), 'security-isolation')).toBe('yes');
    expect(readingOf(responder.respond("the lab's analysers must be kept entirely apart from the hospital network. which fits, iot or m2m?"), 'security-isolation')).toBe('yes');
  });

  it('reads "scaling is not a requirement" as no growth, as "growth is not a thing" is', () => {
    const r = responder.respond("we're not planning to grow the network, scaling is not a requirement for us. does that push us to iot or m2m?");
    expect(r.kind === 'scenario' && r.reading.criteria.find((c) => c.questionId === 'scale-to-many-users')?.answer).toBe('no');
  });

  it('reads "nothing else ever gets added" as no growth', () => {
    const r = responder.respond('we just want the 2 glasswashers and the dosing pump linked up, nothing else ever gets added, but it has to be fast. m2m?');
    expect(r.kind === 'scenario' && r.reading.criteria.find((c) => c.questionId === 'scale-to-many-users')?.answer).not.toBe('yes');
  });

  it('reads devices walled off "from every other device" as isolated, not as talking to many devices', () => {
    const r = responder.respond('The lab freezer monitors must be isolated from any other device on site, for security. Which does the article suggest?');
    expect(r.kind).toBe('scenario');
    if (r.kind === 'scenario') expect(r.reading.recommendation.verdict).toBe('m2m');
  });

  it('reads neither Wi-Fi that "never drops" as missing Wi-Fi, nor "no idea how fast we will grow" as no growth, nor a quick reliable login as a few machines', () => {
    const verdict = (q: string) => {
      const r = responder.respond(q);
      return r.kind === 'scenario' ? r.reading.recommendation.verdict : r.kind;
    };
    expect(verdict('Our warehouse wifi never drops and we have 5000 sensors that must sync in real time. Which fits?')).toBe('iot');
    expect(verdict('No idea how fast we will keep adding sites. Which fits?')).toBe('iot');
    expect(verdict('Our app needs a quick reliable login for thousands of users as we grow. IoT or M2M?')).toBe('iot');
  });

  it('reads "scaling is irrelevant" and a negation six words before the cue as no growth', () => {
    for (const q of ['The kiln line is staying as it is, so scaling is irrelevant, but every sensor must follow common standards. Which list does that land in?', "the packing line isn't going to need any rapid scaling at all, but the devices must talk to many others at once. iot or m2m?"]) {
      const r = responder.respond(q);
      expect(r.kind, q).toBe('scenario');
      if (r.kind === 'scenario') expect(r.reading.criteria.find((c) => c.questionId === 'scale-to-many-users')?.answer, q).toBe('no');
    }
  });

  it('reads "without any fuss" as how easily something happens, not as a negation of what follows', () => {
    const r = responder.respond('our guest app has to grow without any fuss as more and more guests use it, and every room has fast fibre. iot or m2m?');
    expect(r.kind === 'scenario' && r.reading.criteria.find((c) => c.questionId === 'scale-to-many-users')?.answer).toBe('yes');
    const denied = responder.respond('our guest app runs without more and more guests, and every room has fast fibre. iot or m2m?');
    expect(denied.kind === 'scenario' && denied.reading.criteria.find((c) => c.questionId === 'scale-to-many-users')?.answer).toBe('no');
  });

  it('reads a "not" right after a cue as denying it: "growth isn\'t a thing for us"', () => {
    const r = responder.respond('we have five packing robots that must be quick and reliable, and growth isn\'t a thing for us. which one?');
    expect(r.kind === 'scenario' && r.reading.criteria.map((c) => c.entryId)).toContain('m2m-fit-no-scaling');
    expect(r.kind === 'scenario' && r.reading.recommendation.verdict).toBe('m2m');
  });

  it('reads a criterion stated both ways in a message weighing a mix as the side the rest does not speak for', () => {
    const story = 'our 4 bottling machines need fast, reliable control and will never grow, but the web shop that shows orders has to scale with us.';
    const mix = responder.respond(`${story} m2m + iot?`);
    expect(mix.kind === 'scenario' && mix.reading.recommendation.verdict).toBe('mix');
    // Without weighing a mix, "never grow" against "scale" stays unread and the rest decides.
    const one = responder.respond('our 4 bottling machines need fast, reliable control, there is no wifi, and they will never grow, but the web shop has to scale with us. which fits?');
    expect(one.kind === 'scenario' && one.reading.recommendation.verdict).toBe('m2m');
    expect(one.kind === 'scenario' && one.reading.criteria.some((c) => c.questionId === 'scale-to-many-users')).toBe(false);
  });

  it('reads a project described with no question at all as asking which fits, but not one that asks something else', () => {
    const told = responder.respond('our farm shed: the pump controller tells the water tank what to do, and there is no wifi out there at all');
    expect(told.kind === 'scenario' && told.reading.recommendation.verdict).toBe('m2m');
    expect(responder.respond('our farm shed has no wifi out there at all. What does M2M stand for?').kind).not.toBe('scenario');
  });

  it('reads a project closed by "m2m for one and iot for the other?" as asking which fits, not as a question of its own', () => {
    const r = responder.respond('our two kilns need fast reliable control between them, plus we have a big fleet of cheap sensors that must follow standards so any vendor works. m2m for one and iot for the other?');
    expect(r.kind === 'scenario' && r.reading.recommendation.verdict).toBe('mix');
  });

  it('reads "what does point-to-point mean for m2m?" as asking what a word means, not which side a project needs', () => {
    const meaning = 'new on the team here, what does point-to-point mean when people talk about m2m?';
    expect(responder.respond(meaning).kind).not.toBe('scenario');
    // The same criterion in a project that asks which side fits is still read as one.
    expect(responder.respond('new on the team here, our two pumps need a point-to-point link, so iot or m2m?').kind).toBe('scenario');
  });

  it('reads "which one is easier to expand later, IoT or M2M?" as comparing the two, not as a project', () => {
    const scaling = entryOf(responder.respond('which one scales better?'));
    expect(scaling).toBeDefined();
    for (const q of ['quick one from a newbie, which one is easier to expand later on, IoT or M2M?', 'which one is easier to grow when we add more devices, iot or m2m?', 'I run the office. Which of the two is easier to add more devices to later?', 'Which one is plug-and-play when we bolt on more gear?', 'which of the two is the one that is easy to add more kit to?']) {
      expect(entryOf(responder.respond(q)), q).toBe(scaling);
    }
    // Closing a description of the asker's own project, it asks which fits that project.
    expect(responder.respond('our barn has no wifi at all and the controllers must keep running. which one is easier to run for us, iot or m2m?').kind).toBe('scenario');
  });

  it('keeps a negation in its clause when clauses are joined by "+" or "&"', () => {
    const r = responder.respond('our gym app: members sync workouts without any setup + thousands of members sign up every month. iot or m2m?');
    expect(r.kind === 'scenario' && r.reading.criteria.find((c) => c.entryId === 'iot-fit-scaling-users')?.answer).toBe('yes');
  });

  it('reads "cannot be reachable from the rest of our network" as devices kept isolated (a cue against isolation, denied)', () => {
    const r = responder.respond('We have 4 freeze dryers in the lab. Compliance says they cannot be reachable from the rest of our network. What would you pick?');
    expect(r.kind === 'scenario' && r.reading.recommendation.verdict).toBe('m2m');
  });

  it('does not carry a negation into a cue that starts a clause of its own ("zero exposure because of security")', () => {
    expect(readingOf(responder.respond('The dialysis machines stay on a sealed network, zero remote exposure because of security rules. Is this an m2m job?'), 'security-isolation')).toBe('yes');
    // A negation right before it still denies it.
    expect(readingOf(responder.respond('The pumps share the plant network, not because of security but for cost. Each talks to its own controller. Which fits?'), 'security-isolation')).toBe('no');
  });

  it('does not read what a vendor offers as what the project needs, unless the offer is all the message describes', () => {
    const offered = responder.respond('Our two kilns share one controller and we will never grow. A vendor keeps pitching us a real-time cloud dashboard. Overkill?');
    expect(offered.kind === 'scenario' && offered.reading.recommendation.verdict).toBe('m2m');
    expect(offered.kind === 'scenario' && offered.reading.criteria.map((c) => c.questionId)).not.toContain('realtime-cloud-sync');
    const needed = responder.respond('Is IoT overkill for our bike app that thousands of riders use every day?');
    expect(needed.kind === 'scenario' && needed.reading.recommendation.verdict).toBe('iot');
    // What the team itself sells is its project, not an offer.
    const sells = responder.respond('Our startup sells connected bikes to thousands of riders and keeps growing. The bikes have no wifi out on trails. Which fits?');
    expect(sells.kind === 'scenario' && sells.reading.criteria.map((c) => c.questionId)).toContain('scale-to-many-users');
  });

  it('recommends a mix when the project names a strong need on each side', () => {
    const mix = responder.respond('Our factory robots need dedicated point-to-point links to their controllers, but management wants all the data syncing to a cloud dashboard in real time. IoT or M2M?');
    expect(mix.kind === 'scenario' && mix.reading.recommendation.verdict).toBe('mix');
  });

  it('reads how many people or machines a project has, written in digits or words', () => {
    const many = responder.respond('Our bike-share app has 12,500 riders today and we are aiming for 40k. Which fits?');
    expect(many.kind === 'scenario' && many.reading.criteria.map((c) => `${c.questionId}:${c.answer}`)).toEqual(['scale-to-many-users:yes']);
    const few = responder.respond('Bakery line: the same four ovens for the next ten years, nothing else. Which fits?');
    expect(readingOf(few, 'scale-to-many-users')).toBe('no');
  });

  it('reads "we do not need to scale" as a no, not as scaling', () => {
    const r = responder.respond("We have a handful of machines in one plant and we don't need to scale at all. Is this an M2M job?");
    expect(r.kind).toBe('scenario');
    if (r.kind !== 'scenario') return;
    expect(r.reading.criteria.find((c) => c.questionId === 'scale-to-many-users')?.answer).toBe('no');
    expect(r.reading.recommendation.verdict).toBe('m2m');
  });

  it('reads a negated "no" cue as a yes: "we can\'t rely on wifi" must work without it', () => {
    const r = responder.respond("Our kiln controllers can't rely on wifi out in the yard, and each one talks only to its own panel. Which fits?");
    expect(readingOf(r, 'works-without-wifi')).toBe('yes');
  });

  it('reads a project described in sentences that then asks "iot, m2m or both?" as one project, not two questions', () => {
    const r = responder.respond('Harbour cranes: the four cranes need fast, dependable control and will never be more than four. The visitor app has to grow with thousands of users. IoT, M2M, or both?');
    expect(r.kind === 'scenario' && r.reading.criteria.map((c) => c.questionId)).toContain('few-machines');
    // Two questions, each about a criterion, describe no project: both are answered.
    expect(responder.respond('Does iot scale to many users? And which one works without wifi, iot or m2m?').kind).toBe('compound');
  });

  it('reads a project no cue covers from the criteria entries its clauses match on their own', () => {
    const { kb, chooser } = loadServices({ logger: silentLogger });
    const withoutCues = { ...chooser, questions: chooser.questions.map((q) => ({ ...q, cues: { yes: [], no: [] } })) };
    const uncued = new Responder(kb, engine, withoutCues);
    const r = uncued.respond('Our clinic wants every bedside monitor syncing to the cloud in real time and the devices need to talk to many others at once, iot or m2m?');
    expect(r.kind).toBe('scenario');
    if (r.kind !== 'scenario') return;
    expect(r.reading.recommendation.verdict).toBe('iot');
    expect(r.reading.criteria.map((c) => c.entryId)).toEqual(['iot-fit-realtime-sync', 'iot-fit-many-to-many']);
    // Less sure than a reading from the cues, and never for a short question or one about the article.
    const cued = responder.respond('Our clinic wants every bedside monitor syncing to the cloud in real time and the devices need to talk to many others at once, iot or m2m?');
    expect(cued.kind === 'scenario' && r.confidence < cued.confidence).toBe(true);
    expect(uncued.respond('Does the article say which side fits devices syncing to the cloud in real time?').kind).not.toBe('scenario');
  });

  it('answers a short direct question about one criterion from the knowledge base, not as a scenario', () => {
    expect(responder.respond('Which one scales better, IoT or M2M?').kind).toBe('answer');
    expect(responder.respond('Does the article say M2M works without wifi and with a direct link?').kind).not.toBe('scenario');
  });
});

describe('where the answer should come from', () => {
  it('reads "according to the text" as where to look, not as what is asked', () => {
    const plain = responder.respond('how does communication happen in iot?');
    expect(plain.kind).toBe('answer');
    for (const q of ['How does communication happen in IoT, per the text, what is the mechanism?', 'According to the write-up, how does communication happen in IoT, what is the mechanism?']) {
      expect(entryOf(responder.respond(q)), q).toBe(entryOf(plain));
    }
    // About the article itself, "the article" is what is asked.
    expect(entryOf(responder.respond('who wrote the article?'))).toBe('source-author');
  });

  it('reads "what does the article say about X" as a question about X', () => {
    const plain = responder.respond('what about the standards?');
    expect(plain.kind).toBe('answer');
    expect(entryOf(responder.respond('what does the article say about standards'))).toBe(entryOf(plain));
    expect(entryOf(responder.respond('does the article touch on scalability at all?'))).toBe(entryOf(responder.respond('what about scalability?')));
  });

  it('reads "which transports does the article cite?" as asking which transports', () => {
    const plain = entryOf(responder.respond('which transports for M2M?'));
    expect(plain).toBeDefined();
    expect(entryOf(responder.respond('Which transports does the article cite for M2M?'))).toBe(plain);
  });

  it('reads "what does the article say IoT actually is?" as asking what IoT is', () => {
    const plain = responder.respond('what is IoT actually?');
    expect(plain.kind).toBe('answer');
    expect(responder.respond('what does the article say IoT actually is?')).toMatchObject({ kind: 'answer', entry: { id: entryOf(plain) } });
  });

  it('reads "remind me what the article says about X" as a question about X, even when the frame alone would answer more surely', () => {
    const scaling = entryOf(responder.respond('what about scalability?'));
    expect(scaling).toBeDefined();
    expect(entryOf(responder.respond('what the article says'))).not.toBe(scaling);
    expect(entryOf(responder.respond('can someone remind me what the article says about scalability for each?'))).toBe(scaling);
  });

  it('reads "iot vs m2m" or "compare between the two" as a frame around what is compared', () => {
    const general = entryOf(responder.respond('iot vs m2m'));
    const scaling = entryOf(responder.respond('scalability?'));
    expect(general).toBeDefined();
    expect(scaling).not.toBe(general);
    for (const q of ['iot vs m2m scalability', 'how does scalability compare between the two']) expect(entryOf(responder.respond(q)), q).toBe(scaling);
    // A subject no phrasing pairs with "vs": the frame still gives way to it.
    const security = entryOf(responder.respond('security?'));
    expect(security).not.toBe(general);
    expect(entryOf(responder.respond('iot vs m2m security'))).toBe(security);
    // With nothing else asked, the comparison is the question.
    expect(entryOf(responder.respond('how do iot and m2m compare?'))).toBe(general);
  });

  it('reads a story closed by "what\'s the proper answer from the article?" as asking the story\'s question, never the entry about the article', () => {
    const aboutTheArticle = entryOf(responder.respond('what is the source of these answers?'));
    const q = "Had a supplier meeting this afternoon, lovely chap from a haulage firm, and out of the blue he asked me what the 'thing' in Internet of Things really means. I said 'er, gadgets?' and changed the subject but it nagged at me all evening. What's the proper answer from the article?";
    expect(entryOf(responder.respond(q))).not.toBe(aboutTheArticle);
  });

  it('does not answer "is that from the article?" in a story with the entry about the article: the story is what is asked', () => {
    const aboutTheArticle = entryOf(responder.respond('is that from the article?'));
    expect(aboutTheArticle).toBeDefined();
    for (const q of ['is that from the article? foundation of what?', 'a friend calls M2M the foundation, I assumed it was marketing. Is that from the article? Foundation of what?', "people call M2M 'the foundation' and I assumed it was marketing speak. Is that from the article?"]) {
      expect(entryOf(responder.respond(q)), q).not.toBe(aboutTheArticle);
    }
  });

  it('reads "the reading", as students call the article, as where to look, also when a follow-up is read with it', () => {
    const scaling = turnOf(responder.respond('which one is more scalable?'));
    const looked = turnOf(responder.respond('which one is more scalable according to the reading?'));
    expect(looked.entryIds).toEqual(scaling.entryIds);
    expect(entryOf(responder.respond('why?', looked))).toBe(entryOf(responder.respond('why?', scaling)));
    expect(entryOf(responder.respond('does the reading say which one is more scalable?'))).toBe(scaling.entryIds[0]);
  });

  it('does not read "this piece of kit" as the article', () => {
    expect(responder.respond('we have this piece of kit out in the fields where there is no wifi at all and it only talks to its own controller').kind).toBe('scenario');
  });

  it('reads "that IoT article" as the article, in a story that asks what it says', () => {
    const story = 'our pump house has no wifi at all and the two pumps talk directly.';
    const asked = responder.respond(`${story} does the article mention setups like that?`);
    expect(asked.kind).not.toBe('scenario');
    expect(responder.respond(`${story} does that IoT article mention setups like that?`).kind).toBe(asked.kind);
  });

  it('reads the article named by its subject ("our IoT vs M2M article") as where to look', () => {
    const atm = entryOf(responder.respond('How does an ATM work?'));
    expect(atm).toBeDefined();
    expect(entryOf(responder.respond('How does an ATM work according to our IoT vs M2M article?'))).toBe(atm);
  });

  it('reads a story closed by "does the article back me up?" or "is that from the article?" as asking what the story says', () => {
    const plain = entryOf(responder.respond('I told a client M2M is older than IoT.'));
    expect(plain).toBeDefined();
    for (const closing of ['Does the article back me up?', 'Is that from the article?']) expect(entryOf(responder.respond(`I told a client M2M is older than IoT. ${closing}`)), closing).toBe(plain);
  });

  it('reads "which section covers X" as a question about X, whose answer names its section', () => {
    const scalability = entryOf(responder.respond('what about scalability?'));
    expect(scalability).toBeDefined();
    for (const q of ['which section covers scalability?', 'In which part of the article does the author talk about scalability?', 'Does the article have a part about scalability?']) expect(entryOf(responder.respond(q)), q).toBe(scalability);
    // "where in the article is X discussed?": the verb that closes it belongs to the frame too.
    for (const q of ['Where in the article is scalability discussed?', 'where in the text is scalability mentioned?']) expect(entryOf(responder.respond(q)), q).toBe(scalability);
    // A part named by its subject asks about that subject.
    for (const q of ['What does the scalability paragraph in the article say?', 'what does the scalability bit say?']) expect(entryOf(responder.respond(q)), q).toBe(scalability);
    // "…say about security?" asks about that part's subject and security together.
    expect(entryOf(responder.respond('What does the M2M section say about security?'))).toBe('m2m-fit-security-isolation');
    // "which part deals with security?" names no part of the article: it is read as it stands.
    expect(responder.respond('which part deals with security?')).toMatchObject({ kind: engine.ask('which part deals with security?').kind });
  });
});

describe('a dispute closed by "who\'s right?"', () => {
  it('never reads "who\'s right?" as a question about the author', () => {
    const byline = entryOf(responder.respond('who wrote the article?'));
    for (const q of [
      "Worked the docks for thirty years, seen radios, pagers and phones come and go. Last night my brother-in-law said M2M kit needs Wi-Fi like everything else these days. I told him no chance, the old gear ran long before Wi-Fi. Who's right?",
      'Twenty years in facilities. A contractor told me IoT sensors always need someone keeping an eye on them. I told him they get along on their own. Which of us is right?',
    ]) {
      expect(entryOf(responder.respond(q)), q).not.toBe(byline);
    }
    // "who wins, iot or m2m?" asks which to choose: no dispute to read.
    expect(responder.respond('who wins, iot or m2m?').kind).toBe('answer');
    // Where the claims point to one entry, that is the answer.
    expect(entryOf(responder.respond("my boss says iot is wireless and m2m isn't always. who's right?"))).toBe('wireless-vs-wired');
  });
});

describe('a question framed by an apology', () => {
  it('answers the question after a greeting or an emoji with no comma before it', () => {
    const plain = entryOf(responder.respond('what actually is the internet of things?'));
    expect(plain).toBeDefined();
    for (const q of ['total newbie here 🙈 what actually IS the internet of things?', 'total newbie here what actually is the internet of things?']) {
      expect(entryOf(responder.respond(q)), q).toBe(plain);
    }
  });

  it('reads the question without what the asker says of themselves ("maybe a silly question but…", "bit lost,")', () => {
    const plain = entryOf(responder.respond('is IoT wireless?'));
    expect(plain).toBeDefined();
    for (const q of ['Maybe a silly question but is IoT wireless?', 'bit lost, is IoT wireless?']) {
      expect(entryOf(responder.respond(q)), q).toBe(plain);
    }
    // However many apologies come first (each one once made the frame's pattern try twice as many ways).
    expect(entryOf(responder.respond(`${'sorry '.repeat(60)}is IoT wireless?`))).toBe(plain);
  });

  it('answers the clause that asks, even when it asks in two words ("but what\'s m2m?")', () => {
    const plain = responder.respond("what's m2m?");
    expect(plain.kind).toBe('answer');
    expect(entryOf(responder.respond("sorry, probably a dumb one, but what's m2m?"))).toBe(entryOf(plain));
    expect(entryOf(responder.respond('sorry, probably a dumb one, but what’s m2m?'))).toBe(entryOf(plain));
  });
});

describe('one sentence that asks among sentences that tell why', () => {
  it('answers the sentence that asks when it alone is surer of its entry than the whole message', () => {
    const asked = responder.respond('Could someone explain what a UID is?');
    expect(asked.kind).toBe('answer');
    expect(entryOf(responder.respond('Could someone explain what a UID is? I keep hearing the word IoT everywhere'))).toBe(entryOf(asked));
  });

  it('leaves a question that only points at the sentences around it to the whole message', () => {
    const whole = responder.respond('My manager asked me which is better, IoT or M2M. What is the answer here?');
    expect(entryOf(whole)).toBe(entryOf(responder.respond('which is better, IoT or M2M?')));
  });
});

describe('a closing question that points back within the message', () => {
  it('asks it about the one subject named in the sentence before', () => {
    expect(entryOf(responder.respond('first week here and everyone keeps saying M2M. what does it mean?'))).toBe(entryOf(responder.respond('what does m2m mean?')));
    // An apostrophe in "lead's" opens no quote: the quoted term is 'UID', and without the quotes nothing is named.
    expect(entryOf(responder.respond("my lead's notes keep saying 'UID' everywhere. no clue what that is?"))).toBe(entryOf(responder.respond('what does uid mean?')));
    expect(responder.respond("my lead's notes keep saying UID everywhere. no clue what that is?").kind).not.toBe('answer');
  });

  it('finds that question before a closing remark, and does not take "the IoT article" for a side named', () => {
    const uid = entryOf(responder.respond('what does uid mean?'));
    for (const q of ["my lead's notes keep saying 'UID' everywhere. no clue what that is? Sorry. Long day.", "my lead's notes keep saying 'UID' everywhere. What is that in the IoT article? Sorry. Long day."]) expect(entryOf(responder.respond(q)), q).toBe(uid);
  });

});

describe('a story that asks "is that just how M2M is?"', () => {
  it('reads the story as a question about that side, when the article clearly answers it so', () => {
    const story = 'Every time we add a sensor somebody has to set up a brand new link by hand, and then keep nursing it.';
    const asked = entryOf(responder.respond(`${story} m2m`));
    expect(asked).toBeDefined();
    for (const closing of ['Is that just what M2M is like?', 'Is that just how M2M is?', 'Is that normal for M2M?']) expect(entryOf(responder.respond(`${story} ${closing}`)), closing).toBe(asked);
    // Alone, the closing question asks what M2M is; "is that what M2M is?" asks whether the story is M2M.
    expect(entryOf(responder.respond('Is that just what M2M is like?'))).not.toBe(asked);
    expect(entryOf(responder.respond(`${story} Is that what M2M is?`))).not.toBe(asked);
  });

  it('does so even when the story names a criterion, and the question says where to look', () => {
    const story = 'Every new sensor needs its own link set up one at a time, one link per device.';
    // The story alone reads as a project; asked about M2M as a whole, it is a matter the article answers.
    const direct = engine.ask(`${story} m2m`);
    const asked = direct.kind === 'answer' ? direct.entry.id : undefined;
    expect(asked).toBeDefined();
    for (const closing of ['is that normal for m2m?', 'is that normal for m2m per the article?']) expect(entryOf(responder.respond(`${story} ${closing}`)), closing).toBe(asked);
  });
});

describe('which to pick, with nothing said of the project', () => {
  it('is the article\'s general answer, however the asker names their place', () => {
    const general = entryOf(responder.respond('which is better, iot or m2m?'));
    expect(general).toBeDefined();
    for (const q of ['Which one should a mill like ours be using?', 'So which should a place like ours use, IoT or M2M?', 'Is one of them just better than the other?', 'so which one should my company use?']) {
      expect(entryOf(responder.respond(q)), q).toBe(general);
    }
  });

  it('is not that answer once the project is described, or the choice is about something else', () => {
    expect(responder.respond('we have no wifi at the site. which one should we use?').kind).toBe('scenario');
    expect(entryOf(responder.respond('which one should we use for the database?'))).toBeUndefined();
    const general = entryOf(responder.respond('which is better, iot or m2m?'));
    expect(entryOf(responder.respond('which one should the gateway use?'))).not.toBe(general);
  });
});

describe('a story that ends with a question', () => {
  const story = 'We run tank sensors wired straight to one controller and we keep adding new sites, so I have been reading up on all this.';

  it('answers a story that asks for all the cases one side is best for with that side\'s list, not a reading of the story', () => {
    const story = 'Security want the pump network sealed off, IT want everything in the cloud, and operations only care that it survives a Wi-Fi outage.';
    expect(responder.respond(`${story} Which one fits?`).kind).toBe('scenario');
    const list = entryOf(responder.respond('when is m2m the best choice?'));
    expect(list).toMatch(/^m2m-/);
    for (const asked of ["Before I referee, what are all the situations where the article says M2M is the best fit? I'll take it from there.", 'So what is the full list of cases where M2M is the right choice?']) {
      expect(entryOf(responder.respond(`${story} ${asked}`)), asked).toBe(list);
    }
    // "all" with no list asked for, or in a clause of its own, is not a request for the list.
    expect(entryOf(responder.respond(`${story} Is M2M secure in all situations?`))).not.toBe(list);
    expect(responder.respond(`${story} In all cases, which one fits us best?`).kind).toBe('scenario');
  });

  it('answers the question it ends with when that is not which side fits', () => {
    expect(entryOf(responder.respond(`${story} What does the M in M2M stand for?`))).toBe('m2m-acronym');
  });

  it('reads the project when it ends by asking which side fits, in few words or many', () => {
    expect(responder.respond(`${story} Which would you pick for us?`).kind).toBe('scenario');
    expect(responder.respond(`${story} Both?`).kind).toBe('scenario');
    expect(responder.respond(`${story} What would the article recommend?`).kind).toBe('scenario');
  });

  it('answers what the article says about a criterion the closing question names, even if it asks "which one"', () => {
    const asked = responder.respond(`${story} Does the article say which one of iot or m2m is easier to scale?`);
    expect(asked.kind).toBe('answer');
    expect(entryOf(asked)).toBe(entryOf(responder.respond('which one of iot or m2m is easier to scale?')));
  });
});

describe('two questions in one', () => {
  it('reads "it" after a part about the article as the article ("who wrote it and how old is it?")', () => {
    const article = responder.respond('who wrote the article and when was it published?');
    const both = responder.respond('who wrote it and how old is it?');
    // Either one entry that says both, or the author and the date.
    const ids = both.kind === 'compound' ? both.answers.map((a) => a.entry.id) : [entryOf(both)];
    expect(ids).toEqual(article.kind === 'compound' ? article.answers.map((a) => a.entry.id) : [entryOf(article)]);
  });

  it('splits a second part asked indirectly ("…, and also whether…")', () => {
    const r = responder.respond('Remind me what M2M stands for, and also whether IoT needs people to run it?');
    expect(r.kind === 'compound' && r.answers.map((a) => a.entry.id)).toEqual(['m2m-acronym', expect.stringMatching(/human/)]);
    // Or as a request: "…, and tell me which…".
    const asked = responder.respond('Give me the full form of M2M, and tell me which industries use IoT');
    expect(asked.kind === 'compound' && asked.answers.map((a) => a.entry.id)).toEqual(['m2m-acronym', 'iot-industries']);
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
    for (const q of ['How does M2M send its data? Separately, who is the author?', 'What does UID mean? And secondly, is iot scalable?', 'Who wrote the article, and separately how does M2M send data?', 'What does MEMS stand for? Different question: who wrote the article?']) {
      const r = responder.respond(q);
      expect(r.kind, q).toBe('compound');
      if (r.kind === 'compound') expect(r.answers, q).toHaveLength(2);
    }
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
  });

  it('does not read the first part\'s side into a second part that names its own subject and would only repeat the first answer', () => {
    const mems = entryOf(responder.respond('what does MEMS stand for?'));
    const r = responder.respond('what does m2m stand for, and what does MEMS stand for?');
    expect(r.kind === 'compound' && r.answers.map((a) => a.entry.id)).toEqual([entryOf(responder.respond('what does m2m stand for?')), mems]);
  });

  it('answers a part the matcher would only offer as "did you mean" with its first choice, when the other part is answered', () => {
    const part = engine.ask('what does iot use to send data');
    expect(part.kind).toBe('clarify');
    const r = responder.respond('what does iot use to send data, and is it easy to scale?');
    expect(r.kind === 'compound' && r.answers.map((a) => a.entry.id)).toEqual([part.kind === 'clarify' && part.choices[0]?.entry.id, 'scalability']);
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

  it('splits two questions joined by a semicolon or a plus sign', () => {
    for (const q of ['two things: what does MEMS mean; who wrote the article?', 'what does MEMS mean + who wrote the article?']) {
      const r = responder.respond(q);
      expect(r.kind === 'compound' && r.answers.map((a) => a.entry.id), q).toEqual([entryOf(responder.respond('What does MEMS mean?')), entryOf(responder.respond('who wrote the article?'))]);
    }
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

  it('splits two questions when the second starts "Also," with a comma', () => {
    const r = responder.respond('What does MEMS mean? Also, who wrote the article?');
    expect(r.kind === 'compound' && r.answers.map((a) => a.entry.id)).toEqual([entryOf(responder.respond('What does MEMS mean?')), entryOf(responder.respond('who wrote the article?'))]);
  });

  it('leaves one question with "and" inside it alone', () => {
    expect(responder.respond('What is the difference between IoT and M2M?').kind).toBe('answer');
  });
});

describe('what the article does not cover', () => {
  it('reads a number run into its unit ("2.4ghz", "50mbps") as the unit, which the article gives no figures for', () => {
    for (const q of ['2.4ghz or 5ghz wifi for iot gateways?', 'is 50mbps enough bandwidth for iot gateways?']) expect(responder.respond(q).kind, q).toBe('declined');
    expect(responder.respond('does m2m work over 5g?').kind).not.toBe('answer');
    // A name with a digit in it is no number with a unit: "3gpp" is still the standards body.
    expect(responder.respond('what does 3gpp say about m2m?').kind).toBe('declined');
  });

  it('declines a request or a "which one" question about something out of scope, though it has no question mark or names it earlier', () => {
    for (const q of ['Please explain how Zigbee pairing works. Is IoT wireless?', "We're evaluating MQTT brokers for the plant. Which one is best?"]) expect(responder.respond(q).kind, q).toBe('declined');
  });

  it('does not decline questions the article answers that share words with a scope term', () => {
    for (const q of ['can m2m track the energy consumption of machines?', 'does M2M gain more power as IoT expands?', 'what range of things can m2m monitor?', 'I edited my question: what is m2m?', 'Will M2M need replacing once IoT takes over?', 'How long until IoT replaces M2M?', 'Is an M2M network easier to put in lockdown than IoT?', 'was the article written in 2021?']) {
      expect(responder.respond(q).kind, q).not.toBe('declined');
    }
  });

  it('declines a follow-up the article does not cover, offering the answer just given, which is what it does say', () => {
    const labour = turnOf(responder.respond('Which one takes more labour to set up and maintain?'));
    const cheaper = responder.respond('which one is cheaper to run then?', labour);
    expect(cheaper.kind).toBe('declined');
    expect(cheaper.kind === 'declined' && cheaper.partial?.entry.id).toBe(labour.entryIds[0]);
    // Asked alone, there is nothing it follows; after an answer it shares no word with, that answer is not offered.
    const alone = responder.respond('which one is cheaper to run then?');
    expect(alone.kind === 'declined' && alone.partial).toBeNull();
    const unrelated = responder.respond('how much does it cost?', turnOf(responder.respond('who wrote the article?')));
    expect(unrelated.kind === 'declined' && unrelated.partial).toBeNull();
  });

  it('answers a question whose story mentions something out of scope in passing, but declines one that asks about it', () => {
    expect(entryOf(responder.respond('Sat in the canteen with the team earlier, chatting about the new site. Does M2M need Wi-Fi to work?'))).toBe('m2m-fit-no-wifi');
    // "its" belongs to the subject the question names; it points nowhere back into the story. Naming no side, it points back.
    expect(responder.respond('Sat in the canteen with the team earlier. What does the article say M2M relies on to carry its messages?').kind).toBe('answer');
    expect(responder.respond('We use Zigbee in the warehouse. What does the article say about its security?').kind).toBe('declined');
    // The question points back to what the story names: that is what it asks about.
    for (const q of ['We run LoRaWAN across the farm. Does it count as IoT?', "I've heard about Sigfox. Is it any good for IoT devices?"]) expect(responder.respond(q).kind, q).toBe('declined');
  });

  it('declines details and examples the article never gives (its editor, the author\'s other work, standards by code, power and bandwidth, resets, ROI, ranges, user counts, vending machines)', () => {
    const declined = (questions: string[]) => {
      for (const q of questions) expect(responder.respond(q).kind, q).toBe('declined');
    };
    // The byline's gaps, standards and regulations by their codes, and the devices' own energy use.
    declined(['who was the editor of that iot piece?', 'what else did the author of this m2m vs iot write?']);
    declined(['which iec standard applies to iot sensors?', 'does 21 cfr part 11 apply to m2m logs?', 'how much energy consumption of the devices is normal?']);
    // Figures, comparisons by numbers, resets and returns, which the article never gives.
    declined(['does m2m draw less power than iot?', 'which needs more bandwidth, m2m or iot?', 'which responds quicker in actual numbers, m2m or iot?']);
    declined(['how do we reset an m2m modem that hangs?', 'what is the return on investment of an iot rollout?', 'what is the payback on an m2m rollout?', 'what range do iot gateways reach?', 'how many users can m2m serve?']);
    // Protocols and fields it never names, sectors it never lists, and office matters.
    declined(['is snmp an m2m protocol?', 'iot vs cloud computing: which suits analytics?', 'do hospitals use iot for patient beds?', 'is there anything on iot in healthcare in the article?', "when's the office party?"]);
    // Vending machines as an example, which the article never gives; a vending-machine project is still read as one.
    declined(['would a vending machine count as an example of m2m in the article?', 'do vending machines use m2m like atms?']);
    expect(responder.respond('our 6 vending machines each report to one server, no wifi. which fits?').kind).toBe('scenario');
    expect(responder.respond('who is the author of the iot article?').kind).toBe('answer');
  });

  it('declines laws, privacy, power use and courses, which the article never touches', () => {
    for (const q of ['Which regulations apply to M2M devices in hospitals?', 'How does IoT handle privacy of personal data?', 'What is the power consumption of an IoT sensor?', 'Is there a good online course to learn IoT?']) expect(responder.respond(q).kind, q).toBe('declined');
  });

  it('declines mesh networks, connection counts, radio bands and setup times, but not the questions about them the article answers', () => {
    for (const q of ["What's a mesh network and is it better for IoT?", 'How many M2M connections are there worldwide?', 'Which cellular band is best for M2M in the UK?', 'How many weeks does it take to set up an M2M network?']) {
      expect(responder.respond(q).kind, q).toBe('declined');
    }
    for (const q of ['how many separate connections are needed in m2m?', 'does iot connect devices worldwide?', 'how does new hardware get into iot systems?', 'what year was the m2m vs iot article written?', 'does m2m use a cellular network?', 'was m2m common in days before iot?']) {
      expect(responder.respond(q).kind, q).not.toBe('declined');
    }
  });

  it('declines the details the article mentions without giving, but not the questions about them it answers', () => {
    for (const q of ['which security issues does isolating m2m devices protect against?', 'how many devices can an iot network handle?', 'how many devices can you connect with m2m?', 'how much upload speed does m2m need?', 'what security threats does iot face?', 'is m2m any different from telematics?', 'which atm manufacturer relies on m2m?']) {
      expect(responder.respond(q).kind, q).toBe('declined');
    }
    for (const q of ['how many devices can one m2m link connect?', 'does iot need a fast download speed?', 'are security threats a reason to choose m2m?', 'does m2m link two bits of kit directly?']) {
      expect(responder.respond(q).kind, q).not.toBe('declined');
    }
  });

  it('reads neither a control room nor a lone "parents" as a criterion of a project', () => {
    const cloud = responder.respond('the control room wants every field device updating together in real time through a cloud system. which fits?');
    expect(readingOf(cloud, 'point-to-point')).toBeUndefined();
    expect(readingOf(responder.respond('the parents association wants the pumps wired straight to one controller. iot or m2m?'), 'scale-to-many-users')).toBeUndefined();
  });

  it('declines a choice among products named at the end of the question, and a satellite link, but not a satellite site', () => {
    expect(responder.respond('Our IoT dashboard has to sync all the sensors in real time. Which should it run on, Azure or Google?').kind).toBe('declined');
    expect(responder.respond('Does satellite work for M2M at really remote sites?').kind).toBe('declined');
    expect(responder.respond("We link up with the satellite hospital 40 miles away. What does the article say about M2M's record over distance?").kind).not.toBe('declined');
  });

  it('declines updating devices in the field, but not data pushed to the cloud', () => {
    expect(responder.respond('What are best practices for over-the-air updates on IoT devices?').kind).toBe('declined');
    expect(responder.respond('can iot devices push updates to the cloud in real time?').kind).not.toBe('declined');
  });

  it('declines a near miss even when its other words are familiar, and answers the part it can', () => {
    const r = responder.respond('What encryption does M2M use between the ATM and the bank?');
    expect(r.kind).toBe('declined');
    if (r.kind !== 'declined') return;
    expect(r.subject).toBe('encryption and certificates');
    expect(r.partial?.entry.id).toMatch(/^m2m-atm/);
  });

  it('declines equipment that is not working, but not a side that does not work a certain way', () => {
    expect(responder.respond('my sensor is not working, how do i fix it?').kind).toBe('declined');
    const cloud = turnOf(responder.respond("What does IoT's cloud network actually give you?"));
    expect(responder.respond("and m2m doesn't work like that?", cloud).kind).not.toBe('declined');
  });

  it('reads a project that mentions a technology in passing, and declines one whose asking clause names it', () => {
    const mentioned = responder.respond('Our delivery vans all run on fast 5g, we want their live location on one cloud screen, whats the right fit');
    expect(mentioned.kind).toBe('scenario');
    const asked = responder.respond('Which IoT standards should we follow, like oneM2M or IEEE 802.15.4?');
    expect(asked.kind).toBe('declined');
  });

  it('never turns a protocol name into a domain word', () => {
    for (const q of ['How does MQTT compare to CoAP for IoT devices?', 'Is Sigfox better than NB-IoT for M2M?', 'Does OPC UA fit into M2M?']) {
      expect(responder.respond(q).kind, q).toBe('declined');
    }
  });
});

describe('follow-ups', () => {
  it('reads a third turn after a middle turn that stood alone, not with the first turn\'s words ("the article")', () => {
    const iot = turnOf(responder.respond('What does the article say IoT is?'));
    const uid = responder.respond('what is a UID?', iot);
    expect(entryOf(uid)).toBe('iot-uid-meaning');
    // "the article" in the first turn made the third about the article's source.
    expect(entryOf(responder.respond('and how does the data get out?', turnOf(uid)))).toMatch(/^iot-/);
    // A turn with nothing of its own is still read with the one before it.
    expect(turnOf(responder.respond('why?', turnOf(uid))).question).toMatch(/^why\? what is a UID\?$/);
  });

  it('reads a message with its own subject that ends "which one is it?" or "is it iot or m2m?" as a new question, not a check of the answer before', () => {
    const iot = turnOf(responder.respond('what is iot?'));
    expect(responder.respond('Three pumps wired together with no wifi: which one is it?', iot).kind).toBe('scenario');
    const m2m = turnOf(responder.respond('what is m2m?'));
    expect(responder.respond('We use Zigbee for all the lights, is it iot or m2m?', m2m).kind).toBe('declined');
  });

  it('leaves a "what else is it best for?" that names a side, or asks something more, to the usual reading', () => {
    const few = turnOf(responder.respond('is m2m good for a fixed set of machines?'));
    expect(entryOf(responder.respond('what else is it best for in iot?', few))).not.toMatch(/^m2m-/);
  });

  it('does not answer "what\'s that good for?" with the answer just given again', () => {
    const byline = turnOf(responder.respond('who wrote the article?'));
    expect(entryOf(responder.respond("what's that good for?", byline))).not.toBe(byline.entryIds[0]);
  });

  it('settles a "did you mean" between opposite sides\' related criteria only for the side the question names', () => {
    expect(entryOf(responder.respond('many devices or a few machines, which is iot?'))).not.toMatch(/^m2m-/);
  });

  it('answers "what does that enable?" after an answer with the entry next to it about what it makes possible', () => {
    const cloud = entryOf(responder.respond('what does a global cloud network make possible for iot?'));
    for (const [first, then] of [['Where do IoT devices sit in the network?', 'what does that enable?'], ['How does IoT set up its network?', "what's that good for?"], ['Where do the devices sit in an IoT setup, network-wise?', 'what does that get you?'], ['Which one is built around a cloud network?', 'why does that matter?']]) {
      expect(entryOf(responder.respond(then as string, turnOf(responder.respond(first as string)))), then).toBe(cloud);
    }
  });

  it('answers "what\'s the point of that?" with the answer just given when that answer already says what it makes possible', () => {
    const cloud = turnOf(responder.respond('Why does IoT use the cloud?'));
    expect(cloud.entryIds).toEqual([entryOf(responder.respond('what does a global cloud network make possible for iot?'))]);
    expect(entryOf(responder.respond("what's the point of that?", cloud))).toBe(cloud.entryIds[0]);
  });

  it('reads "is that a big deal?" as weighing the answer just given, and "so which should we use?" after one side\'s list as the general question', () => {
    const labour = turnOf(responder.respond('Does M2M need its own connection set up for every machine?'));
    expect(entryOf(responder.respond('is that a big deal?', labour))).toBe(labour.entryIds[0]);
    const list = turnOf(responder.respond('When is M2M the best choice?'));
    expect(entryOf(responder.respond('so which should we use?', list))).toBe(entryOf(responder.respond('so which should we use?')));
    expect(entryOf(responder.respond('so which should we use?', list))).not.toBe(list.entryIds[0]);
  });

  it('answers a lone "why?" that nothing else answers with the answer just given, which holds its reasoning', () => {
    const labour = turnOf(responder.respond('Which of the two does the article describe as labour intensive to set up and keep running?'));
    expect(labour.entryIds).toEqual(['m2m-setup-maintenance']);
    expect(entryOf(responder.respond('why?', labour))).toBe('m2m-setup-maintenance');
  });

  it('answers "why?" after a recommendation with the criterion it rests on most', () => {
    const grows = responder.respond('Which of the two grows better if we keep opening new depots?');
    expect(grows.kind).toBe('scenario');
    if (grows.kind !== 'scenario') return;
    // What a user sees: the reason is about scaling, the criterion the recommendation rests on.
    expect(entryOf(responder.respond('why?', turnOf(grows)))).toMatch(/scal/);
  });

  it('answers "is that iot or m2m?" or "which one uses them, iot or m2m?" with the answer just given, which names its side', () => {
    const mems = turnOf(responder.respond('what are MEMS in the article?'));
    expect(entryOf(responder.respond('is that for iot or m2m?', mems))).toBe(mems.entryIds[0]);
    expect(entryOf(responder.respond('is that iot or m2m again?', mems))).toBe(mems.entryIds[0]);
    const isolated = turnOf(responder.respond('which one suits devices kept isolated for security?'));
    expect(entryOf(responder.respond('so which side does that favour?', isolated))).toBe(isolated.entryIds[0]);
    const gateway = turnOf(responder.respond('what is a gateway in iot?'));
    expect(entryOf(responder.respond('which one uses them, m2m or iot?', gateway))).toBe(gateway.entryIds[0]);
  });

  it('gives the answer just given again for a short question about a word of it ("over which infrastructure?")', () => {
    const thing = turnOf(responder.respond('What is the thing in the Internet of Things?'));
    expect(entryOf(responder.respond('over which infrastructure?', thing))).toBe(thing.entryIds[0]);
    // A new subject of its own is not read as a word of the answer.
    expect(entryOf(responder.respond('who wrote the article?', thing))).not.toBe(thing.entryIds[0]);
  });

  it('answers "and iot?" after one of M2M\'s criteria with the IoT criterion the knowledge base relates to it', () => {
    const noWifi = turnOf(responder.respond('which one suits a plant with no wifi at all?'));
    expect(noWifi.entryIds).toEqual(['m2m-fit-no-wifi']);
    expect(entryOf(responder.respond('what about iot?', noWifi))).toBe('iot-fit-fast-internet');
    const few = turnOf(responder.respond('m2m for a handful of machines, right?'));
    expect(few.entryIds).toEqual(['m2m-fit-few-machines']);
    expect(entryOf(responder.respond('same for iot?', few))).toBe('iot-fit-many-to-many');
  });

  const first = responder.respond('Do IoT devices need a human to operate them?');
  const previous = turnOf(first);

  it('"what about m2m?" asks the question before about the other side', () => {
    const r = responder.respond('what about m2m?', previous);
    expect(entryOf(r)).toBe('no-human-input');
    expect(r.kind === 'answer' && r.readAs).toMatch(/m2m/i);
  });

  it('"same for m2m?" asks the question before about the other side too', () => {
    for (const q of ['same for m2m?', 'same question for M2M', 'is it the same for m2m then?']) {
      const r = responder.respond(q, previous);
      expect(entryOf(r), q).toBe('no-human-input');
    }
  });

  it('"and to an m2m one?" asks the question before about the other side, its noun kept', () => {
    const iot = turnOf(responder.respond('Is it hard to add new sensors to an IoT network?'));
    for (const q of ['and to an m2m one?', 'and for the m2m network?', 'what about with m2m?']) {
      const r = responder.respond(q, iot);
      expect(r.kind === 'answer' && r.readAs, q).toMatch(/m2m network/i);
    }
  });

  it('reads "M2M too?", "m2m as well?" and "M2M?" as "and m2m?": the question before, about the other side', () => {
    const networks = turnOf(responder.respond('what networks does iot use?'));
    for (const q of ['M2M too?', 'm2m as well?', 'M2M?', 'and m2m?']) expect(entryOf(responder.respond(q, networks)), q).toBe('m2m-networks');
    // After a turn about neither side, a side alone asks about that side, not the question before.
    const byline = turnOf(responder.respond('who wrote the article?'));
    expect(entryOf(responder.respond('M2M?', byline)) ?? '').not.toMatch(/^source-/);
  });

  it('"and m2m?" after an answer that never names M2M gives a related entry that does, not that answer again', () => {
    const cloud = turnOf(responder.respond('How does IoT deal with large amounts of data?'));
    expect(cloud.entryIds).toEqual(['cloud-large-scale-data']);
    const r = responder.respond('and m2m?', cloud);
    expect(kb.byId.get(cloud.entryIds[0] as string)?.related).toContain(entryOf(r));
    expect(kb.byId.get(entryOf(r) ?? '')?.answer).toMatch(/\bM2M\b/);
  });

  it('prefers the same matter on the other side: the answer given or its neighbour', () => {
    const operated = turnOf(responder.respond('is iot operated by people'));
    expect(operated.entryIds).toEqual(['iot-no-human']);
    expect(entryOf(responder.respond('same for m2m?', operated))).toBe('no-human-input');
  });

  it('"and then?" asks for the next step: the entry next to the answer just given', () => {
    const atm = turnOf(responder.respond('how does m2m work in an atm'));
    expect(atm.entryIds).toEqual(['m2m-atm-example']);
    for (const q of ['and then?', 'then what?', 'what happens next?']) expect(entryOf(responder.respond(q, atm)), q).toBe('m2m-atm-transaction');
    expect(responder.respond('and then?').kind).not.toBe('answer');
    // The next step carries on from what the answer said, however the question before it was worded.
    const example = turnOf(responder.respond('Give me a concrete M2M example'));
    expect(example.entryIds).toEqual(atm.entryIds);
    expect(entryOf(responder.respond('and then?', example))).toBe('m2m-atm-transaction');
    // The entries say which step follows which: after the last step "and then?" stays there, it does not go a step back.
    const last = turnOf(responder.respond('and then?', example));
    expect(kb.entries.some((e) => e.next === last.entryIds[0])).toBe(true);
    expect(entryOf(responder.respond('and then?', last))).toBe(last.entryIds[0]);
    for (const q of ['how does it wrap up?', 'and how does it finish?', 'and then what does the bank do?']) expect(entryOf(responder.respond(q, example)), q).toBe(last.entryIds[0]);
  });

  it('"why?" after an answer whose reasoning is in another entry gets that entry (its why)', () => {
    const grows = turnOf(responder.respond('Does IoT growing mean M2M is on the way out?'));
    const reason = kb.byId.get(grows.entryIds[0] ?? '')?.why;
    expect(reason).toBeDefined();
    for (const q of ['why?', 'why would that be?', 'how come they grow together?']) expect(entryOf(responder.respond(q, grows)), q).toBe(reason);
    // A why-question with words of its own asks something new.
    expect(entryOf(responder.respond('why is it cheaper?', grows))).not.toBe(reason);
  });

  it('"both of them or just iot?" after an answer about both sides gives that answer again', () => {
    const outlook = turnOf(responder.respond("What's the future look like for IoT?"));
    const answer = kb.byId.get(outlook.entryIds[0] ?? '')?.answer ?? '';
    expect(answer).toMatch(/\bboth\b/);
    for (const q of ['both of them or just iot?', 'is that for both of them?', 'does that apply to both?']) expect(entryOf(responder.respond(q, outlook)), q).toBe(outlook.entryIds[0]);
  });

  it('"so is that m2m or iot?" after an answer that names neither side gets the entry next to it that names one', () => {
    const transaction = turnOf(responder.respond('and who sends the ok back?', turnOf(responder.respond("what's the ATM example in the article about?"))));
    const given = kb.byId.get(transaction.entryIds[0] ?? '');
    expect(given?.answer).not.toMatch(/\b(IoT|M2M)\b/);
    for (const q of ['so is that m2m or iot?', "so that's iot?"]) {
      const id = entryOf(responder.respond(q, transaction)) ?? '';
      expect(given?.related, q).toContain(id);
      expect(kb.byId.get(id)?.answer, q).toMatch(/\bM2M\b/);
    }
    // An answer that names its side is given again.
    const named = turnOf(responder.respond('what is m2m?'));
    expect(entryOf(responder.respond("so that's iot?", named))).toBe(named.entryIds[0]);
  });

  it('"in plain english?" or "what does that mean in simple terms?" gives the answer just given again, however its words alone lean', () => {
    for (const first of ['What are IoT devices converged with?', 'When should we go IoT?', 'Is IoT cloud based?']) {
      const before = turnOf(responder.respond(first));
      const [given] = before.entryIds;
      expect(given, first).toBeDefined();
      for (const q of ['in plain english?', 'what does that mean in plain english?', 'can you explain that in simple terms?', 'plain english please']) expect(entryOf(responder.respond(q, before)), `${first} → ${q}`).toBe(given);
    }
  });

  it('"so which one for the weighbridge kit then?" after a criterion is decided by that criterion; a case with a criterion of its own is read for it', () => {
    const wifi = turnOf(responder.respond('Does M2M need wifi to work?'));
    const [criterion] = wifi.entryIds;
    expect(criterion).toMatch(/^m2m-fit-/);
    for (const q of ['so which one for the flare stack out on the cap then?', 'ok so m2m for the balers then?']) expect(entryOf(responder.respond(q, wifi)), q).toBe(criterion);
    const users = 'so which one for a site with thousands of users then?';
    expect(entryOf(responder.respond(users, wifi))).toBe(entryOf(responder.respond(users)));
    expect(entryOf(responder.respond(users))).not.toBe(criterion);
    // After an answer that is no criterion, the case is read alone; so is a case the article does not cover.
    const definition = turnOf(responder.respond('what is m2m?'));
    expect(entryOf(responder.respond('so which one for the flare stack then?', definition))).toBeUndefined();
    expect(responder.respond('so which one for the payroll system then?', wifi).kind).toBe('declined');
    // Naming the other side is no "which one": "ok so iot for the balers then?" is not settled by the M2M criterion as certain.
    const otherSide = responder.respond('ok so iot for the balers then?', wifi);
    expect('confidence' in otherSide && otherSide.confidence).toBeLessThan(1);
  });

  it('"and if the connection is patchy?" after a recommendation or a criterion asks which fits that case instead', () => {
    const criteriaOf = (r: Response) => (r.kind === 'scenario' ? r.reading.recommendation.criteria : []);
    const lorries = turnOf(responder.respond('Which is better if all our lorries need to talk to each other at the same time?'));
    expect(lorries.kind).toBe('scenario');
    const balers = responder.respond("and if it's just the two balers talking to each other?", lorries);
    expect(criteriaOf(balers)).toEqual(['m2m-fit-point-to-point']);
    const fastInternet = turnOf(responder.respond('Is IoT the one that wants fast internet on the devices?'));
    expect(criteriaOf(responder.respond('and if the connection is patchy?', fastInternet))).toEqual(['m2m-fit-no-wifi']);
    // However it is led in: "ok and if…", "right, and what if…".
    const noWifi = turnOf(responder.respond('our pumps have no wifi at all. which one?'));
    for (const q of ['ok and if we get fast internet out there next year?', 'right, and what if we get fast internet out there next year?']) expect(criteriaOf(responder.respond(q, noWifi)), q).toEqual(['iot-fit-fast-internet']);
    // Alone, or after an answer that is no criterion, so few words describe no project.
    expect(responder.respond('and if the connection is patchy?').kind).not.toBe('scenario');
    // A case that still asks which fits is read so; a case with a question of its own, or a bare "if…", asks that question.
    const kilns = turnOf(responder.respond('our two kilns talk only to each other and there is no wifi. which fits?'));
    expect(criteriaOf(responder.respond('what if we grow to 500 sites, is m2m still right?', kilns))).toEqual(['iot-fit-scaling-users']);
    for (const q of ['If M2M has no wifi, how does it send data?', 'what if I want to add another device later, is that hard in m2m?']) expect(responder.respond(q, fastInternet).kind, q).not.toBe('scenario');
    expect(responder.respond('and if the connection is patchy?', turnOf(responder.respond('what is m2m?'))).kind).not.toBe('scenario');
  });

  it('"why not m2m?" after a recommendation of IoT gives the criterion it rests on, not what M2M stands for', () => {
    const gates = turnOf(responder.respond('Which one if the gate scanners need to talk to lots of other devices at the same time?'));
    expect(gates.kind).toBe('scenario');
    const [criterion] = gates.entryIds;
    expect(criterion).toMatch(/^iot-fit-/);
    for (const q of ['why not m2m?', 'so why not M2M then?']) expect(entryOf(responder.respond(q, gates)), q).toBe(criterion);
    // "why not iot?" asks nothing of a recommendation of IoT: it is read as any other follow-up.
    expect(entryOf(responder.respond('why not iot?', gates))).not.toBe(criterion);
    // After a mix, neither side was ruled out.
    const mix = turnOf(responder.respond('Our two kilns only talk to each other and there is no wifi, but the dashboard must grow to thousands of users. Which fits?'));
    expect(mix.kind).toBe('scenario');
    expect(mix.recommended).toBeUndefined();
    for (const q of ['why not iot?', 'why not m2m?']) expect(entryOf(responder.respond(q, mix)), q).not.toBe(mix.entryIds[0]);
  });

  it('"is that from the article?" gives the answer just given again, with its source; "who says so?" says where the answers come from', () => {
    const before = turnOf(responder.respond('Is IoT part of M2M?'));
    const [given] = before.entryIds;
    expect(given).toBeDefined();
    for (const q of ['is that from the article?', 'does the article really say that?', 'which section says that?', 'where does it say that?', 'where is that in the article?', 'based on what?']) expect(entryOf(responder.respond(q, before)), q).toBe(given);
    // The section asked for in a word or two, or after "source?", is still where that answer comes from.
    for (const q of ['what section?', 'which paragraph is it in?', 'where in the text?', 'source? what part is that from', "odd, are you sure that's what it says?", 'wait really? where does it say that', 'quote?', 'exact words?']) expect(entryOf(responder.respond(q, before)), q).toBe(given);
    const source = entryOf(responder.respond('where do these answers come from?'));
    expect(source).toBeDefined();
    expect(source).not.toBe(given);
    for (const q of ['who says so?', 'says who?', 'source?', "where's that from?"]) expect(entryOf(responder.respond(q, before)), q).toBe(source);
    expect(responder.respond('who says so?').kind).not.toBe('answer');
    // "where does it come from?" asks about the subject just answered, not the source.
    const m2m = turnOf(responder.respond('What is M2M?'));
    expect(entryOf(responder.respond('where does it come from?', m2m))).not.toBe(source);
    // After a decline, the part it did answer was not what was asked: it is not repeated as if it were.
    const declined = turnOf(responder.respond('What is M2M and how much does it cost?'));
    expect(declined.kind).toBe('declined');
    expect(entryOf(responder.respond('is that in the article?', declined))).not.toBe(declined.entryIds[0]);
  });

  it('"does it mention banks?" after an answer that mentions banks gives that answer again, and only then', () => {
    const atm = turnOf(responder.respond('how does an atm use m2m?'));
    const [given] = atm.entryIds;
    expect(kb.byId.get(given ?? '')?.answer).toMatch(/\bbank/i);
    expect(kb.byId.get(given ?? '')?.answer).not.toMatch(/bluetooth/i);
    for (const q of ['does it mention banks?', 'anything about the bank?']) expect(entryOf(responder.respond(q, atm)), q).toBe(given);
    expect(entryOf(responder.respond('anything about bluetooth?', atm))).not.toBe(given);
    // A subject with an entry of its own gets that entry, even when the answer just given mentions it.
    const iot = turnOf(responder.respond('what is iot?'));
    expect(kb.byId.get(iot.entryIds[0] ?? '')?.answer).toMatch(/\bsensors\b/);
    expect(entryOf(responder.respond('does it mention sensors?', iot))).not.toBe(iot.entryIds[0]);
    // A subject no entry answers alone ("the country") is found in the answer just given.
    const future = turnOf(responder.respond('what does the article expect for the future?'));
    expect(kb.byId.get(future.entryIds[0] ?? '')?.answer).toMatch(/\bcountry\b/);
    expect(responder.respond('anything about the country?').kind).not.toBe('answer');
    expect(entryOf(responder.respond('anything about the country?', future))).toBe(future.entryIds[0]);
  });

  it('"another example?" after an example gives one next to it, not the same one again', () => {
    const example = turnOf(responder.respond("what's an example of m2m?"));
    const [given] = example.entryIds;
    const related = kb.byId.get(given ?? '')?.related ?? [];
    expect(related.length).toBeGreaterThan(0);
    for (const q of ['another example?', 'any other example?']) expect(related, q).toContain(entryOf(responder.respond(q, example)));
    // "a different use from iot?" is not a request for another example.
    expect(related).not.toContain(entryOf(responder.respond('is that a different use from iot?', example)));
  });

  it('"does it say they\'re efficient?" after an answer that says so gives that answer again', () => {
    const future = turnOf(responder.respond('what does the article say about where all of this is heading?'));
    expect(kb.byId.get(future.entryIds[0] ?? '')?.answer).toMatch(/\befficient\b/);
    for (const q of ["does it say they're efficient?", 'does it say that they are efficient?']) expect(entryOf(responder.respond(q, future)), q).toBe(future.entryIds[0]);
  });

  it('"so that\'s M2M, not IoT?" checks the answer just given, which comes again', () => {
    const before = turnOf(responder.respond('Which is better if security is the main worry?'));
    expect(before.kind).toBe('answer');
    expect(entryOf(responder.respond("so that's M2M, not IoT?", before))).toBe(before.entryIds[0]);
  });

  it('"anything else?" asks for more of the same matter: the answer just given or one next to it', () => {
    const before = turnOf(responder.respond('When is IoT the best choice?'));
    const [given] = before.entryIds;
    const near = [given, ...(kb.byId.get(given ?? '')?.related ?? [])];
    for (const q of ['anything else?', 'what else?']) expect(near, q).toContain(entryOf(responder.respond(q, before)));
    expect(responder.respond('anything else?').kind).not.toBe('answer');
  });

  it('"what is it for?" asks about the answer just given, like "why?"', () => {
    const before = turnOf(responder.respond('What is a UID?'));
    expect(responder.respond('what is it for?').kind).not.toBe('answer');
    for (const q of ['what is it for?', "what's that for?"]) expect(entryOf(responder.respond(q, before)), q).toBe(before.entryIds[0]);
  });

  it('"how so?" asks about the answer just given, like "why?"', () => {
    const before = turnOf(responder.respond('Is IoT scalable?'));
    expect(entryOf(responder.respond('how so?', before))).toBe(before.entryIds[0]);
  });

  it('"vs iot?" after a question about M2M asks the same about IoT', () => {
    const wifi = turnOf(responder.respond('does m2m need wifi?'));
    const iotWifi = entryOf(responder.respond('does iot need wifi?'));
    expect(iotWifi).toBeDefined();
    expect(iotWifi).not.toBe(wifi.entryIds[0]);
    for (const q of ['vs iot?', 'versus iot?', 'compared to iot?']) expect(entryOf(responder.respond(q, wifi)), q).toBe(iotWifi);
    // After "what is m2m?", "vs iot?" asks how the two differ, not what IoT is.
    const m2m = turnOf(responder.respond('what is m2m?'));
    expect(entryOf(responder.respond('vs iot?', m2m))).toBe(entryOf(responder.respond('what is m2m vs iot?')));
    expect(entryOf(responder.respond('vs iot?', m2m))).not.toBe(entryOf(responder.respond('what is iot?')));
    // After a project weighed on both sides ("iot or m2m?"), "vs iot?" asks how IoT compares: an answer about both.
    const project = turnOf(responder.respond('our two pumps talk directly and there is no wifi out there, iot or m2m?'));
    expect(project.kind).toBe('scenario');
    const compared = kb.byId.get(entryOf(responder.respond('vs iot?', project)) ?? '')?.answer ?? '';
    expect(compared).toMatch(/\bIoT\b/);
    expect(compared).toMatch(/\bM2M\b/);
  });

  it('a follow-up that names no side, after an answer about one side to a question that named none, stays on that side', () => {
    const pointToPoint = turnOf(responder.respond('which one is the point to point one?'));
    expect(pointToPoint.entryIds[0]).toMatch(/^m2m-/);
    // Alone the question leans to IoT; after an answer about M2M it asks about M2M.
    expect(entryOf(responder.respond('over what kind of network?'))).toMatch(/^iot-/);
    expect(entryOf(responder.respond('over what kind of network?', pointToPoint))).toBe(entryOf(responder.respond('over what kind of network does m2m send data?')));
  });

  it('"how does that work?" after an example is told by an entry next to it, and "any other example?" after that is neither', () => {
    const example = turnOf(responder.respond("what's a real world example of m2m?"));
    const [given] = example.entryIds;
    // "how does it work?" alone asks about the bot; after an answer, about that answer.
    expect(responder.respond('how does it work?').kind).toBe('smalltalk');
    expect(kb.byId.get(given ?? '')?.related).toContain(entryOf(responder.respond('how does it work?', example)));
    const works = responder.respond('how does that work?', example);
    expect(kb.byId.get(given ?? '')?.related).toContain(entryOf(works));
    expect(entryOf(responder.respond('How does that work, step by step?', example))).toBe(entryOf(works));
    const other = entryOf(responder.respond('any other example?', turnOf(works)));
    expect(other).toBeDefined();
    expect([given, entryOf(works)]).not.toContain(other);
  });

  it('"is that good or bad?" after an answer weighs it: the entry next to it that weighs it, or that answer again', () => {
    const future = turnOf(responder.respond('What does the article say about the future?'));
    expect(responder.respond('is that good or bad?').kind === 'answer' && entryOf(responder.respond('is that good or bad?')) === future.entryIds[0]).toBe(false);
    expect(entryOf(responder.respond('is that good or bad?', future))).toBe(future.entryIds[0]);
    const wireless = turnOf(responder.respond('Is IoT wireless?'));
    const weighed = entryOf(responder.respond('is that a good thing though?', wireless));
    expect(kb.byId.get(wireless.entryIds[0] ?? '')?.related).toContain(weighed);
  });

  it('"so which is it?" and "optimistic or not?" after an answer ask about that answer', () => {
    const pick = turnOf(responder.respond('So bottom line, should we pick IoT or M2M?'));
    expect(pick.kind).toBe('answer');
    expect(entryOf(responder.respond('so which is it?', pick))).toBe(pick.entryIds[0]);
    const ending = turnOf(responder.respond('How does the article wrap up?'));
    expect(responder.respond('optimistic or not?').kind).not.toBe('answer');
    expect(entryOf(responder.respond('optimistic or not?', ending))).toBe(ending.entryIds[0]);
  });

  it('"and for IoT, same story?" after a question about M2M asks the same about IoT, like "and IoT?"', () => {
    const work = turnOf(responder.respond('Is M2M hard work to set up?'));
    const other = entryOf(responder.respond('and IoT?', work));
    expect(other).not.toBe(work.entryIds[0]);
    for (const q of ['and for IoT, same story?', 'what about iot, likewise?', 'and iot as well?']) expect(entryOf(responder.respond(q, work)), q).toBe(other);
  });

  it('"and M2M?" after an answer about IoT, unsure between an M2M entry and one about both sides, answers with the M2M entry it ranks first', () => {
    const networks = turnOf(responder.respond('What networks can IoT devices send data over?'));
    const other = responder.respond('and M2M?', networks);
    expect(other.kind).toBe('answer');
    expect(entryOf(other)).toMatch(/^m2m-/);
  });

  it('a follow-up unsure between the answer just given and another matter stays with the answer just given', () => {
    const uid = turnOf(responder.respond('what does UID mean for iot devices?'));
    const more = responder.respond('and why do they matter?', uid);
    expect(more.kind).toBe('answer');
    expect(entryOf(more)).toBe(uid.entryIds[0]);
  });

  it('"hang on, that way round?" after an answer about which is part of which checks that answer: it is given again', () => {
    const relation = turnOf(responder.respond('Which one sits inside the other, IoT or M2M?'));
    expect(relation.kind).toBe('answer');
    for (const q of ['hang on, that way round?', 'is that the right way round?']) expect(entryOf(responder.respond(q, relation)), q).toBe(relation.entryIds[0]);
    // Whichever answer relates the two: after "which is older?" it is that answer, not which is part of which.
    const older = turnOf(responder.respond('which is older, iot or m2m?'));
    expect(older.entryIds[0]).not.toBe(relation.entryIds[0]);
    expect(entryOf(responder.respond('is that the right way round?', older))).toBe(older.entryIds[0]);
    // After an answer about one side alone there is no direction to check.
    const example = turnOf(responder.respond('what is an example of m2m?'));
    expect(entryOf(responder.respond('not the other way round?', example))).not.toBe(example.entryIds[0]);
    // "which way round?" after another answer asks which is part of which, not for that answer again.
    const same = turnOf(responder.respond('is iot basically the same as m2m?'));
    expect(entryOf(responder.respond('wait which way round', same))).not.toBe(same.entryIds[0]);
  });

  it('"what else is on that list?" after a criterion gets the list it belongs to', () => {
    const standards = turnOf(responder.respond('Is IoT the one for following standards?'));
    const list = entryOf(responder.respond('when is iot the best choice?'));
    expect(list).not.toBe(standards.entryIds[0]);
    expect(entryOf(responder.respond('what else is on that list?', standards))).toBe(list);
    // "what else is it good for?" after a criterion asks for the same list.
    const few = turnOf(responder.respond('is m2m good for a fixed set of machines?'));
    expect(entryOf(responder.respond('what else is it good for?', few))).toBe(entryOf(responder.respond('when is m2m the best choice?')));
    // A criterion related to other criteria is still no list: after real-time sync, the list is IoT's, not "many devices at once".
    const sync = turnOf(responder.respond('which one syncs devices in real time through the cloud?'));
    expect(entryOf(responder.respond('what else is on that list?', sync))).toBe(list);
    // A question that names a side asks about that side's list, whatever came before.
    const wifi = turnOf(responder.respond('does m2m need wifi?'));
    expect(entryOf(responder.respond('is scalability on the list for iot?', wifi))).not.toMatch(/^m2m-/);
  });

  it('"because?" after an answer asks why, like "why?"', () => {
    const fancier = turnOf(responder.respond('Does IoT let you do fancier stuff than M2M?'));
    expect(entryOf(responder.respond('why?', fancier))).toBeDefined();
    for (const q of ['because?', 'because of what?']) expect(entryOf(responder.respond(q, fancier)), q).toBe(entryOf(responder.respond('why?', fancier)));
  });

  it('"the first one again?" after an answer that lists things asks about that list: the answer again', () => {
    const built = turnOf(responder.respond('What tech are IoT devices combined with?'));
    expect(built.kind).toBe('answer');
    for (const q of ["and what's the last one on that list?", 'the first one, what was it again?', 'say the second one again?']) {
      expect(responder.respond(q).kind === 'answer' && entryOf(responder.respond(q)) === built.entryIds[0], q).toBe(false);
      expect(entryOf(responder.respond(q, built)), q).toBe(built.entryIds[0]);
    }
    // Another list ("the other list's last one") or a side named is not the list just given.
    expect(entryOf(responder.respond("the other list's last one?", built))).not.toBe(built.entryIds[0]);
    // A question of its own that names an item by its place is not about the list just given.
    const m2m = turnOf(responder.respond('what is m2m?'));
    expect(entryOf(responder.respond('what is the last thing the article says?', m2m))).not.toBe(m2m.entryIds[0]);
  });

  it('"and iot?" after a question about M2M is never answered with an entry about M2M alone', () => {
    const few = turnOf(responder.respond('How many machines is M2M meant for?'));
    expect(few.entryIds[0]).toMatch(/^m2m-/);
    for (const q of ['and iot?', 'what about iot?']) expect(entryOf(responder.respond(q, few)) ?? '', q).not.toMatch(/^m2m-/);
  });

  it('"and M2M?" after an answer about one side gets the same matter on the other side when there is one by name', () => {
    const defined = turnOf(responder.respond("what does the article say iot really is?"));
    expect(defined.entryIds[0]).toMatch(/^iot-/);
    const counterpart = (defined.entryIds[0] ?? '').replace(/^iot-/, 'm2m-');
    expect(kb.byId.has(counterpart)).toBe(true);
    expect(entryOf(responder.respond('and M2M?', defined))).toBe(counterpart);
  });

  it('reads "when should I pick iot over m2m?" as a question about IoT, the side picked', () => {
    for (const [q, alone] of [['when should i pick iot over m2m', 'when should i pick iot'], ['when would we use m2m instead of iot?', 'when would we use m2m?']] as const) {
      expect(entryOf(responder.respond(q)), q).toBe(entryOf(responder.respond(alone)));
    }
  });

  it('"and IoT isn\'t?" after a question about M2M asks it about IoT', () => {
    const wifi = turnOf(responder.respond('does m2m need wifi?'));
    const iotWifi = entryOf(responder.respond('does iot need wifi?'));
    for (const q of ["and IoT isn't?", "and iot doesn't?", 'and iot does not?']) expect(entryOf(responder.respond(q, wifi)), q).toBe(iotWifi);
  });

  it('"and iot?" after a question asking which side to pick asks when that side is the one', () => {
    const pick = turnOf(responder.respond('so which should we actually pick, iot or m2m?'));
    for (const side of ['iot', 'm2m']) {
      const when = entryOf(responder.respond(`when is ${side} the right choice?`));
      expect(when).toBeDefined();
      expect(entryOf(responder.respond(`and ${side}?`, pick)), side).toBe(when);
    }
    // After a question that only compares the two, "and m2m?" is not read as a choice.
    const differ = turnOf(responder.respond("what's the difference between iot and m2m?"));
    const readAs = responder.respond('and m2m?', differ);
    expect('readAs' in readAs ? readAs.readAs : '').not.toMatch(/right choice/);
  });

  it('"and IoT does what instead?" after an answer about how the two differ stays on that difference', () => {
    const differ = turnOf(responder.respond('how does communication differ between the two?'));
    const [given] = differ.entryIds;
    const near = [given, ...(kb.byId.get(given ?? '')?.related ?? [])];
    for (const q of ['and IoT does what instead?', 'so what does iot do instead of that?']) expect(near, q).toContain(entryOf(responder.respond(q, differ)));
  });

  it('"the other one" in a follow-up is the side the question before was not about', () => {
    const iot = turnOf(responder.respond('When should I go with IoT?'));
    const m2m = entryOf(responder.respond('When should I go with M2M?'));
    expect(m2m).toBeDefined();
    expect(m2m).not.toBe(iot.entryIds[0]);
    expect(entryOf(responder.respond("and when's the other one better?", iot))).toBe(m2m);
    // "the other one?" alone asks the question before about the other side, as "and iot?" does.
    const wired = turnOf(responder.respond('does m2m need a wireless link?'));
    for (const q of ['the other one?', 'and the other side?']) expect(entryOf(responder.respond(q, wired)), q).toBe(entryOf(responder.respond('and iot?', wired)));
    // "the other" device is not the other side.
    const point = turnOf(responder.respond('What is M2M?'));
    expect(entryOf(responder.respond('how does one device reach the other?', point))).not.toMatch(/^iot-/);
  });

  it('answers a follow-up that alone weakly but clearly points to an entry next to the answer just given', () => {
    const atm = turnOf(responder.respond('why is an atm given as an m2m example?'));
    const alone = responder.respond('what does the processor do with it');
    expect(alone.kind).not.toBe('answer');
    expect(entryOf(responder.respond('what does the processor do with it', atm))).toBe('m2m-atm-transaction');
  });

  it('keeps the side the answer before was about when neither question named one, but lets a clear question stand alone', () => {
    const which = turnOf(responder.respond('Which of the two uses point-to-point connections?'));
    expect(which.entryIds.every((id) => id.startsWith('m2m-'))).toBe(true);
    expect(entryOf(responder.respond('and over what kind of network?', which))).toBe('m2m-networks');
    expect(entryOf(responder.respond('what does the thing in iot refer to?', which))).toBe(entryOf(responder.respond('what does the thing in iot refer to?')));
  });

  it('keeps the side the question before named when the follow-up alone would lean to the other side', () => {
    const alone = responder.respond('over what kind of network?');
    expect(entryOf(alone)).toMatch(/^iot-/);
    const m2m = turnOf(responder.respond('How does M2M connect devices?'));
    expect(entryOf(responder.respond('over what kind of network?', m2m))).toMatch(/^m2m-/);
  });

  it('"when?" asks the question before with the new question word', () => {
    const author = turnOf(responder.respond('Who wrote the article?'));
    expect(author.entryIds).toEqual(['source-author']);
    expect(entryOf(responder.respond('when?', author))).toBe('source-date');
    // With only words that point back, it is the same lone question word.
    for (const q of ['when was that?', 'and when did she do it?', 'since when?']) expect(entryOf(responder.respond(q, author)), q).toBe('source-date');
  });

  it('keeps the side of the turn before when a follow-up names none, but not for a subject of its own', () => {
    const m2m = turnOf(responder.respond('What does M2M stand for?'));
    expect(entryOf(responder.respond('what kind of network is used?'))).toBe('iot-networks');
    expect(entryOf(responder.respond('what kind of network is used?', m2m))).toBe('m2m-networks');
    expect(entryOf(responder.respond('who wrote the article?', m2m))).toBe('source-author');
  });

  it('reads a follow-up whose words only point back wholly with the turn before', () => {
    const scaling = turnOf(responder.respond('Which of the two scales better?'));
    expect(scaling.entryIds).toEqual(['scalability']);
    expect(engine.ask('why is the other one worse at it').kind).not.toBe('answer');
    expect(entryOf(responder.respond('why is the other one worse at it', scaling))).toBe('scalability');
  });

  it('"how does that work?" asks for more about the answer just given, not about the side it named', () => {
    const example = turnOf(responder.respond("what's an example of m2m in real life?"));
    expect(example.entryIds).toEqual(['m2m-atm-example']);
    expect(entryOf(responder.respond('how does that work?', example))).toMatch(/^m2m-atm-/);
  });

  it('reads a new subject after an answer as a new subject, not as the answer again', () => {
    const author = turnOf(responder.respond('Who wrote the article?'));
    for (const q of ['who won the match last night?', 'where do we park on fridays']) expect(responder.respond(q, author).kind, q).not.toBe('answer');
    // Nor when the turn before alone leads to an entry next to the one it got.
    const header = turnOf(responder.respond('who wrote the article and when?'));
    for (const q of ['where do we park on fridays', 'when does the canteen open']) expect(responder.respond(q, header).kind, q).not.toBe('answer');
    // A question that carries on ("what are they used for?") is still read with the turn before.
    const uid = turnOf(responder.respond("what's a UID?"));
    expect(entryOf(responder.respond('what are they used for?', uid))).toMatch(/uid/);
  });

  it('reads a message that stands on its own alone, and ignores the turn before a fallback', () => {
    expect(entryOf(responder.respond('What does M2M stand for?', previous))).toBe('m2m-acronym');
    const fallback = turnOf(responder.respond('what is the weather in Paris tomorrow'));
    expect(fallback.entryIds).toEqual([]);
    expect(responder.respond('and iot?', fallback).kind).not.toBe('answer');
  });
});

describe('either would do', () => {
  it('answers instead of asking "did you mean" when the two choices are neighbouring entries', () => {
    const samples = ['Is IoT wireless?', 'is iot wireless or not', 'how does the atm thing work', 'what does the article recommend', 'what about wires', 'when was it written and by whom'];
    const neighbours = samples.find((q) => {
      const d = engine.ask(q);
      if (d.kind !== 'clarify' || d.choices.length !== 2) return false;
      const [a, b] = d.choices.map((c) => c.entry);
      return a!.related.includes(b!.id) || b!.related.includes(a!.id);
    });
    expect(neighbours, 'a sample the matcher clarifies between two neighbours').toBeDefined();
    const d = engine.ask(neighbours!);
    const r = responder.respond(neighbours!);
    expect(r.kind).toBe('answer');
    expect(entryOf(r)).toBe(d.kind === 'clarify' ? d.choices[0]!.entry.id : undefined);
  });

  it('answers when the first two of three choices are neighbours, and still asks when they are not', () => {
    const { kb, chooser } = loadServices({ logger: silentLogger });
    const entry = (id: string) => kb.byId.get(id)!;
    const offering = (...ids: string[]) => {
      const choices = ids.map((id, i) => ({ entry: entry(id), confidence: 0.6 - i * 0.02 }));
      const clarify = { kind: 'clarify' as const, choices, confidence: 0.6, candidates: choices, question: 'what is that thing' };
      // Only the matcher's decision matters here: a stand-in that offers these choices for any question.
      const matcher = { ask: () => clarify, rank: () => choices, decide: () => clarify, stem: (w: string) => w, mend: (t: string) => t };
      return new Responder(kb, matcher as unknown as AnswerEngine, chooser).respond('what is that thing');
    };
    expect(entry('m2m-acronym').related).toContain('m2m-definition');
    expect(entryOf(offering('m2m-definition', 'm2m-acronym', 'm2m-when'))).toBe('m2m-definition');
    expect(offering('m2m-definition', 'source-author', 'm2m-acronym').kind).toBe('clarify');
  });
});

describe('slips of the keyboard', () => {
  it('reads a word split by a stray space as the one word ("gate ways"), and leaves two known words apart', () => {
    expect(entryOf(responder.respond('what do the gate ways in iot do'))).toBe('iot-gateways');
    expect(engine.unfamiliarWords('what do the gate ways in iot do')).toEqual([]);
    expect(entryOf(responder.respond('what does a gate way do in iot'))).toBe('iot-gateways');
    // "wire" and "less" are both words of the knowledge base: "is iot wire less" is not read as "wireless".
    const analyzer = new Analyzer([]);
    analyzer.learnTerms('wireless wire less');
    expect(analyzer.analyze('is iot wire less').corrections).toEqual([]);
    expect(analyzer.analyze('iot wireles or wi reless').corrections).toContainEqual(['wi reless', 'wireless']);
  });

  /** The slips put right in `text` by an analyzer that knows only the words of `vocabulary`. */
  const slipsIn = (vocabulary: string, text: string) => {
    const analyzer = new Analyzer([]);
    analyzer.learnTerms(vocabulary);
    return analyzer.analyze(text).corrections;
  };

  it('puts two swapped letters of a short word back ("wiif"), but never changes a short word into another', () => {
    expect(slipsIn('wifi cars cast', 'm2m without wiif')).toContainEqual(['wiif', 'wifi']);
    expect(slipsIn('wifi cars cast', 'iot for cats')).toEqual([]);
  });

  it('mends three-letter slips, prefers letters out of order to a letter missing, and leaves "teh" to everyday English', () => {
    const vocabulary = 'wifi uid first fits fits tech tech';
    expect(slipsIn(vocabulary, 'no wfi here')).toContainEqual(['wfi', 'wifi']);
    expect(slipsIn(vocabulary, 'what is a udi')).toContainEqual(['udi', 'uid']);
    expect(slipsIn(vocabulary, 'where was it firts used')).toContainEqual(['firts', 'first']);
    expect(slipsIn(vocabulary, 'teh cloud')).toContainEqual(['teh', 'the']);
  });

  it('reads a rare short word that is a very common one typed out of order as that word ("fro" is "for"), but not a two-letter one', () => {
    expect(slipsIn('m2m stands', 'm2m stands fro what')).toContainEqual(['fro', 'for']);
    expect(slipsIn('m2m stands', 'which os runs m2m')).toEqual([]);
    expect(slipsIn('m2m stands', 'the form is short')).toEqual([]);
  });

  it('reads a typo of an everyday word as that word, so it does not count against the question', () => {
    for (const [typed, meant] of [
      ['waht is teh diffrence btwn iot adn m2m', 'difference-summary'],
      ['waht is iot exaclty?', 'iot-definition'],
      ['does m2m ned wifi', 'm2m-fit-no-wifi'],
    ] as const) {
      expect(entryOf(responder.respond(typed)), typed).toBe(meant);
    }
  });

  it('leaves real words alone, however close to a common one', () => {
    // "dose" is a word: no guess that it meant "does".
    expect(responder.respond('dose of iot').kind).not.toBe('answer');
  });

  it('reads a rare word one slip from a far more common word of the article as that word', () => {
    expect(entryOf(responder.respond('is the clod where iot keeps its data'))).toBe('cloud-large-scale-data');
    expect(entryOf(responder.respond('where was m2m used frist'))).toBe('m2m-sensor-telemetry');
  });
});
