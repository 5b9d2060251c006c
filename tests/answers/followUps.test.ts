/** Follow-ups read with the turn before (src/answers/followUps.ts, through the responder). */
import { describe, expect, it } from 'vitest';
import { turnOf, type Response } from '../../src/answers/respond.js';
import { sideOfEntry } from '../../src/answers/sides.js';
import { silentLogger } from '../../src/log.js';
import { loadServices } from '../../src/services.js';

const services = loadServices({ logger: silentLogger });
const { responder, engine, kb } = services;
/** The reading rules alone, without what the example questions taught (exampleModel.ts): what a message says by itself to them. */
const rulesAlone = services.responderLearnedFrom(undefined);
const entryOf = (r: Response) => (r.kind === 'answer' ? r.entry.id : undefined);

describe('follow-ups', () => {
  it('reads "different how?" after an answer on whether the two are the same as asking how they differ', () => {
    const same = turnOf(responder.respond('are iot and m2m basically the same thing?'));
    const differ = entryOf(responder.respond('how do iot and m2m differ?'));
    expect(differ).toBeDefined();
    for (const q of ['different how?', 'so how are they different then?', 'In what respects, then, do they differ?', 'So where exactly do they differ?', 'different in what way?', 'What is different exactly?', 'so in what way they are different?', "what's the key difference?", 'how exactly do they differ?', 'where do they differ most?', 'okay, so where do they differ?']) {
      expect(entryOf(responder.respond(q, same)), q).toBe(differ);
    }
    // After small talk there is nothing to differ: it is asked as it stands.
    const chat = turnOf(responder.respond('is the new office different from the old one?'));
    expect(entryOf(responder.respond('different how?', chat))).not.toBe(differ);
  });

  it('reads a short follow-up without an aside in brackets after its question mark ("and iot? (i know, i know 🙈)")', () => {
    const acronym = turnOf(responder.respond("what's m2m short for"));
    const plain = entryOf(responder.respond('and iot?', acronym));
    expect(plain).toBe('iot-acronym');
    for (const q of ['and iot? (i know, i know 🙈)', 'and iot? (sorry)']) expect(entryOf(responder.respond(q, acronym)), q).toBe(plain);
  });

  it('reads a short follow-up without the courtesy closing it ("and IoT? sorry", "what about M2M, sorry?"); thanks alone asks nothing', () => {
    const acronym = turnOf(responder.respond("what's m2m short for"));
    for (const q of ['and iot? sorry', 'and IoT, please?', 'and iot pls']) expect(entryOf(responder.respond(q, acronym)), q).toBe('iot-acronym');
    const human = turnOf(responder.respond('does IoT need a person pressing buttons to make it work?'));
    const plain = entryOf(responder.respond('what about M2M?', human));
    expect(plain).toBe('no-human-input');
    expect(entryOf(responder.respond('what about M2M, sorry?', human))).toBe(plain);
    for (const q of ['thanks', 'ok thanks', 'cheers', 'perfect, thanks', 'great, thank you', 'ok cool thanks', 'amazing, ty', 'all clear, cheers']) expect(responder.respond(q, acronym).kind, q).not.toBe('answer');
  });

  it('reads a third turn after a middle turn that stood alone, not with the first turn\'s words ("the article")', () => {
    const iot = turnOf(responder.respond('What does the article say IoT is?'));
    const uid = responder.respond('what is a UID?', iot);
    expect(entryOf(uid)).toBe('iot-uid-meaning');
    // "the article" in the first turn made the third about the article's source.
    expect(entryOf(responder.respond('and how does the data get out?', turnOf(uid)))).toMatch(/^iot-/);
    // A turn with nothing of its own is still read with the one before it.
    expect(turnOf(responder.respond('why?', turnOf(uid))).question).toMatch(/^why\? what is a UID\?$/);
  });

  it('leaves a new subject after an answer unanswered when few of its words come from the conversation', () => {
    // Development-set chatter asked right after an answer: read with the question before, each matched an entry.
    const send = turnOf(responder.respond('How do IoT devices send their data?'));
    expect(responder.respond('Did anyone watch the match last night?', send).kind).not.toBe('answer');
    const ending = turnOf(responder.respond('How does the article end?'));
    expect(responder.respond('What time does the campus gym close on Sundays?', ending).kind).not.toBe('answer');
    // A turn that carries the conversation's words on is still read with it.
    expect(entryOf(responder.respond('over which networks?', send))).toMatch(/^iot-/);
  });

  it('knows a side however it is written: "machine-to-machine", "internet-of-things", "M-2-M"', () => {
    const iot = turnOf(responder.respond('What is IoT?'));
    const m2m = entryOf(responder.respond('What is M2M?'));
    for (const q of ['and machine-to-machine?', 'and M-2-M?']) expect(entryOf(responder.respond(q, iot)), q).toBe(m2m);
    expect(entryOf(responder.respond('what about the internet-of-things?', turnOf(responder.respond('What is M2M?'))))).toBe(entryOf(responder.respond('What is IoT?')));
  });

  it('reads "what does that mean?" as asking about the answer just given, whatever it was about', () => {
    // A phrasing added for another entry ("is an ethernet link an m2m thing?") once drew "that" to the M2M acronym.
    for (const first of ['Is an ATM an example of M2M?', 'What can M2M monitor?', 'How long has M2M been around?', 'Is IoT a subset of M2M?', 'Who wrote the article?', 'What networks does M2M use?']) {
      const before = turnOf(responder.respond(first));
      expect(entryOf(responder.respond('what does that mean?', before)), first).toBe(before.entryIds[0]);
    }
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

  it('answers "and the other one?" after "which one…?" with the answer just given when that answer weighs the two sides on it', () => {
    const grow = turnOf(responder.respond('Which of the two is easier to scale up?'));
    const [given] = grow.entryIds;
    expect(given).toBeDefined();
    expect(given).not.toMatch(/^(?:iot|m2m)-/);
    expect(entryOf(responder.respond('and the other one?', grow))).toBe(given);
    // After a question about one side, it is the other side's turn.
    const m2m = turnOf(responder.respond('when is m2m the best choice?'));
    expect(entryOf(responder.respond('and the other one?', m2m))).toBe(entryOf(responder.respond('when is iot the best choice?')));
  });

  it('answers "what does that unlock?" or "…let you build?" too, and finds the entry next to the answer that says what it makes possible though the question before outvotes it', () => {
    const cloud = entryOf(responder.respond('what does a global cloud network make possible for iot?'));
    const difference = turnOf(responder.respond('What is the single biggest difference between the two, per the article?'));
    expect(difference.entryIds).not.toContain(cloud);
    expect(entryOf(responder.respond('and what does that unlock?', difference))).toBe(cloud);
    expect(entryOf(responder.respond('what does that open up, in the end?', difference))).toBe(cloud);
    const exchange = turnOf(responder.respond('How does IoT communicate, according to the article?'));
    expect(entryOf(responder.respond('and what does that let you build?', exchange))).toBe(cloud);
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

  it('answers pushback on "it depends" ("bit of a cop-out, any rule of thumb?") with both of the article\'s lists of when each side is best', () => {
    const general = turnOf(responder.respond('which is better, iot or m2m?'));
    const m2mList = entryOf(responder.respond('When is M2M the best choice?'));
    const iotList = entryOf(responder.respond('When is IoT the best choice?'));
    for (const pushback of ['bit of a cop-out. any rule of thumb?', "that's not really an answer, any actual guidance?", 'ok but based on what?']) {
      const r = responder.respond(pushback, general);
      expect(r.kind === 'compound' ? r.answers.map((a) => a.entry.id).sort() : r.kind, pushback).toEqual([m2mList, iotList].sort());
    }
    // Asking how to decide is what "it depends on your needs" answers; pushback after anything else is not about the lists.
    expect(responder.respond('so how do we decide?', general).kind).not.toBe('compound');
    // Pushback that asks for a rule of thumb for choosing between the two is still pushback.
    const rule = responder.respond('that is vague. any rule of thumb for choosing between IoT and M2M?', general);
    expect(rule.kind === 'compound' ? rule.answers.map((a) => a.entry.id).sort() : rule.kind).toEqual([m2mList, iotList].sort());
    // A follow-up that asks something of its own keeps its own answer.
    for (const own of ["what's the checklist for IoT?", 'any rule of thumb for security?']) {
      expect(entryOf(responder.respond(own, general)), own).toBe(entryOf(responder.respond(own)));
    }
    expect(responder.respond('bit of a cop-out. any rule of thumb?', turnOf(responder.respond('What does M2M stand for?'))).kind).not.toBe('compound');
  });

  it('answers "doing what?" or "what for?" after an answer with what its subject is used for: that answer or the entry next to it', () => {
    for (const [first, followUp] of [
      ['How long have firms relied on M2M?', 'doing what?'],
      ['Does IoT need a cloud?', 'what for?'],
      ['How long have firms relied on M2M?', 'for what exactly?'],
    ] as const) {
      const before = turnOf(responder.respond(first));
      const near = [...before.entryIds, ...before.entryIds.flatMap((id) => kb.byId.get(id)?.related ?? [])];
      const r = responder.respond(followUp, before);
      expect(r.kind, `${first} → ${followUp}`).toBe('answer');
      expect(near).toContain(entryOf(r));
    }
    // Not of the article's date, nor after a recommendation.
    expect(entryOf(responder.respond('what for?', turnOf(responder.respond('When was it published?'))))).not.toBe(entryOf(responder.respond('When was it published?')));
    expect(responder.respond('what for?', turnOf(responder.respond('Our farm has two pumps and no wifi. IoT or M2M?'))).kind).not.toBe('answer');
  });

  it('reads a bare "which is better?" after an answer as which is better at what that answer was about, and after small talk as the general question', () => {
    const general = entryOf(responder.respond('which is better?'));
    const scaling = turnOf(responder.respond('How does IoT scale?'));
    expect(entryOf(responder.respond('which is better?', scaling))).not.toBe(general);
    expect(entryOf(responder.respond('which is better?', turnOf(responder.respond('hi'))))).toBe(general);
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

  /** After each first question, every rewording gets the answer that `plain` gets there. */
  const expectReadAs = (plain: string, rewordings: readonly string[], firsts: readonly string[]) => {
    for (const first of firsts) {
      const given = turnOf(responder.respond(first));
      const expected = entryOf(responder.respond(plain, given));
      expect(expected, first).toBeDefined();
      for (const q of rewordings) expect(entryOf(responder.respond(q, given)), `${first} ${q}`).toBe(expected);
    }
  };

  it('reads "meaning what exactly?", "in what sense?" or "can you unpack that?" after an answer as "what do you mean?"', () => {
    expectReadAs('what do you mean?', ['meaning what exactly?', 'in what sense?', 'can you unpack that?', 'and that means?'], ['which one is point to point', 'What is the main difference between the two?', 'What is M2M?']);
    // After a recommendation it asks about the recommendation, not what the side's letters stand for.
    const recommended = turnOf(responder.respond('Our 30 pumps are hardwired to one controller and there is no wifi. Which fits?'));
    expect(recommended.kind).toBe('scenario');
    expect(entryOf(responder.respond('meaning what?', recommended)) ?? '').not.toMatch(/acronym/);
    // "like what?" after a recommendation asks for an example of the side recommended.
    const iot = turnOf(responder.respond('All 300 of our tills sync prices live through one cloud platform. Which fits?'));
    expect(iot.recommended).toBe('iot');
    expect(entryOf(responder.respond('like what?', iot))).toBe(entryOf(responder.respond('iot example?')));
    expect(entryOf(responder.respond('like what?', recommended))).toBe(entryOf(responder.respond('m2m example?')));
  });

  it('reads "like what?" or "such as?" after an answer as asking for an example, as "for example?" is', () => {
    expectReadAs('for example?', ['like what?', 'such as?', 'ok like what exactly', 'like what please'], ['What is M2M?', 'What is IoT?', 'When should I use M2M?']);
    // A bare "like" is approval, not a request.
    expect(entryOf(responder.respond('Like!', turnOf(responder.respond('What is M2M?'))))).not.toBe(entryOf(responder.respond('for example?', turnOf(responder.respond('What is M2M?')))));
    // Alone, it asks nothing the article answers.
    expect(responder.respond('like what?').kind).not.toBe('answer');
  });

  it('answers "over what?" or "through what?" after an answer on one side with what that side sends its data over, or through', () => {
    const networks = (side: string) => entryOf(responder.respond(`over what networks does ${side} send its data?`));
    expect(entryOf(responder.respond('over what?', turnOf(responder.respond('How do IoT devices get their data out?'))))).toBe(networks('iot'));
    expect(entryOf(responder.respond('over what tho, like what network', turnOf(responder.respond('is m2m any good for long distance stuff?'))))).toBe(networks('m2m'));
    const iotNetworks = turnOf(responder.respond('Which networks can IoT devices use to send data?'));
    expect(iotNetworks.entryIds).toEqual([networks('iot')]);
    expect(entryOf(responder.respond('through what?', iotNetworks))).toBe('iot-gateways');
    // The networks when they are named ("through what networks?").
    expect(entryOf(responder.respond('through what networks?', turnOf(responder.respond('What is IoT?'))))).toBe(networks('iot'));
    // After a step of the cash machine's process, the next step; after a criterion, or a question left unanswered, not the networks.
    const atm = turnOf(responder.respond('Can you walk me through the cash machine example in the article?'));
    expect(entryOf(responder.respond('Through what, though?', atm))).toBe(kb.byId.get(atm.entryIds[0] ?? '')?.next);
    const sync = turnOf(responder.respond('Is IoT the right call if lots of devices need to sync together in real time?'));
    const afterSync = entryOf(responder.respond('through what?', sync));
    expect(afterSync).toBeDefined();
    expect([networks('iot'), 'iot-gateways']).not.toContain(afterSync);
    const unanswered = turnOf(responder.respond('Is IoT an upgrade?'));
    expect(unanswered.entryIds).toEqual([]);
    expect(entryOf(responder.respond('over what?', unanswered))).not.toBe(networks('iot'));
  });

  it('answers "so what does it use then?" after whether a side needs wifi or wireless with what that side sends its data over', () => {
    const networks = (side: string) => entryOf(responder.respond(`over what networks does ${side} send its data?`));
    for (const [before, side] of [['Is M2M wireless at all?', 'm2m'], ['m2m needs wifi, yes?', 'm2m'], ['Does IoT have to be wireless?', 'iot']] as const) {
      const turn = turnOf(responder.respond(before));
      for (const q of ['ok so what do they use then?', 'what does it use instead']) expect(entryOf(responder.respond(q, turn)), `${before} → ${q}`).toBe(networks(side));
    }
    // The side it names, if it names one.
    expect(entryOf(responder.respond('so what does m2m use then?', turnOf(responder.respond('Does IoT have to be wireless?'))))).toBe(networks('m2m'));
    // Only after a question about a connection: after how IoT tells its devices apart, "what does it use?" asks something else.
    expect(entryOf(responder.respond('what does it use?', turnOf(responder.respond('how does IoT tell each device apart?'))))).not.toBe(networks('iot'));
    expect(entryOf(responder.respond('so what do they use then?', turnOf(responder.respond('how does internet of things tell each device apart?'))))).not.toBe(networks('iot'));
  });

  it('answers "is that iot or m2m?" or "which one uses them, iot or m2m?" with the answer just given, which names its side', () => {
    const mems = turnOf(responder.respond('what are MEMS in the article?'));
    expect(entryOf(responder.respond('is that for iot or m2m?', mems))).toBe(mems.entryIds[0]);
    expect(entryOf(responder.respond('is that iot or m2m again?', mems))).toBe(mems.entryIds[0]);
    expect(entryOf(responder.respond('is that m2m or iot, by the way?', mems))).toBe(mems.entryIds[0]);
    const isolated = turnOf(responder.respond('which one suits devices kept isolated for security?'));
    expect(entryOf(responder.respond('so which side does that favour?', isolated))).toBe(isolated.entryIds[0]);
    for (const q of ['for which of the two?', 'which tech is that listed under?', 'which side is that under?']) expect(entryOf(responder.respond(q, isolated)), q).toBe(isolated.entryIds[0]);
    const gateway = turnOf(responder.respond('what is a gateway in iot?'));
    expect(entryOf(responder.respond('which one uses them, m2m or iot?', gateway))).toBe(gateway.entryIds[0]);
    expect(entryOf(responder.respond('in favour of which technology?', isolated))).toBe(isolated.entryIds[0]);
    expect(entryOf(responder.respond('M2M or IoT, per the article?', mems))).toBe(mems.entryIds[0]);
    // Said as what the answer counts for or argues, with an emoji or an apology.
    const atm = turnOf(responder.respond('Can you explain the cash machine example? I only half follow'));
    for (const q of ['and that counts as which, M2M or IoT?', 'so is that m2m or iot? sorry :sweat_smile:', "Ah ok - so that's an argument for which one, M2M or IoT?"]) expect(entryOf(responder.respond(q, atm)), q).toBe(atm.entryIds[0]);
    expect(entryOf(responder.respond('Which of the two does that count in favour of?', isolated))).toBe(isolated.entryIds[0]);
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

  it('answers "and iot?" after an M2M matter IoT has no entry of its own on with the entry that weighs the two on it', () => {
    // IoT's side of it is told where the two are weighed: it scales with hardware simply added.
    const upkeep = turnOf(responder.respond('M2M maintenance: a lot of work?'));
    expect(upkeep.entryIds).toEqual(['m2m-setup-maintenance']);
    expect(entryOf(responder.respond('and iot?', upkeep))).toBe('scalability');
    // Not an entry that names both sides but speaks of another matter: M2M's long record is not how the two grow together.
    const record = turnOf(responder.respond('How long has M2M been around?'));
    expect(record.entryIds).toEqual(['m2m-track-record']);
    expect(entryOf(responder.respond('and iot?', record))).not.toBe('grow-together');
  });

  const first = responder.respond('Do IoT devices need a human to operate them?');
  const previous = turnOf(first);

  it('"what about m2m?" asks the question before about the other side', () => {
    const r = responder.respond('what about m2m?', previous);
    expect(entryOf(r)).toBe('no-human-input');
    expect(r.kind === 'answer' && r.readAs).toMatch(/m2m/i);
  });

  it('"same for m2m?" asks the question before about the other side too', () => {
    for (const q of ['same for m2m?', 'same question for M2M', 'is it the same for m2m then?', 'Is the same true for M2M?', 'and conversely for m2m?']) {
      const r = responder.respond(q, previous);
      expect(entryOf(r), q).toBe('no-human-input');
    }
  });

  it('asks the question before again of the side named in any words that ask nothing else ("and the M2M kind, same again?")', () => {
    for (const q of ['And the M2M kind, same again?', 'lovely, and the same for M2M?', 'and what does it say of M2M in that respect?', 'm2m the same?', 'and the M2M side of that story?', 'and m2m in that case?', 'what bout m2m', 'and the m2m kind?', 'and the M2M type?', 'the m2m sort?']) {
      const r = responder.respond(q, previous);
      expect(entryOf(r), q).toBe('no-human-input');
      expect(r.kind === 'answer' && r.readAs, q).toMatch(/m2m/i);
    }
    // A word of its own is another question: it is not the question before.
    expect(entryOf(responder.respond('and the M2M kind, how is it set up?', previous))).not.toBe('no-human-input');
  });

  it('"and IoT?" or "IoT does what instead?" after an answer weighing both sides gives the entry next to it that says more of IoT', () => {
    const difference = turnOf(responder.respond("What's the main difference between them?"));
    const [weighed] = difference.entryIds;
    const given = kb.byId.get(weighed ?? '');
    expect(given?.answer).toMatch(/IoT[\s\S]*M2M|M2M[\s\S]*IoT/);
    for (const q of ['and what does IoT do instead?', 'and IoT?', 'And IoT instead?', 'and the IoT side of that?']) {
      const next = entryOf(responder.respond(q, difference));
      expect(next, q).not.toBe(weighed);
      expect(given?.related, q).toContain(next);
      expect(kb.byId.get(next ?? '')?.answer, q).toMatch(/IoT/);
    }
    // Asked of one side first ("is IoT easy to scale?"), "and m2m?" asks that question again of the other side.
    const iot = turnOf(responder.respond('Is IoT easy to scale?'));
    const again = responder.respond('and m2m?', iot);
    expect(again.kind === 'answer' && again.readAs).toMatch(/m2m/i);
    const m2m = turnOf(responder.respond('Is M2M easy to scale?'));
    const other = responder.respond('and the IoT side of that?', m2m);
    expect(other.kind === 'answer' && other.readAs).toMatch(/iot/i);
  });

  it('asks the question before again of a side named with a word about it: "and the old M2M kit?", "and the IoT stuff?"', () => {
    const iot = turnOf(responder.respond('Is IoT easy to scale?'));
    for (const q of ['And the old M2M kit?', 'and the m2m gear?', 'and the traditional m2m approach?']) {
      const r = responder.respond(q, iot);
      expect(r.kind === 'answer' && r.readAs, q).toMatch(/m2m.*scale|scale.*m2m/i);
    }
  });

  it('"what does that get you?" after the answer that says what something makes possible gives that answer again', () => {
    const cloud = turnOf(responder.respond('Does IoT sit in a cloud, per the article?'));
    const [given] = cloud.entryIds;
    expect(kb.byId.get(given ?? '')?.answer).toMatch(/possible|sophisticated|large-scale/i);
    for (const q of ['What does that get you?', 'so what does that buy us?', 'and what does that open up?']) expect(entryOf(responder.respond(q, cloud)), q).toBe(given);
  });

  it('reads "they" or "the devices" in a short turn as the devices of the side before ("what\'s iot?" → "how do they send stuff?")', () => {
    const iot = turnOf(responder.respond("what's iot?"));
    for (const q of ['how do they send stuff?', 'and how do the devices actually send stuff?']) {
      const r = responder.respond(q, iot);
      expect(r.kind === 'answer' && r.readAs, q).toMatch(/iot devices/i);
      expect(sideOfEntry(entryOf(r) ?? ''), q).toBe('iot');
      expect(entryOf(r), q).not.toBe(iot.entryIds[0]);
    }
  });

  it('keeps "they" for what it means when the turn is not about how one side\'s devices send data', () => {
    // Both sides together, the author, a remark that asks ("is that right"), a repeat.
    for (const before of ['what is iot?', 'what is m2m?']) {
      const r = responder.respond('can they be used together?', turnOf(responder.respond(before)));
      expect(sideOfEntry(entryOf(r) ?? ''), before).toBeUndefined();
    }
    const author = responder.respond('how do they know?', turnOf(responder.respond('who wrote the iot article?')));
    expect(author.kind === 'answer' ? (author.readAs ?? '') : '').not.toMatch(/iot devices/i);
    const wifi = turnOf(responder.respond('does m2m need wifi?'));
    for (const q of ['is that right', 'say that again']) expect(responder.respond(q, wifi).kind, q).toBe('answer');
    // "what does iot rely on then?" after what M2M is: no need of M2M's was answered, so nothing is asked again of IoT.
    const swapped = responder.respond('what does iot rely on then?', turnOf(responder.respond('what is m2m?')));
    expect(swapped.kind === 'answer' ? (swapped.readAs ?? '') : '').not.toMatch(/what is iot/i);
  });

  it('asks a short turn that names no side of the side before when alone it lands on the other side ("and how do they send it?")', () => {
    const question = 'and how do they send the information?';
    const alone = entryOf(responder.respond(question));
    expect(sideOfEntry(alone ?? '')).toBe('m2m');
    const inside = turnOf(responder.respond('what are iot devices combined with, technically?'));
    expect(sideOfEntry(inside.entryIds[0] ?? '')).toBe('iot');
    const r = responder.respond(question, inside);
    expect(sideOfEntry(entryOf(r) ?? ''), question).toBe('iot');
    expect(r.kind === 'answer' && r.readAs).toMatch(/iot devices/i);
  });

  it('"and" or "about" alone do not ask the question before again: "and what is m2m?" asks afresh', () => {
    const scaling = turnOf(responder.respond('Is IoT easy to scale?'));
    for (const q of ['and what is m2m?', 'what does the article say about m2m?', 'and the m2m point?']) {
      const r = responder.respond(q, scaling);
      expect(entryOf(r), q).not.toBe(scaling.entryIds[0]);
      expect(r.kind === 'answer' ? (r.readAs ?? '') : '', q).not.toMatch(/scal/i);
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
    for (const q of ['M2M too?', 'm2m as well?', 'M2M?', 'and m2m?', "and m2m, what's that like then?"]) expect(entryOf(responder.respond(q, networks)), q).toBe('m2m-networks');
    // A remark after it, "is M2M also like this?" or "the M2M one's version?", asks the same.
    for (const q of ['and m2m? same deal?', 'is M2M also like this?', 'M2M is also like this?', "and the M2M one's version of that?"]) expect(entryOf(responder.respond(q, networks)), q).toBe('m2m-networks');
    // After a turn about neither side there is nothing for M2M to be like.
    const author = turnOf(responder.respond('who wrote the article?'));
    for (const q of ['is m2m like this?', "and the m2m one's version?"]) expect(String(entryOf(responder.respond(q, author))), q).not.toMatch(/^source-/);
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
    for (const q of ['and then?', 'then what?', 'what happens next?', 'ok and then what']) expect(entryOf(responder.respond(q, atm)), q).toBe('m2m-atm-transaction');
    expect(responder.respond('and then?').kind).not.toBe('answer');
    // The next step carries on from what the answer said, however the question before it was worded.
    const example = turnOf(responder.respond('Give me a concrete M2M example'));
    expect(example.entryIds).toEqual(atm.entryIds);
    expect(entryOf(responder.respond('and then?', example))).toBe('m2m-atm-transaction');
    // The entries say which step follows which: after the last step "and then?" stays there, it does not go a step back.
    const last = turnOf(responder.respond('and then?', example));
    expect(kb.entries.some((e) => e.next === last.entryIds[0])).toBe(true);
    expect(responder.respond('and then?', last)).toMatchObject({ kind: 'answer', entry: { id: last.entryIds[0] }, lastStep: true });
    expect(responder.respond('and then?', example)).not.toHaveProperty('lastStep');
    for (const q of ['how does it wrap up?', 'and how does it finish?', 'and then what does the bank do?', 'and how does it all finish then?', 'and last?', "what's the final step?", 'and how is it concluded?']) expect(entryOf(responder.respond(q, example)), q).toBe(last.entryIds[0]);
    // Outside a sequence "and last?" asks no step.
    expect(entryOf(responder.respond('and last?', turnOf(responder.respond('what is m2m?'))))).not.toBe(last.entryIds[0]);
    // Only a step asked in the sequence's own words: a new question that starts with "then" is not one.
    for (const q of ['so then what is iot?', 'then which should we use for 500 soil sensors on a farm?']) expect(entryOf(responder.respond(q, example)), q).not.toBe(last.entryIds[0]);
  });

  it('"why?" after an answer whose reasoning is in another entry gets that entry (its why)', () => {
    const grows = turnOf(responder.respond('Does IoT growing mean M2M is on the way out?'));
    const reason = kb.byId.get(grows.entryIds[0] ?? '')?.why;
    expect(reason).toBeDefined();
    for (const q of ['why?', 'why not?', 'why would that be?', 'how come they grow together?']) expect(entryOf(responder.respond(q, grows)), q).toBe(reason);
    // A why-question with words of its own asks something new.
    for (const q of ['why is it cheaper?', 'why is iot more scalable?']) expect(entryOf(responder.respond(q, grows)), q).not.toBe(reason);
  });

  it('"why?" after a recommendation of one side gets the reasoning (its why) of the criterion it rests on most; after a mix, not that one alone', () => {
    const noWifi = turnOf(responder.respond('The kit has to run with no wifi. Which one?'));
    expect(noWifi.recommended).toBe('m2m');
    const reason = kb.byId.get(noWifi.entryIds[0] ?? '')?.why;
    expect(reason).toBeDefined();
    expect(entryOf(responder.respond('why?', noWifi))).toBe(reason);
    const mix = turnOf(responder.respond('The kit has to run with no wifi, and the app will serve thousands of users. Which one?'));
    expect(mix.kind).toBe('scenario');
    expect(mix.recommended).toBeUndefined();
    expect(entryOf(responder.respond('why?', mix))).not.toBe(kb.byId.get(mix.entryIds[0] ?? '')?.why);
  });

  it('"for example?" after an answer whose examples are in another entry gets that entry (its example); one with words of its own asks afresh', () => {
    const firstUse = turnOf(responder.respond('Where was M2M first used?'));
    const examples = kb.byId.get(firstUse.entryIds[0] ?? '')?.example;
    expect(examples).toBeDefined();
    for (const q of ['for example?', 'Example?', 'examples, please?', 'such as?', 'got any examples?', 'can you give an example?', 'okay, for example?', 'any examples from the article?']) {
      expect(entryOf(responder.respond(q, firstUse)), q).toBe(examples);
    }
    expect(entryOf(responder.respond('an example of a uid?', firstUse))).not.toBe(examples);
    // The turn after reads on from the examples, not from where M2M was first used, which was answered already.
    const example = responder.respond('for example?', firstUse);
    expect(example.kind === 'answer' && example.readAs).toBe(kb.byId.get(examples ?? '')?.questions[0]);
    // After an entry that names none, "example?" is read with the conversation as before.
    const definition = turnOf(responder.respond('What is M2M?'));
    expect(kb.byId.get(definition.entryIds[0] ?? '')?.example).toBeUndefined();
    expect(entryOf(responder.respond('example?', definition))).not.toBe(examples);
  });

  it('"which section is that in?" after an answer gives it again, told to name its heading; "is that from the article?" is not', () => {
    const recommendation = turnOf(responder.respond('what does the article recommend?'));
    const heading = kb.byId.get(recommendation.entryIds[0] ?? '')?.source.split(' > ')[0];
    for (const q of ['In which section is that stated?', "which section's that in?", 'under which heading is that?', 'under which heading?', 'in which section?']) expect(responder.respond(q, recommendation), q).toMatchObject({ kind: 'answer', entry: { id: recommendation.entryIds[0] }, underHeading: heading });
    expect(responder.respond('is that from the article?', recommendation)).not.toHaveProperty('underHeading');
    // The byline and the closing paragraph are under no heading of the article: the answer again says where it is from.
    for (const first of ['who is the author?', 'what will happen in the coming years?']) expect(responder.respond('where does it say that?', turnOf(responder.respond(first))), first).not.toHaveProperty('underHeading');
  });

  it('"any other example?" after one of the article\'s examples gets its other one (its another), whichever was given first', () => {
    for (const first of ['Where was M2M first used?', 'which readings did firms keep an eye on with m2m?', 'is a cash machine an example of m2m?']) {
      const given = turnOf(responder.respond(first));
      const other = kb.byId.get(given.entryIds[0] ?? '')?.another;
      expect(other, first).toBeDefined();
      expect(given.entryIds, first).not.toContain(other);
      for (const q of ['any more examples?', 'got another example?', 'ok any other use cases?']) expect(entryOf(responder.respond(q, given)), `${first} >> ${q}`).toBe(other);
      // Asked again, the first example is not given twice: the article has no third, and the reply says so.
      const second = turnOf(responder.respond('any more examples?', given));
      const again = responder.respond('any more examples?', second);
      expect(again, `${first} >> any more examples? >> any more examples?`).toMatchObject({ kind: 'answer', entry: { id: second.entryIds[0] }, lastExample: true });
      expect(responder.respond('any more examples?', given)).not.toHaveProperty('lastExample');
      // Naming no example ("another one?", "any other?"), it asks the same.
      for (const q of ['another one?', 'any other?', 'one more?', 'and another?']) expect(entryOf(responder.respond(q, given)), `${first} >> ${q}`).toBe(other);
    }
  });

  it('"both of them or just iot?" after an answer about both sides gives that answer again', () => {
    const outlook = turnOf(responder.respond("What's the future look like for IoT?"));
    const answer = kb.byId.get(outlook.entryIds[0] ?? '')?.answer ?? '';
    expect(answer).toMatch(/\bboth\b/);
    for (const q of ['both of them or just iot?', 'is that for both of them?', 'does that apply to both?']) expect(entryOf(responder.respond(q, outlook)), q).toBe(outlook.entryIds[0]);
    // An answer that contrasts the two does not hold for both.
    const scaling = turnOf(responder.respond('is m2m scalable?'));
    expect(kb.byId.get(scaling.entryIds[0] ?? '')?.answer).not.toMatch(/\bboth\b/);
    for (const q of ['both?', 'is that for both?']) expect(entryOf(responder.respond(q, scaling)), q).not.toBe(scaling.entryIds[0]);
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
    // Typed without the apostrophe, as on a phone.
    const atm = turnOf(responder.respond('wats the atm example about'));
    for (const q of ['so thats iot right?', 'its m2m then?']) expect(entryOf(responder.respond(q, atm)), q).toBe(atm.entryIds[0]);
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

  it('"why not m2m?" after a recommendation of IoT gives the reasoning behind the criterion it rests on, else that criterion, not what M2M stands for', () => {
    const gates = turnOf(responder.respond('Which one if the gate scanners need to talk to lots of other devices at the same time?'));
    expect(gates.kind).toBe('scenario');
    const [criterion] = gates.entryIds;
    expect(criterion).toMatch(/^iot-fit-/);
    const reasoning = kb.byId.get(criterion ?? '')?.why;
    expect(reasoning).toBeDefined();
    for (const q of ['why not m2m?', 'so why not M2M then?']) expect(entryOf(responder.respond(q, gates)), q).toBe(reasoning);
    // A criterion with no reasoning of its own answers for itself.
    const standards = turnOf(responder.respond('All our kit comes from different vendors and has to follow common standards. Which one?'));
    const [followsStandards] = standards.entryIds;
    expect(kb.byId.get(followsStandards ?? '')?.why).toBeUndefined();
    expect(entryOf(responder.respond('why not m2m?', standards))).toBe(followsStandards);
    // "why not iot?" asks nothing of a recommendation of IoT: it is read as any other follow-up.
    expect(entryOf(responder.respond('why not iot?', gates))).not.toBe(criterion);
    expect(entryOf(responder.respond('why not iot?', gates))).not.toBe(reasoning);
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
    for (const q of ['is that from the article?', 'is that verbatim from the article?', 'is that from the article itself, or your interpretation?', 'does the article really say that?', 'which section says that?', 'where does it say that?', 'where is that in the article?', "where's that bit?", 'based on what?']) expect(entryOf(responder.respond(q, before)), q).toBe(given);
    // The section asked for in a word or two, or after "source?", is still where that answer comes from.
    for (const q of ['what section?', 'which paragraph is it in?', 'where in the text?', 'source? what part is that from', "odd, are you sure that's what it says?", 'wait really? where does it say that', 'quote?', 'exact words?']) expect(entryOf(responder.respond(q, before)), q).toBe(given);
    // A heading asked for, "where in article is this?", and a check followed by the reason for it.
    for (const q of ['under which heading is that?', 'where in article is this?', 'Which heading does it say that under, please? I need to cite it.']) expect(entryOf(responder.respond(q, before)), q).toBe(given);
    // A second question after the check is no reason for it: both are asked.
    expect(responder.respond('Is that from the article? And who wrote it?', before).kind).toBe('compound');
    const source = entryOf(responder.respond("What's the source of these answers?"));
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

  it('declines a declined question asked again of the other side, and answers a new question after it', () => {
    const price = turnOf(responder.respond('what would an m2m rollout cost us?'));
    expect(price.kind).toBe('declined');
    for (const q of ['and for iot?', 'is there an IoT equivalent?', 'and the same for IoT?']) expect(responder.respond(q, price).kind, q).toBe('declined');
    expect(entryOf(responder.respond('ok, so what is m2m then?', price))).toBe(entryOf(responder.respond('what is m2m?')));
    // A declined question that named no side is not asked again by a turn naming one: "and what does IoT do instead?"
    // after "between how many bits of kit is it?" asks how IoT connects, not how many bits of kit IoT links.
    const count = turnOf(rulesAlone.respond('between how many bits of kit is it?', turnOf(rulesAlone.respond('what is this point-to-point thing about?'))));
    expect(count.kind).toBe('declined');
    expect(entryOf(rulesAlone.respond('and what does IoT do instead?', count))).toBe('communication-mode');
  });

  it('gives the answer just given again for a check of its source that doubts it ("or are you making it up?") and for "which one was that again?"', () => {
    const before = turnOf(responder.respond('Is IoT part of M2M?'));
    const [given] = before.entryIds;
    for (const q of ['is that stated in the article, or is it your own interpretation?', 'that in the article?', 'is that from the text word for word, or are you guessing?', 'is it from the article or u making it up lol', 'which one was that again?', 'sorry which side was it again, iot or m2m?', 'Which one was that again? I lost track.']) {
      expect(entryOf(responder.respond(q, before)), q).toBe(given);
    }
    // A question after it is still asked: "…again? And who wrote it?" is not answered with the answer before alone.
    expect(entryOf(responder.respond('Which one was that again? And who wrote it?', before))).not.toBe(given);
    // "which one is that?" after a term the article explains: the answer, which names the side.
    const term = turnOf(responder.respond('What does the article mean by point to point?'));
    for (const q of ['which one is that?', "which one's that then?"]) expect(entryOf(responder.respond(q, term)), q).toBe(term.entryIds[0]);
  });

  it('asks the question before again of the side named in any few words ("And IoT\'s?", "and opposite, for M2M?", "how does IoT compare in that respect?", "IoT by comparison?")', () => {
    const iotList = turnOf(responder.respond('When is IoT the best choice?'));
    expect(entryOf(responder.respond('And opposite, for M2M?', iotList))).toBe(entryOf(responder.respond('When is M2M the best choice?')));
    const upkeep = turnOf(responder.respond('How hard is an M2M network to set up and keep running?'));
    // IoT's side of the upkeep is in the entry that weighs how each grows.
    expect(upkeep.entryIds).toEqual(['m2m-setup-maintenance']);
    for (const q of ["And IoT's?", 'And how does IoT compare in that respect?', 'IoT by comparison?', 'is IoT any better on that front?', 'and IoT, in contrast?']) expect(entryOf(responder.respond(q, upkeep)), q).toBe('scalability');
    // Asking whether the other side works the same way, or has the same, is the question before about that side.
    const carried = turnOf(responder.respond('what does an M2M link carry its data over?'));
    for (const q of ['does IoT do it the same way?', 'does IoT work the same way then?', 'is there an IoT equivalent?', 'does IoT get the same?']) expect(entryOf(responder.respond(q, carried)), q).toBe('iot-networks');
    // A bare "how does m2m compare?" asks how the two differ, not what M2M is.
    const iot = turnOf(responder.respond('what is iot?'));
    expect(entryOf(responder.respond('how does m2m compare?', iot))).not.toBe(entryOf(responder.respond('what is m2m?')));
  });

  it('reads "why is that the case?" as "why?", and which side the answer is on however asked ("is that an iot thing or an m2m thing", "that\'s M2M yeah, not IoT?")', () => {
    const standards = turnOf(responder.respond('does the article say anything about standards?'));
    for (const q of ['and is that an iot thing or an m2m thing', 'Which list was that under again, IoT or M2M?', 'which one was that again sorry the train went into a tunnel']) {
      expect(entryOf(responder.respond(q, standards)), q).toBe(standards.entryIds[0]);
    }
    const atm = turnOf(responder.respond('how does the bank end of a cash machine withdrawal work?'));
    expect(entryOf(responder.respond("and that's M2M yeah, not IoT?", atm))).toBe('m2m-atm-example');
    const noWifi = turnOf(responder.respond('which one keeps working with no wifi?'));
    expect(entryOf(responder.respond('Why is that the case?', noWifi))).toBe(entryOf(responder.respond('why?', noWifi)));
    // After "no, it's M2M's example", "why not?" asks why, too.
    const notIot = turnOf(responder.respond('are cash machines iot?'));
    expect(entryOf(responder.respond('why not?', notIot))).toBe(entryOf(responder.respond('why?', notIot)));
  });

  it('reads any short doubt after "or", "thats" for "is that", and a longer reason after a check of the source', () => {
    const before = turnOf(responder.respond('Is IoT part of M2M?'));
    const [given] = before.entryIds;
    for (const q of ['is that actually from the article or are you freelancing', 'is that from the article, or wishful thinking', 'is that from the article or your own words?', 'thats actually in the article?', "Is that from the article? I'd like to cite it in the report."]) {
      expect(entryOf(responder.respond(q, before)), q).toBe(given);
    }
    // A doubt that names a side, or a question after "or" or "sorry", asks something of its own.
    for (const q of ['is that from the article or is that m2m only?', 'is that from the article or what does it say about cost', 'which one was that again sorry, also is iot cheaper']) {
      expect(entryOf(responder.respond(q, before)), q).not.toBe(given);
    }
  });

  it('"and m2m?" after a project read as IoT gives M2M\'s list of when it is best; "vs m2m?" still compares', () => {
    const m2mList = entryOf(responder.respond('when is m2m the best choice?'));
    expect(m2mList).toBeDefined();
    for (const project of ['every kiosk syncs live through the cloud. which fits?', 'we want thousands of users on the app, is iot right for that?']) {
      const before = turnOf(responder.respond(project));
      expect(before.recommended, project).toBe('iot');
      expect(entryOf(responder.respond('and m2m?', before)), project).toBe(m2mList);
      expect(entryOf(responder.respond('vs m2m?', before)), project).not.toBe(m2mList);
    }
    // "any for m2m?" asks the question before again of M2M, as "and m2m?" does: not the IoT answer, and not nothing.
    const industries = turnOf(responder.respond('which industries use iot?'));
    const asM2m = entryOf(responder.respond('and m2m?', industries));
    expect(asM2m).toBeDefined();
    expect(asM2m).not.toBe(industries.entryIds[0]);
    expect(entryOf(responder.respond('any for m2m?', industries))).toBe(asM2m);
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

  it('"so it thinks they will both thrive?" that nothing answers, pointing back at the answer just given in the conversation\'s words, gets that answer again', () => {
    const before = turnOf(responder.respond('where does the article see the two heading?'));
    expect(before.kind).toBe('answer');
    const more = 'so it thinks they will both thrive?';
    expect(responder.respond(more).kind).toBe('fallback');
    const again = responder.respond(more, before);
    expect(entryOf(again)).toBe(before.entryIds[0]);
    // With the turn's own confidence in it, not a certainty.
    expect(again.kind === 'answer' && again.confidence).toBeLessThan(1);
    // A subject of its own, or no answer before: still "I don't know".
    expect(responder.respond('what is a croissant then?', turnOf(responder.respond('what is m2m?'))).kind).toBe('fallback');
    expect(responder.respond('is it hard to bake bread?', turnOf(responder.respond('Is it hard to add new sensors to an IoT network?'))).kind).toBe('fallback');
    expect(responder.respond(more, turnOf(responder.respond('what does UID mean?'))).kind).toBe('fallback');
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

  it('reads a follow-up without the chat fillers around it ("like what problems tho" is "what problems?")', () => {
    const before = turnOf(responder.respond('is there a downside to going wireless?'));
    for (const [casual, plain] of [['like what problems tho', 'what problems?'], ['how does it end tho', 'how does it end?']]) {
      expect(entryOf(responder.respond(casual as string, before)), casual).toBe(entryOf(responder.respond(plain as string, before)));
    }
    expect(entryOf(responder.respond('like what problems tho', before))).toBeDefined();
    // A filler that asks nothing, or a "like" that compares, is no filler to drop.
    const m2m = turnOf(responder.respond('what is m2m?'));
    for (const q of ['i like it tho', 'even though?']) expect(responder.respond(q, m2m).kind, q).toBe('fallback');
    const subset = turnOf(responder.respond('is iot a subset of m2m?'));
    expect(responder.respond('so like a smaller m2m?', subset).kind).not.toBe('clarify');
  });

  it('"how so?", "y tho" or "really?" asks about the answer just given, like "why?"', () => {
    const before = turnOf(responder.respond('Is IoT scalable?'));
    for (const q of ['how so?', 'y tho', 'really?', 'are you sure?', 'sure?', 'you sure about that?', 'certain?', 'for real?', 'seriously!?', 'sure...?']) expect(entryOf(responder.respond(q, before)), q).toBe(before.entryIds[0]);
    // "sure" that agrees asks nothing.
    for (const q of ['sure', 'Sure!', "Sure. I'll pass that on to the team.", 'seriously', 'for real. cheers']) expect(entryOf(responder.respond(q, before)), q).not.toBe(before.entryIds[0]);
  });

  it('reads a short question answered surely on its own, by another entry, as a new subject though it names no side ("UID meaning" after M2M)', () => {
    const m2m = turnOf(responder.respond('M2M point to point'));
    const alone = responder.respond('UID meaning');
    expect(entryOf(alone)).toBeDefined();
    expect(entryOf(alone)).not.toBe(m2m.entryIds[0]);
    expect(entryOf(responder.respond('UID meaning', m2m))).toBe(entryOf(alone));
    // Read with the turn before, a message that points back or starts like a follow-up is still one.
    expect(turnOf(responder.respond('and its meaning?', m2m)).question).not.toBe('and its meaning?');
  });

  it('reads a term asked to be defined ("what mean point to point?") as a new subject, answered as surely as any question alone', () => {
    const difference = turnOf(responder.respond('what is the main difference between IoT and M2M?'));
    for (const q of ['what mean point to point?', 'what does point to point mean']) {
      const alone = responder.respond(q);
      expect(entryOf(alone), q).not.toBe(difference.entryIds[0]);
      expect(entryOf(responder.respond(q, difference)), q).toBe(entryOf(alone));
    }
    // "what does that mean?" points back: it asks about the answer just given.
    expect(entryOf(responder.respond('what does that mean?', difference))).toBe(difference.entryIds[0]);
  });

  it('"tell me more", "elaborate" or "go on" gives the entry next to the answer that its question matches best, not the same words again', () => {
    const subset = turnOf(responder.respond('is iot part of m2m or the other way round?'));
    const given = subset.entryIds[0] ?? '';
    const next = kb.byId.get(given)?.related ?? [];
    expect(next.length).toBeGreaterThan(0);
    for (const q of ['tell me more', 'Elaborate.', 'could you elaborate?', 'go on', 'go on then', 'more detail please', 'can you expand on that?', 'more?']) {
      const more = entryOf(responder.respond(q, subset));
      expect(next, q).toContain(more);
      expect(more, q).not.toBe(given);
    }
    // It stays on the answer's side: more on what M2M stands for is not what IoT stands for.
    const acronym = turnOf(responder.respond('what does m2m stand for?'));
    const onM2m = entryOf(responder.respond('tell me more', acronym)) ?? '';
    expect(kb.byId.get(acronym.entryIds[0] ?? '')?.related).toContain('iot-acronym');
    expect(sideOfEntry(onM2m)).toBe('m2m');
    // Asked again, it moves on, not back to the answer before.
    const more = turnOf(responder.respond('tell me more', subset));
    expect(responder.respond('tell me more', more).kind).toBe('answer');
    expect(entryOf(responder.respond('tell me more', more))).not.toBe(given);
    // After "I don't know" there is nothing to say more of; "tell me more about M2M" asks of M2M.
    expect(responder.respond('tell me more', turnOf(responder.respond('what is the best pizza in town?'))).kind).not.toBe('answer');
    expect(entryOf(responder.respond('tell me more about M2M', subset))).toBe(entryOf(responder.respond('tell me more about M2M')));
  });

  it('"and what reason is given?" asks about the answer just given, like "why?"', () => {
    const before = turnOf(responder.respond('Is IoT scalable?'));
    for (const q of ['and what reason is given?', 'what reason does the article give?', "what's the reason?", 'for what reason?', 'on what grounds?']) expect(entryOf(responder.respond(q, before)), q).toBe(before.entryIds[0]);
  });

  it('"and the cloud part?" asks what about the cloud when nothing answers it as typed; "and the m2m side?" still asks about the other side', () => {
    const before = turnOf(responder.respond("what's the big difference between them in one line"));
    const cloud = entryOf(responder.respond('what about the cloud?', before));
    expect(cloud).toBeDefined();
    expect(entryOf(responder.respond('and the cloud part?', before))).toBe(cloud);
    const iot = turnOf(responder.respond('What is IoT?'));
    expect(entryOf(responder.respond('and the m2m side?', iot))).toBe(entryOf(responder.respond('and m2m?', iot)));
    // A subject nothing answers on its own is chatter, not a part of the answer before to repeat.
    const m2m = turnOf(responder.respond('What is M2M?'));
    for (const q of ['and the weekend bit?', 'and the dark side?', 'what about the legal aspect?']) expect(responder.respond(q, m2m).kind, q).toBe('fallback');
  });

  it('"thanks, and m2m?" or "cool, m2m?" is "and m2m?" after a word of thanks', () => {
    const iot = turnOf(responder.respond('What is IoT?'));
    const plain = entryOf(responder.respond('and m2m?', iot));
    expect(plain).toMatch(/^m2m-/);
    for (const q of ['thanks, and m2m?', 'cool, m2m?', 'Cheers! And M2M?', 'got it. and m2m?']) expect(entryOf(responder.respond(q, iot)), q).toBe(plain);
  });

  it('"what else does that allow?", "whats that get u" or "whats the upside of that tho" ask what the answer just given makes possible, like "what does that make possible?"', () => {
    const before = turnOf(responder.respond('Where do IoT devices sit, network-wise?'));
    const plain = entryOf(responder.respond('what does that make possible?', before));
    expect(plain).toBeDefined();
    expect(plain).not.toBe(before.entryIds[0]);
    for (const q of ['What else does that allow?', 'whats that get u', 'whats the upside of that tho', 'Benefit of that?', 'the point of that?']) expect(entryOf(responder.respond(q, before)), q).toBe(plain);
  });

  it('"Payoff?", "Gain from that?" or "Enables what?" ask it tersely, with no question word; a bare "point?" does not', () => {
    const before = turnOf(responder.respond('Where do IoT devices sit, network-wise?'));
    const plain = entryOf(responder.respond('what does that make possible?', before));
    for (const q of ['Payoff?', 'Gain from that?', 'and the upside?', 'Enables what?', "what's the gain from that?"]) expect(entryOf(responder.respond(q, before)), q).toBe(plain);
    expect(entryOf(responder.respond('point?', before))).not.toBe(plain);
  });

  it('"does M2M dodge that?", "does M2M even have it?" after an answer about neither side ask it again of that side, as "and m2m?" does', () => {
    const downside = turnOf(responder.respond('What downside of wireless does the article give?'));
    const plain = entryOf(responder.respond('and m2m?', downside));
    expect(plain).toBeDefined();
    expect(plain).not.toBe(downside.entryIds[0]);
    for (const q of ['Does M2M dodge that?', 'does m2m even have it?', 'Does M2M have that problem too?', 'does m2m suffer from it?', 'does m2m have those problems too?', 'does m2m have that issue too?']) expect(entryOf(responder.respond(q, downside)), q).toBe(plain);
  });

  it('reads another case told after a recommendation ("And mixed-brand kit that has to work together?") as asking which side fits it', () => {
    const sealed = turnOf(responder.respond('Kit that has to be walled off for security. Which one does the article point at?'));
    expect(sealed.kind).toBe('scenario');
    const r = responder.respond('And mixed-brand kit that has to work together?', sealed);
    expect(r.kind === 'scenario' ? r.reading.criteria.map((c) => c.entryId) : r.kind).toEqual(['iot-fit-standards']);
    // A question of its own after "and" is asked as it stands, and thanks that ask nothing are no case.
    expect(entryOf(responder.respond('and what does M2M stand for?', sealed))).toBe('m2m-acronym');
    expect(responder.respond('And thanks, that was fast and reliable.', sealed).kind).not.toBe('scenario');
  });

  it('reads neither a request to repeat nor a question of its own as asking what the answer makes possible, nor a section question naming a side as asking where the answer is said', () => {
    const before = turnOf(responder.respond('how does iot scale?'));
    const gives = entryOf(responder.respond('what does that make possible?', before));
    for (const q of ['give me that again', 'can you give me that again']) expect(entryOf(responder.respond(q, before)), q).toBe(before.entryIds[0]);
    for (const q of ['where did you get that?', 'how much is it worth?', 'how do I get that?']) expect(entryOf(responder.respond(q, before)), q).not.toBe(gives);
    const iot = turnOf(responder.respond('what is iot?'));
    for (const q of ['which section is it in for m2m?', 'which section of it is about m2m?']) expect(entryOf(responder.respond(q, iot)), q).not.toBe(iot.entryIds[0]);
    // With a reason after it, the section question still asks where the answer is said.
    const subset = turnOf(responder.respond('Is IoT a subset of M2M?'));
    expect(entryOf(responder.respond("which section's that in? I want to cite it", subset))).toBe(subset.entryIds[0]);
  });

  it('"which section\'s that in?", "under which heading is that stated?" or "where\'s that in the article" asks where the answer just given is said: it is given again, with its source', () => {
    const before = turnOf(responder.respond('Is IoT a subset of M2M?'));
    for (const q of ["which section's that in?", 'Which section states that?', 'Under which heading is that stated?', "where's that in the article", 'in which paragraph does it say that?', 'which para is that in?', "which bit of the article's that in?", 'Where in the article is that explained?', 'Says that where?']) {
      expect(entryOf(responder.respond(q, before)), q).toBe(before.entryIds[0]);
    }
    // Asked with nothing before, or with words of its own, it is a question of its own.
    expect(entryOf(responder.respond('which sections does the article have?', before))).not.toBe(before.entryIds[0]);
  });

  it('"is that from the main difference bit?" or "is that in the intro?" names a part of the article by its heading or its place: the answer again', () => {
    const before = turnOf(responder.respond('Is IoT a subset of M2M?'));
    for (const q of ['is that from the main difference bit?', 'is that from the intro?', 'is that in the conclusion?', 'is this from the best choice section?']) {
      expect(entryOf(responder.respond(q, before)), q).toBe(before.entryIds[0]);
    }
    // Asking what that part says is a question of its own.
    expect(entryOf(responder.respond('what does the intro say?', before))).not.toBe(before.entryIds[0]);
    // Nor is a part of the article that no heading names.
    expect(entryOf(responder.respond('Is there a part 2 of this article?', before))).not.toBe(before.entryIds[0]);
  });

  it('"what section is it in?" after the byline or the date asks where the article itself is filed, not where the byline is said', () => {
    const article = entryOf(responder.respond('Which article is this based on?'));
    for (const first of ['who wrote the article?', 'when was the article published?']) {
      const before = turnOf(responder.respond(first));
      expect(before.entryIds[0]).not.toBe(article);
      for (const q of ['what section is it in?', 'which section is that under?']) expect(entryOf(responder.respond(q, before)), `${first} ${q}`).toBe(article);
    }
  });

  it('"any farming in that list?" or "so our dome sensors would count?" asks whether the answer just given holds something: it is given again', () => {
    const industries = turnOf(responder.respond('Which industries use IoT, according to the article?'));
    for (const q of ['any farming in that list?', 'anything about vehicles in there?', 'any of those close to what an airport does?', 'is mining on that list?', 'are breweries on the list?', 'Anything on that list about moving or storing stock?', 'anything like us in that lot']) expect(entryOf(responder.respond(q, industries)), q).toBe(industries.entryIds[0]);
    const thing = turnOf(responder.respond("What's the 'thing' in Internet of Things?"));
    for (const q of ['so like our dome sensors would count?', 'would a crane PLC with its own ID count too?']) expect(entryOf(responder.respond(q, thing)), q).toBe(thing.entryIds[0]);
    // After a list of criteria, the criterion asked about answers it better than the list again.
    const list = turnOf(responder.respond('when should I go for m2m?'));
    expect(entryOf(responder.respond('anything about security in there?', list))).not.toBe(list.entryIds[0]);
    // A question its own words answer surely is no question about the list: "is sensor telemetry on the list?" gets its entry.
    expect(entryOf(responder.respond('is sensor telemetry on the list?'))).toBe('m2m-sensor-telemetry');
    expect(entryOf(responder.respond('is sensor telemetry on the list?', industries))).toBe('m2m-sensor-telemetry');
    // "is banking on the list?" asks it only of an answer that gives a list.
    const definition = turnOf(responder.respond('What is IoT?'));
    expect(entryOf(responder.respond('is banking on the list?', definition))).not.toBe(definition.entryIds[0]);
  });

  it('"any of them use MQTT?" or "would an ATM count?" asks a question of its own, not whether the answer holds it', () => {
    const industries = turnOf(responder.respond('Which industries use IoT, according to the article?'));
    expect(entryOf(responder.respond('any of them use MQTT?', industries))).not.toBe(industries.entryIds[0]);
    expect(entryOf(responder.respond('any of these wireless?', industries))).not.toBe(industries.entryIds[0]);
    const m2m = turnOf(responder.respond('What is M2M?'));
    expect(entryOf(responder.respond('would an ATM count?', m2m))).toBe(entryOf(responder.respond('would an ATM count?')));
    expect(entryOf(responder.respond('would an ATM count?', m2m))).not.toBe(m2m.entryIds[0]);
  });

  it('"and of m2m?", "and for m2m also same?" and "what about m2m on that front?" ask the question before about the other side', () => {
    const iot = turnOf(responder.respond('Is IoT easy to scale?'));
    const plain = entryOf(responder.respond('and m2m?', iot));
    expect(plain).toBeDefined();
    for (const q of ['And of M2M?', 'and for M2M also same?', 'and m2m, same?', 'and what about m2m on that front', 'and m2m in that respect?']) expect(entryOf(responder.respond(q, iot)), q).toBe(plain);
  });

  it('"and the equivalent (or corresponding) list for m2m?" and "and m2m, does it work the same way?" ask the question before about the other side', () => {
    const iot = turnOf(responder.respond('Over which kinds of network does IoT send its data?'));
    const plain = entryOf(responder.respond('and m2m?', iot));
    expect(plain).toMatch(/^m2m-/);
    for (const q of ['and the equivalent list for m2m?', 'And the corresponding list for M2M?', 'and m2m, does it work the same way?', 'and m2m, what does it need?', 'n m2m?', 'And M2M, for comparison?']) expect(entryOf(responder.respond(q, iot)), q).toBe(plain);
  });

  it('"and does the same hold for m2m?", "is that true for m2m?" and "and the M2M ones?" ask the question before about the other side', () => {
    const iot = turnOf(responder.respond('Over which kinds of network does IoT send its data?'));
    const plain = entryOf(responder.respond('and m2m?', iot));
    expect(plain).toMatch(/^m2m-/);
    for (const q of ['And does the same hold for M2M?', 'does the same hold for m2m?', 'does this hold true for m2m?', 'does that also apply to m2m?', 'is that true for m2m?', 'and the M2M ones?', 'and the m2m devices?']) expect(entryOf(responder.respond(q, iot)), q).toBe(plain);
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
    // Alone the question leans to one side; after an answer about either, it asks about that one.
    for (const [asked, side] of [['which one is the point to point one?', 'm2m'], ['which one is the many-to-many one?', 'iot']] as const) {
      const before = turnOf(responder.respond(asked));
      expect(before.entryIds[0]).toMatch(new RegExp(`^${side}-`));
      expect(entryOf(responder.respond('over what kind of network?', before)), asked).toBe(entryOf(responder.respond(`over what kind of network does ${side} send data?`)));
    }
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
    // In other words: how it is presented, for whom, after an "oh ok".
    const upkeep = turnOf(responder.respond('How does the article characterise the maintenance side of going wireless?'));
    expect(entryOf(responder.respond('Is that presented as a positive or a negative overall?', upkeep))).toBe(upkeep.entryIds[0]);
    const unattended = turnOf(responder.respond('Does M2M need people involved to work?'));
    for (const q of ['oh ok, is that a good thing for m2m or a bad thing?', 'is that a good thing for it?']) expect(entryOf(responder.respond(q, unattended)), q).toBe(unattended.entryIds[0]);
    const wireless = turnOf(responder.respond('Is IoT wireless?'));
    const weighed = entryOf(responder.respond('is that a good thing though?', wireless));
    expect(kb.byId.get(wireless.entryIds[0] ?? '')?.related).toContain(weighed);
  });

  it('gives a criterion again when asked which side it is on, whichever side the question guesses', () => {
    for (const [first, turns] of [
      ['Does the article mention standards anywhere?', ['In relation to which technology?', 'is that under M2M?']],
      ['what does the article say about security?', ["so that's a point for which one?", 'is that for iot?']],
    ] as const) {
      const before = turnOf(responder.respond(first));
      expect(before.entryIds).toHaveLength(1);
      for (const turn of turns) expect(entryOf(responder.respond(turn, before)), turn).toBe(before.entryIds[0]);
    }
  });

  it('"so which is it?" and "optimistic or not?" after an answer ask about that answer', () => {
    const pick = turnOf(responder.respond('So bottom line, should we pick IoT or M2M?'));
    expect(pick.kind).toBe('answer');
    expect(entryOf(responder.respond('so which is it?', pick))).toBe(pick.entryIds[0]);
    const better = turnOf(responder.respond('Does the article say which of the two is better?'));
    for (const q of ['ok so which for us?', 'no straight answer then?', 'no favourite at all?']) expect(entryOf(responder.respond(q, better)), q).toBe(better.entryIds[0]);
    // After a fact about one side, "which for us?" is the general question and "no winner then?" no check of it.
    const definition = turnOf(responder.respond('what is m2m?'));
    for (const q of ['ok so which for us?', 'no straight answer then?']) expect(entryOf(responder.respond(q, definition)), q).not.toBe(definition.entryIds[0]);
    const ending = turnOf(responder.respond('How does the article wrap up?'));
    // Alone it could ask of anything, so it is not answered, but the ending is offered; after the ending, it asks of that.
    const alone = responder.respond('optimistic or not?');
    expect(alone.kind === 'fallback' && alone.nearest?.map((c) => c.entry.id)).toContain(ending.entryIds[0]);
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

  it('"and IoT?" after an answer about M2M, unsure between entries about both sides, answers with the first: none is about M2M alone', () => {
    const upkeep = turnOf(responder.respond('is m2m hard work to maintain?'));
    const other = responder.respond('and iot?', upkeep);
    expect(other.kind).toBe('answer');
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

  it('"why?" after the answer that weighs the two ("which is better?") gets that answer again: it gives its own reasoning', () => {
    for (const asked of ['so which is better iot or m2m', 'which is better, iot or m2m?']) {
      const better = turnOf(responder.respond(asked));
      expect(better.entryIds[0], asked).toBe('which-to-choose');
      for (const q of ['why?', 'but why??']) expect(entryOf(responder.respond(q, better)), q).toBe('which-to-choose');
    }
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

  it('"2?", "and number 4?", "the last?" or "fifth one" after one of the article\'s "best when" lists asks for an item of that list: the list again', () => {
    const list = turnOf(responder.respond('what are the points in favour of iot'));
    expect(list.entryIds[0]).toBe('iot-when');
    for (const q of ['2?', '3', 'and number 4?', 'item 5?', 'no. 3', 'the fifth one', 'first?', 'the last?']) expect(entryOf(responder.respond(q, list)), q).toBe('iot-when');
    // No list has a seventh item, and "no one?" is no number.
    for (const q of ['7?', 'no one?']) expect(entryOf(responder.respond(q, list)), q).not.toBe('iot-when');
    // After any other answer, a bare number asks nothing of a list: not the answer again.
    const defined = turnOf(responder.respond('what is iot'));
    expect(entryOf(responder.respond('2?', defined))).not.toBe(defined.entryIds[0]);
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

  it('reads a follow-up typed "n wat…" as "and what…"', () => {
    const cloud = turnOf(responder.respond('is iot always on the cloud?'));
    for (const [typed, spelled] of [['n wat does that get u', 'and what does that get you'], ['n wot does it give u', 'and what does it give you']]) {
      const r = responder.respond(typed ?? '', cloud);
      expect(r.kind, typed).toBe('answer');
      expect(entryOf(r), typed).toBe(entryOf(responder.respond(spelled ?? '', cloud)));
    }
  });

  it('"IoT needs what then?" after what M2M does without asks what IoT needs in its place, the same matter on its side', () => {
    const without = turnOf(responder.respond('Does M2M cope with no wifi at all?'));
    const [given] = without.entryIds;
    expect(sideOfEntry(given ?? '')).toBe('m2m');
    for (const q of ['and what does iot rely on then?', 'so IoT requires what instead?']) {
      const r = responder.respond(q, without);
      expect(r.kind === 'answer' && r.readAs, q).toMatch(/iot/i);
      expect(kb.byId.get(given ?? '')?.related, q).toContain(entryOf(r));
    }
    // Asked right after an answer about IoT itself, it is no swap: there is no other side to ask it of.
    const iot = turnOf(responder.respond('does iot cope with no wifi at all?'));
    const same = responder.respond('and what does iot rely on then?', iot);
    expect(same.kind === 'answer' ? (same.readAs ?? '') : '').not.toMatch(/iot cope/i);
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
    // After "which one scales better?", which names neither side, the other one is the side the answer does not open with: "IoT scales much more easily…".
    const scaling = turnOf(responder.respond('Which one scales better?'));
    expect(scaling.entryIds).toEqual(['scalability']);
    expect(entryOf(responder.respond("and what's the catch with the other one?", scaling))).toBe('m2m-setup-maintenance');
    // Only a question after the side that does better lets the answer's opening decide: after "harder", "a pain" or
    // "less", the other one may be either side, so it is not taken to be M2M.
    for (const q of ['which one is harder to scale?', 'which one is less scalable?', 'which one is a pain to scale?', 'our setup struggles, which one scales better?', 'which one chokes when you add devices?']) {
      const before = turnOf(responder.respond(q));
      expect(before.entryIds, q).toEqual(['scalability']);
      expect(entryOf(responder.respond("and what's the other one's catch?", before)), q).not.toBe('m2m-setup-maintenance');
    }
    // "the other one then?" asks nothing of it but the side, which the answer weighing both already says.
    expect(entryOf(responder.respond('the other one then?', scaling))).toBe('scalability');
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
    const other = entryOf(alone)?.startsWith('iot-') ? 'm2m' : 'iot';
    const before = turnOf(responder.respond(`How does ${other} connect devices?`));
    expect(before.entryIds[0]).toMatch(new RegExp(`^${other}-`));
    expect(entryOf(responder.respond('over what kind of network?', before))).toMatch(new RegExp(`^${other}-`));
  });

  it('keeps the side of the turn before when the follow-up alone lands on the other side\'s version of the same matter', () => {
    const gateway = turnOf(responder.respond("What's an IoT gateway for, in one line?"));
    expect(gateway.entryIds.every((id) => sideOfEntry(id) === 'iot')).toBe(true);
    const alone = entryOf(responder.respond('what networks can it go over?'));
    expect(alone).toBeDefined();
    expect(sideOfEntry(alone ?? '')).toBe('m2m');
    expect(entryOf(responder.respond('what networks can it go over?', gateway))).toBe(`iot-${(alone ?? '').slice('m2m-'.length)}`);
    // A turn that names the other side asks about it.
    expect(sideOfEntry(entryOf(responder.respond('what networks can m2m go over?', gateway)) ?? '')).toBe('m2m');
  });

  it('gives the answer again when asked how far it holds, whether it lists something, or whether it is what makes a side', () => {
    for (const [first, turn] of [
      ['What does the article say about the future of IoT and M2M?', 'for both of them?'],
      ['What does the article predict for the next few years?', 'For both of them, or just IoT?'],
      ['What is IoT hardware built around, per the article?', 'IoT only, or M2M too?'],
      ['What tech are IoT devices built around?', 'is wireless one of them?'],
      ['What tech are IoT devices built around?', 'any wireless in that?'],
      ['Do M2M machines need a person to start them talking?', 'Is that what makes it M2M then?'],
    ]) {
      const before = turnOf(responder.respond(first));
      expect(before.entryIds).toHaveLength(1);
      expect(entryOf(responder.respond(turn, before)), turn).toBe(before.entryIds[0]);
    }
    // Alone, those words ask something else.
    expect(entryOf(responder.respond('is wireless one of them?'))).not.toBe(entryOf(responder.respond('What tech are IoT devices built around?')));
    // Which ones, of an answer that names them (the networks M2M runs over).
    const m2mNetworks = turnOf(responder.respond('Does M2M send its data over a public network?'));
    for (const turn of ['like which ones?', 'which ones exactly?']) expect(entryOf(responder.respond(turn, m2mNetworks)), turn).toBe(m2mNetworks.entryIds[0]);
    expect(entryOf(responder.respond('like which ones?'))).not.toBe(m2mNetworks.entryIds[0]);
    // A remark after the question asks nothing more, though it names a side and another entry's example.
    const industries = turnOf(responder.respond('Which industries does the article say IoT is used in?'));
    const turn = 'Banking as well? I thought banks were the M2M example with the ATMs.';
    expect(entryOf(responder.respond(turn, industries))).toBe(industries.entryIds[0]);
    // How many, of an answer that gives the number ("a link between two pieces of hardware").
    const link = turnOf(responder.respond('How is an M2M connection made, per the article?'));
    expect(kb.byId.get(link.entryIds[0] ?? '')?.answer).toMatch(/\btwo\b/);
    for (const turn of ['So how many devices on each link?', 'so only 2 things at once??']) {
      expect(entryOf(responder.respond(turn, link)), turn).toBe(link.entryIds[0]);
    }
    // A side "too" asks the same of that side, and a word the answer never says asks of it.
    const iot = turnOf(responder.respond('what is iot?'));
    expect(entryOf(responder.respond('m2m too?', iot))).not.toBe(iot.entryIds[0]);
    // After a side's list of when it is best, a word of it asks about that point, which has an entry of its own.
    const list = turnOf(responder.respond('When is M2M the best choice?'));
    expect(kb.byId.get(list.entryIds[0] ?? '')?.answer).toMatch(/\breliabl/);
    expect(entryOf(responder.respond('reliable too?', list))).not.toBe(list.entryIds[0]);
    const networks = turnOf(responder.respond('what networks does iot use?'));
    expect(entryOf(responder.respond('and security too?', networks))).not.toBe(networks.entryIds[0]);
  });

  it('reads a side\'s downside asked after an answer that weighs both sides as that side\'s entry next to the answer', () => {
    const scaling = turnOf(responder.respond('Which one scales better?'));
    const [given] = scaling.entryIds;
    const nextToIt = kb.byId.get(given ?? '')?.related ?? [];
    for (const turn of ['and how bad is m2m on that front?', "and what's M2M's problem there?", 'how bad is it with M2M?']) {
      expect(nextToIt.filter((id) => sideOfEntry(id) === 'm2m'), turn).toContain(entryOf(responder.respond(turn, scaling)));
      expect(entryOf(responder.respond(turn)), turn).not.toBe(entryOf(responder.respond(turn, scaling)));
    }
  });

  it('"when?" asks the question before with the new question word', () => {
    const author = turnOf(responder.respond('Who wrote the article?'));
    expect(author.entryIds).toEqual(['source-author']);
    expect(entryOf(responder.respond('when?', author))).toBe('source-date');
    // With only words that point back, it is the same lone question word.
    for (const q of ['when was that?', 'and when did she do it?', 'since when?']) expect(entryOf(responder.respond(q, author)), q).toBe('source-date');
  });

  it('gives the answer just given again for a lone question word whose words alone surely find that answer', () => {
    const byline = turnOf(responder.respond('Who wrote the piece, and when?'));
    const alone = responder.respond('And where was it published?');
    expect(alone.kind === 'answer' && byline.entryIds.includes(alone.entry.id)).toBe(true);
    expect(entryOf(responder.respond('And where was it published?', byline))).toBe(entryOf(alone));
    // "when?" alone finds nothing surely: the entry next to the answer still answers it.
    const author = turnOf(responder.respond('Who wrote the article?'));
    expect(entryOf(responder.respond('when was it published?', author))).not.toBe(author.entryIds[0]);
  });

  it('keeps the side of the turn before when a follow-up names none, but not for a subject of its own', () => {
    // Alone the question leans to one side, so one of the two is against its lean.
    for (const side of ['iot', 'm2m']) expect(entryOf(responder.respond('what kind of network is used?', turnOf(responder.respond(`What does ${side} stand for?`)))), side).toBe(`${side}-networks`);
    const m2m = turnOf(responder.respond('What does M2M stand for?'));
    expect(entryOf(responder.respond('who wrote the article?', m2m))).toBe('source-author');
  });

  it('reads a follow-up whose words only point back wholly with the turn before', () => {
    const scaling = turnOf(responder.respond('Which of the two scales better?'));
    expect(scaling.entryIds).toEqual(['scalability']);
    expect(engine.ask('why is the other one worse at it').kind).not.toBe('answer');
    // The answer opens with IoT's ease, so the other one is M2M, and its setup is why it is worse at growing.
    expect(entryOf(responder.respond('why is the other one worse at it', scaling))).toBe('m2m-setup-maintenance');
  });

  it('"how does that work?" asks for more about the answer just given, not about the side it named', () => {
    const example = turnOf(responder.respond("what's an example of m2m in real life?"));
    expect(example.entryIds).toEqual(['m2m-atm-example']);
    for (const q of ['how does that work?', 'how does that actually work tho']) expect(entryOf(responder.respond(q, example)), q).toMatch(/^m2m-atm-/);
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

describe('another example', () => {
  it('gives the ATM after sensor telemetry, as the article calls it another great example of M2M', () => {
    const first = turnOf(responder.respond('Where was M2M first used?'));
    expect(first.entryIds).toEqual(['m2m-sensor-telemetry']);
    expect(entryOf(responder.respond('Any other example?', first))).toBe('m2m-atm-example');
  });
});

describe('the turn after, read with what the answer was about', () => {
  it('"and iot?" after a fact asked of M2M gets the same fact of IoT; after a choice, or asked what IoT needs, the IoT criterion', () => {
    const fact = turnOf(responder.respond('will m2m still run if the wi-fi is down?'));
    expect(fact.entryIds).toEqual(['m2m-fit-no-wifi']);
    expect(entryOf(responder.respond('and iot?', fact))).toBe('iot-networks');
    expect(entryOf(responder.respond('and iot, what does it need?', fact))).toBe('iot-fit-fast-internet');
    const choice = turnOf(responder.respond('which one keeps working with no wifi?'));
    expect(choice.entryIds).toEqual(['m2m-fit-no-wifi']);
    expect(entryOf(responder.respond('the other one?', choice))).toBe('iot-fit-fast-internet');
    // The other way round, the fact of M2M, not the advice to pick it.
    expect(entryOf(rulesAlone.respond('what about m2m', turnOf(rulesAlone.respond('Does IoT need Wi-Fi?'))))).toBe('m2m-networks');
  });

  it('"when did it go up?" after the article\'s author asks when it was published; not after an answer about a side', () => {
    const author = turnOf(responder.respond('who wrote the piece?'));
    expect(author.entryIds).toEqual(['source-author']);
    for (const q of ['when did it go up?', 'and when was that put out', 'so when did it come out?']) expect(entryOf(responder.respond(q, author)), q).toBe('source-date');
    expect(entryOf(responder.respond('when is lunch?', author))).not.toBe('source-date');
    expect(entryOf(responder.respond('when did it go up?', turnOf(responder.respond('what is m2m?'))))).not.toBe('source-date');
  });

  it('"where does it go from there?" after the ATM\'s first step gets the next one', () => {
    const atm = turnOf(responder.respond('how does a cash machine use m2m?'));
    expect(atm.entryIds).toEqual(['m2m-atm-example']);
    expect(entryOf(responder.respond('where does it go from there?', atm))).toBe('m2m-atm-transaction');
  });

  it('asks for the article\'s next difference after one of them ("and the other big difference?"), in the article\'s order', () => {
    const mode = turnOf(responder.respond('how do iot and m2m communicate differently?'));
    expect(mode.entryIds).toEqual(['communication-mode']);
    for (const q of ['and the other big difference?', 'what about the next point it makes?', 'and then?']) expect(entryOf(rulesAlone.respond(q, mode)), q).toBe('scalability');
    expect(entryOf(rulesAlone.respond('and then?', turnOf(rulesAlone.respond('which one scales better?'))))).toBe('wireless-vs-wired');
    // "Over what?" asks for the next step only of a process told in steps on one side (the ATM's).
    expect(entryOf(rulesAlone.respond('over what?', mode))).not.toBe('scalability');
    expect(entryOf(rulesAlone.respond('and the other one?', turnOf(rulesAlone.respond('what is m2m?'))))).toBe('iot-definition');
  });

  it('"how do they tell them apart?" after what IoT\'s things are asks how its devices are told apart; after "what is IoT?" it is left alone', () => {
    const thing = turnOf(responder.respond("what's a 'thing' in the internet of things?"));
    expect(thing.entryIds).toEqual(['iot-thing-meaning']);
    for (const q of ['and how do they tell them apart?', 'what makes each one different from the rest?', 'how does it tell one from another?']) expect(entryOf(rulesAlone.respond(q, thing)), q).toBe('iot-uid-meaning');
    expect(entryOf(rulesAlone.respond('how do you tell them apart?', turnOf(rulesAlone.respond('what is iot?'))))).not.toBe('iot-uid-meaning');
  });

  it('"and what\'s inside those things?" after what IoT\'s things are asks what its devices have built in', () => {
    const thing = turnOf(responder.respond("what's a 'thing' in the internet of things?"));
    const inside = entryOf(responder.respond('what is built into an iot device?'));
    expect(inside).toBe('iot-sensors-uid');
    for (const q of ["and what's inside those things?", 'what are they fitted with?']) expect(entryOf(rulesAlone.respond(q, thing)), q).toBe(inside);
  });

  it('"what sort of readings?" after an answer whose examples are another entry gets those examples', () => {
    const telemetry = turnOf(responder.respond('what was m2m first used for?'));
    expect(telemetry.entryIds).toEqual(['m2m-sensor-telemetry']);
    for (const q of ['what sort of readings?', 'what kinds of measurements are we talking about?']) expect(entryOf(rulesAlone.respond(q, telemetry)), q).toBe('m2m-monitoring');
  });

  it('"and for M2M, which does it name?" asks the question before of M2M', () => {
    const networks = turnOf(responder.respond('what networks can iot devices use?'));
    expect(networks.entryIds).toEqual(['iot-networks']);
    for (const q of ['and for M2M, which does it name?', 'and for m2m, what does the article say?']) expect(entryOf(rulesAlone.respond(q, networks)), q).toBe('m2m-networks');
  });
});
