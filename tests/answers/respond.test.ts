/** The responder: what the bot makes of a message beyond one entry. */
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../src/answers/analyzer.js';
import type { AnswerEngine } from '../../src/answers/engine.js';
import { Responder, turnOf, type Response } from '../../src/answers/respond.js';
import { sideOfEntry } from '../../src/answers/sides.js';
import { replyTo } from '../../src/answers/reply.js';
import { ScenarioReader } from '../../src/chooser/scenario.js';
import { TERMINAL_COMMANDS } from '../../src/terminal/render.js';
import { silentLogger } from '../../src/log.js';
import { loadServices } from '../../src/services.js';

const services = loadServices({ logger: silentLogger });
const { responder, engine, kb } = services;
/** The reading rules alone, without what the example questions taught (exampleModel.ts). */
const rulesAlone = services.responderLearnedFrom(undefined);
const entryOf = (r: Response) => (r.kind === 'answer' ? r.entry.id : undefined);
/** How a scenario reading answered one of the chooser's questions (by its id), if it did. */
const readingOf = (r: Response, questionId: string) => (r.kind === 'scenario' ? r.reading.criteria.find((c) => c.questionId === questionId)?.answer : undefined);
/** The side a message read as a project is recommended, or else the kind of its reply. */
const verdictOf = (q: string) => {
  const r = responder.respond(q);
  return r.kind === 'scenario' ? r.reading.recommendation.verdict : r.kind;
};
/** How a message read as a project answered one of the chooser's questions (by its id), if it was. */
const needIn = (q: string, questionId: string) => readingOf(responder.respond(q), questionId);
/** The criteria entries a message was read as, when it was read as a project. */
const readAs = (q: string) => {
  const r = responder.respond(q);
  return r.kind === 'scenario' ? r.reading.criteria.map((c) => c.entryId) : [];
};
/** `asked` gets the answer that `plain` gets, and `plain` is answered: the wording around it changes nothing. */
const expectAnsweredAs = (asked: string, plain: string) => {
  const expected = entryOf(responder.respond(plain));
  expect(expected, plain).toBeDefined();
  expect(entryOf(responder.respond(asked)), asked).toBe(expected);
};
/** The side recommended for a message, or the kind of reply it got instead. */
const verdict = (q: string) => {
  const r = responder.respond(q);
  return r.kind === 'scenario' ? r.reading.recommendation.verdict : r.kind;
};

describe('scenarios', () => {
  /** How a project's message answers the chooser's questions of working without Wi-Fi and of fast internet. */
  const wifi = (q: string) => needIn(q, 'works-without-wifi');
  const fast = (q: string) => needIn(q, 'fast-internet');

  it('reads needs told in shorthand: "quick net wherever", "4g built in", "all on the cloud live"', () => {
    expect(fast('the new loggers come with 4g built in. iot then?')).toBe('yes');
    expect(fast('the loggers get quick net wherever they are. iot then?')).toBe('yes');
    expect(needIn('workshop kit stays off the net for security, piano loggers all on the cloud live. both?', 'realtime-cloud-sync')).toBe('yes');
  });

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
    // Numbers are quoted back as typed, never as the reader's internal quantity tokens.
    const counted = responder.respond('our 2 pumps only talk to one controller and 3000 users will log in. which fits?');
    const quoted = counted.kind === 'scenario' ? counted.reading.criteria.map((c) => c.evidence) : [];
    expect(quoted).toEqual(expect.arrayContaining(['2 pumps']));
    expect(quoted.join(' ')).not.toMatch(/qty/);

    const iot = responder.respond('Our retail chain wants every shelf sensor syncing to the cloud in real time, and we keep opening new stores. What would you pick?');
    expect(iot.kind === 'scenario' && iot.reading.recommendation.verdict).toBe('iot');
  });

  it('reads "the wireless" failing as no Wi-Fi, even with words between, and a closing "Article?" as asking which fits', () => {
    const gap = responder.respond('the freezer alarms must keep sounding when the wireless in the cellar drops. iot or m2m?');
    expect(readingOf(gap, 'works-without-wifi')).toBe('yes');
    const goes = responder.respond('if the wireless goes, the tills still have to work. which fits?');
    expect(readingOf(goes, 'works-without-wifi')).toBe('yes');
    const terse = responder.respond('Tank probes must stay air-gapped. Finance wants the readings shown to thousands of staff. Article?');
    expect(terse.kind === 'scenario' && terse.reading.recommendation.verdict).toBe('mix');
  });

  it('leaves out what only sounds like a cue: an app that loads fast every time, a self-hosted server, a fixed price, "every other" cycle', () => {
    expect(readingOf(responder.respond('thousands of riders use the app and it must load fast for them every time. iot or m2m?'), 'few-machines')).toBeUndefined();
    // A self-hosted server is no cloud platform: if anything, it says the project does without one.
    expect(readingOf(responder.respond('a self-hosted server in the cellar with no internet, 4 machines. which fits?'), 'realtime-cloud-sync')).not.toBe('yes');
    expect(readingOf(responder.respond('a self-hosted dashboard on the plant PC. which fits?'), 'realtime-cloud-sync')).not.toBe('yes');
    expect(readingOf(responder.respond('a little fixed-price job for thousands of users. iot or m2m?'), 'few-machines')).toBeUndefined();
    expect(readingOf(responder.respond('two pumps and a float switch, one pump runs every other fill cycle. which fits?'), 'many-to-many')).toBeUndefined();
    // A claim checked against the article with "Article?" is no project: it asks whether the claim holds.
    expect(responder.respond('A colleague said M2M runs offline with no wifi. Article?').kind).not.toBe('scenario');
  });

  it('reads "that is all there will ever be" as no growth, and "fast, every single time" as machines that must act reliably', () => {
    const r = responder.respond('Five kilns and that is all there will ever be. Each must trip its burner fast, every single time. Which suits?');
    expect(readingOf(r, 'scale-to-many-users')).toBe('no');
    expect(readingOf(r, 'few-machines')).toBe('yes');
  });

  it('reads a question that follows a sentence ending in a negation as asking which fits ("…and I do not. Which fits?")', () => {
    const r = responder.respond('every lamp in the hall must coordinate with every other lamp, or we get flicker, which the kids love and I do not. Which way does the article lean?');
    expect(r.kind === 'scenario' && r.reading.recommendation.verdict).toBe('iot');
    // Within its clause, a negation still makes the phrase a claim: see "it can't be M2M" below.
  });

  it('reads plain descriptions of no signal, a single partner, no growth and a hosted platform', () => {
    expect(readingOf(responder.respond('the pump house gets not one bar on any phone and never had wifi. which fits?'), 'works-without-wifi')).toBe('yes');
    expect(readingOf(responder.respond('the boiler and its panel, just the pair of them, talk over copper. iot or m2m?'), 'point-to-point')).toBe('yes');
    expect(readingOf(responder.respond('six gauges in the cellar and that is the lot, forever. which fits?'), 'scale-to-many-users')).toBe('no');
    expect(readingOf(responder.respond('the buses show their positions live on a hosted platform. iot or m2m?'), 'realtime-cloud-sync')).toBe('yes');
  });

  it('reads a fixed size told in many ways as no growth, and asks that name a sensible play, a favoured option or a classing as asking which fits', () => {
    for (const q of [
      'Four presses, never gonna be more. Which suits?',
      'The crew is 30 people and will stay at 30. Callout pagers never have to get bigger. Which one?',
      'The boiler count stays the same for good. What does the article recommend?',
      'Nobody is buying more chillers and the fleet is fixed at its current size. Iot or m2m?',
      'There is no budget at all to extend the gauge network. Does that favour one option?',
      'The kilns will never increase in number. Does that make M2M the sensible play?',
      'Three kilns, no plans to build more. Please classify them.',
      'We are never going to supersize the rig. Which suits?',
      'A stay-small workshop, no newcomers. Which suits?',
    ]) {
      const r = responder.respond(q);
      expect(readingOf(r, 'scale-to-many-users'), q).toBe('no');
      expect(r.kind === 'scenario' && r.reading.recommendation.verdict, q).toBe('m2m');
    }
    // Growth said plainly is still growth.
    expect(readingOf(responder.respond('We are opening a second depot next year and building more bays. Which fits?'), 'scale-to-many-users')).toBe('yes');
  });

  it('reads a pair of machines, a dead or out-of-range signal, a hosted platform and a large user base told in plain words', () => {
    const cases: [string, string][] = [
      ['The mixer and the scale chat with only each other. Which fits?', 'point-to-point'],
      ["The dosing skid doesn't talk to anything except the single flow meter. Which fits?", 'point-to-point'],
      ['Not a whisper of wifi at the far pond. Which fits?', 'works-without-wifi'],
      ['The vans must keep logging when they are outside any wifi range. Which fits?', 'works-without-wifi'],
      ['All the pumps report to a hosted dashboard. Which fits?', 'realtime-cloud-sync'],
      ['The booking app has several thousand members already. Which fits?', 'scale-to-many-users'],
    ];
    for (const [q, question] of cases) expect(readingOf(responder.respond(q), question), q).toBe('yes');
    const mixed = responder.respond('The press talks only to its own panel, but the portal must serve several hundred buyers. Is that a mixed case?');
    expect(mixed.kind === 'scenario' && mixed.reading.recommendation.verdict).toBe('mix');
  });

  it('reads no partner in what kit is kept apart from, nor in the first of a list it talks to, and a connection "off" as failing', () => {
    // "kept apart from all the other devices" is security, not devices talking to many others.
    const apart = 'The vault alarm must be kept apart from all the other devices for security, and it must keep working when the wifi fails. Which fits?';
    expect(readingOf(responder.respond(apart), 'many-to-many'), apart).toBeUndefined();
    expect(verdict(apart)).toBe('m2m');
    // "to the irrigation, lighting and CO2 controllers" is several partners, not one.
    const listed = 'The cameras all sync to a shared cloud in real time, and each camera needs to talk to the irrigation, lighting and heating controllers at once. Which fits?';
    expect(readingOf(responder.respond(listed), 'point-to-point'), listed).toBeUndefined();
    expect(verdict(listed)).toBe('iot');
    // A clause after the comma is no list: "each till sends to the server, and we may open more shops".
    expect(readingOf(responder.respond('Each till sends to the head office server, and we may open more shops next year. Which fits?'), 'point-to-point')).toBe('yes');
    // "got great 4g" is fast internet; "a both situation" asks which fits.
    expect(readingOf(responder.respond('The van trackers got great 4g. Which fits?'), 'fast-internet')).toBe('yes');
    expect(responder.respond('the kiln controls are a few specific machines that cannot glitch, the loggers have quick 4g and ping loads of other stuff at once. so is this a both situation').kind).toBe('scenario');
    // A list ends with its sentence: "Later, pressure and flow go to a historian." is another sentence.
    expect(readingOf(responder.respond('Each pump talks to the PLC. Later, pressure and flow go to a historian. Which fits?'), 'point-to-point')).toBe('yes');
    // One partner named alone is still one: "each pump talks to the controller".
    expect(readingOf(responder.respond('Each pump talks to the controller in its room, nothing else. Which fits?'), 'point-to-point')).toBe('yes');
    // "when the broadband is off" is a connection failing: a need to work without it, not fast internet.
    const off = "Which one is better for a kiln that has to keep going when the studio's broadband is off?";
    expect(readingOf(responder.respond(off), 'works-without-wifi'), off).toBe('yes');
    expect(readingOf(responder.respond(off), 'fast-internet'), off).toBeUndefined();
    // "out" is also news: "5G is out in our area" is a connection newly there, not failing.
    const released = 'Fast 5G is out in our area now, so our hundreds of trackers can sync live. Which fits?';
    expect(readingOf(responder.respond(released), 'works-without-wifi'), released).toBeUndefined();
  });

  it('hears more ways of asking which fits after a described project: "IoT land or M2M land?", "a case for M2M?", "can we mix the two?", "please advise"', () => {
    for (const q of ['The kiln panel has no wifi at all. Does that put it in IoT land or M2M land?', 'The kiln panel has no wifi at all. Is that a case for M2M?', 'The kiln has no wifi, while the shop app serves thousands of buyers. Can we mix the two?', 'The kiln panel has no wifi at all. Please advise.', 'The kiln panel has no wifi at all. What does the logic say we should be using?']) {
      expect(responder.respond(q).kind, q).toBe('scenario');
    }
    // Both sides named, then "or the two?", asks about a mix as "or both?" does.
    expect(verdict('The cameras must send the images to my tablet, to the big screen and to the phones of the players all together. But the ball machine must work also when there is no wifi. So is M2M, IoT or the two?')).toBe('mix');
  });

  it('reads common published specs, a fixed complement, an increasing number of users, a new site every quarter and a pair that are the only things talking', () => {
    const cases: [string, string, 'yes' | 'no'][] = [
      ['Every supplier must follow a common published specification for the meters. Which fits?', 'shared-standards', 'yes'],
      ['The press shop has a fixed complement of six presses. Which fits?', 'scale-to-many-users', 'no'],
      ['The portal will serve an increasing number of tenants. Which fits?', 'scale-to-many-users', 'yes'],
      ['We open a new depot every quarter. Which fits?', 'scale-to-many-users', 'yes'],
      ['The saw and its guard are the only things that talk. Which fits?', 'point-to-point', 'yes'],
    ];
    for (const [q, question, answer] of cases) expect(readingOf(responder.respond(q), question), q).toBe(answer);
    // "One tells the other" and gates opening "in the same instant" are a pair acting fast, not many devices talking at once.
    expect(readingOf(responder.respond('Two kilns: one tells the other when to cut the gas, and both must shut in the same instant. Which fits?'), 'many-to-many')).toBeUndefined();
  });

  it('reads the minor side of a mix told tersely: "60, never more", "and growing", "one camera, one server", "more after that", and a need both ways in a part that names itself', () => {
    const mixes = [
      'Ticket gates: 12, never more. Each on fast fibre. Which fits?',
      'The vault is walled off for security, but the app has 50k members and growing. Which fits?',
      'Lift shaft camera. Fast fibre. One camera, one server. Which fits?',
      'The kilns are walled off for security, but we are adding 30 kiosks this year and more after that. Which fits?',
      'Dosing pumps: isolated, a fixed count, never growing. Customer portal: 500 users now, double next year. Which fits?',
    ];
    for (const q of mixes) {
      const r = responder.respond(q);
      expect(r.kind === 'scenario' && r.reading.recommendation.verdict, q).toBe('mix');
    }
    // A depth in metres is no crowd of people: "400m underground … visitors" reads no users.
    expect(readingOf(responder.respond('The gauge sits 400m underground and only tells the siren, nothing else. Visitor wifi never reaches it. Which fits?'), 'scale-to-many-users')).toBeUndefined();
  });

  it('reads growth told in numbers alone ("Today: 40 sensors. The 2030 plan: 4,000"), quoting the counts, and never a year, a measure or a plain second count', () => {
    for (const q of ['Today: 60 lockers. The 2031 plan: about 2,000. Which fits?', 'A pilot of 20 kiosks, 300 by next summer. Which fits?']) {
      const r = responder.respond(q);
      expect(readingOf(r, 'scale-to-many-users'), q).toBe('yes');
      const quoted = r.kind === 'scenario' ? r.reading.criteria.map((c) => c.evidence).join(' | ') : '';
      // Both counts are quoted as typed.
      for (const count of q.match(/\d[\d,]*/g)?.filter((n) => !/^20\d\d$/.test(n)) ?? []) expect(quoted, q).toContain(count);
    }
    for (const q of ['We have 3 pumps now, run by 12 staff. Which fits?', 'The gauge sits 40m down now, 90m next year. Which fits?', 'Since 2019 we have had 3 presses, now 2024 looms. Which fits?', 'Battery at 20% now, 80% by next winter. Which fits?', 'Currently 4 presses and 30 operators, next to the canal. Which fits?', 'Today 2 pumps, 6 pumps next year. Which fits?', 'Tickets cost 300 pounds now, 900 next year. Which fits?']) {
      expect(readingOf(responder.respond(q), 'scale-to-many-users'), q).toBeUndefined();
    }
  });

  it('counts no kit in a time or a measure ("in the same ten minutes"), though "the same ten pumps" is a fixed size', () => {
    const rush = 'Eighty members try to book in the same ten minutes, and the slots must update for everybody instantly through the online service. Which fits?';
    expect(needIn(rush, 'scale-to-many-users')).not.toBe('no');
    expect(verdict(rush)).toBe('iot');
    expect(needIn('It will always be the same ten pumps on that line. Which fits?', 'scale-to-many-users')).toBe('no');
    // Smart meters are things: "500 meters" counts them.
    expect(readAs('Our 500 meters must report fast and reliably. Which fits?')).not.toContain('m2m-fit-few-machines');
  });

  it('hears the two sides offered in full ("the Internet of Things, or machine-to-machine?") and an "its" courtesy after the question', () => {
    const parlour = 'At the parlour the tills, the cabinets and the menu screens all chatter to each other at once over our fast fibre line.';
    expect(verdict(`${parlour} Would you call that the Internet of Things, or machine-to-machine?`)).toBe('iot');
    expect(verdict('the trackers on the lorries have proper fast 4g and every lorry has to see where all the others are at the same time. is that iot?? sorry if its obvious')).toBe('iot');
  });

  it('reads no need into everyday words near a cue: a second opinion, metres apart, screens that must be bigger, torn between two, dead simple', () => {
    const cases: [string, string][] = [
      ['We should get a second opinion on the pumps. Which fits?', 'scale-to-many-users'],
      ['The gauges are several hundred metres apart. Which fits?', 'scale-to-many-users'],
      ['The lobby screens must be bigger. Which fits?', 'scale-to-many-users'],
      ["I'm torn between those two. Which fits?", 'point-to-point'],
      ['The connection to the cloud is dead simple to set up. Which fits?', 'works-without-wifi'],
      ['Latency must be exactly 2 seconds. Which fits?', 'few-machines'],
    ];
    for (const [q, question] of cases) expect(readingOf(responder.respond(q), question), q).toBeUndefined();
  });

  it('reads a network kept away from the office one, a connection that is broken, one portal fed live, a ban on a further unit and an open protocol, and more ways of asking ("M2M is correct?")', () => {
    const cases: [string, string, string[]][] = [
      ['The kiln PLCs must never be connected to the office network. M2M is correct?', 'm2m', ['m2m-fit-security-isolation']],
      ['Dosing pumps have to keep dosing when the internet is down. What the article say?', 'm2m', ['m2m-fit-no-wifi']],
      ['Every chiller at every site feeding the same portal live, presumably that is the IoT one?', 'iot', ['iot-fit-realtime-sync']],
      ['Four scales at the gate and we will never buy a fifth. Please tell me the article agrees with me.', 'm2m', ['m2m-fit-no-scaling']],
      ['The chargers must speak the common open protocol so any app works. Which fits?', 'iot', ['iot-fit-standards']],
    ];
    for (const [q, side, criteria] of cases) {
      expect(verdict(q), q).toBe(side);
      expect(readAs(q), q).toEqual(criteria);
    }
    // An office network named as what went wrong does not cancel the isolation asked for; "backs me up" about a fact asks nothing of a project.
    expect(readAs('Someone hooked the fire panel onto the office LAN once. It has to be walled off from every other network now. Is that an M2M job?')).toContain('m2m-fit-security-isolation');
    expect(responder.respond("I'd like to say the article backs me up: does it mention any extra kind of applications IoT opens up?").kind).not.toBe('scenario');
  });

  it('reads a technology the article leaves out as the project\'s need when it is told before anything is asked, in one run-on sentence', () => {
    expect(readAs('the delivery vans have proper 5g nearly the whole route now so the boxes on them are on quick internet all the time which side does that push us towards')).toEqual(['iot-fit-fast-internet']);
    // Asked about first, or asked about again after it was told, it is the subject.
    for (const q of ['Does 5G change whether we should go IoT or M2M?', 'we run 5g on the trucks and what 5g band should we use, iot or m2m?']) expect(responder.respond(q).kind, q).toBe('declined');
  });

  it('reads no small fixed set from a few of something counted beside dozens of kit, and "Growth: none" as no growth', () => {
    expect(readAs('The arena has 60 lights, 12 speakers and 8 projectors, all speaking with all the others at the same moment. Which fits?')).not.toContain('m2m-fit-few-machines');
    // Beside a rate, not kit, the few machines still count.
    expect(readAs('Four machines on the line must hand off in step at 3,000 bottles an hour. Which fits?')).toContain('m2m-fit-few-machines');
    const none = 'Pump skid: 6 pumps, must act fast and never fail. Growth: none, it stays as it is. Which one fits?';
    expect(verdict(none)).toBe('m2m');
    expect(readAs(none)).toContain('m2m-fit-no-scaling');
  });

  it('reads no project into "True or false:" or "Confirm:" before a claim, nor a few machines into "just two" of something that is not kit', () => {
    for (const q of ['True or false: IoT is harder to scale than M2M.', 'Confirm: M2M can run with no wireless connection at all.', 'Yes or no: M2M can run with no wireless connection at all.', 'T/F: IoT is harder to scale than M2M.']) expect(responder.respond(q).kind, q).toBe('answer');
    // A part named before a colon is still a project's part.
    expect(readAs('Gate controllers: six, no growth ever. Which fits?')).toContain('m2m-fit-no-scaling');
    expect(readAs('The board says IoT and M2M are just two names for the same thing. Which fits?')).not.toContain('m2m-fit-few-machines');
    expect(readAs('At the depot hut there are just three machines: the pump, the card reader and the gate. Which fits?')).toContain('m2m-fit-few-machines');
    // Kit of any kind, "PLCs" too, is counted.
    expect(readAs('We run just three PLCs on the line. Which fits?')).toContain('m2m-fit-few-machines');
    // "iot obv?" closing a project asks which fits, as "iot obvs?" does.
    expect(readAs('new smart padlocks each push alerts to dozens of other units at once. iot obv?')).toContain('iot-fit-many-to-many');
  });

  it('reads "coordinate with every other" as devices talking to many others at once', () => {
    expect(readingOf(responder.respond('every lamp in the hall must coordinate with every other lamp. which fits?'), 'many-to-many')).toBe('yes');
  });

  it('reads no devices talking at once into using the two sides "at the same time", which asks about using both', () => {
    const useBoth = entryOf(responder.respond('can we use both iot and m2m?'));
    for (const q of ['Could our site run IoT and M2M at the same time, or must we choose one?', 'do we have to pick one or can we run iot and m2m at the same time?']) {
      const reply = responder.respond(q);
      expect(reply.kind, q).not.toBe('scenario');
      expect([useBoth, entryOf(responder.respond('which one should we choose?'))], q).toContain(entryOf(reply));
    }
    // Devices that talk at the same time still are a need, beside a mention of both.
    expect(readingOf(responder.respond('all 40 tills must talk to each other at the same time, and we might want both iot and m2m. which fits?'), 'many-to-many')).toBe('yes');
  });

  it('reads doubt about growing as no answer on scaling, and "not need it to grow" as no need to scale', () => {
    const noNeed = responder.respond("we don't need it to grow at all, the 3 robots just need reliable comms between them. m2m or iot?");
    expect(readingOf(noNeed, 'scale-to-many-users')).toBe('no');
    for (const q of ['Not sure if we will grow much, and the sensors are all wired. Which fits, IoT or M2M?', 'Our board has not decided if we grow to new sites, and the sensors are all wired. Which fits, IoT or M2M?']) {
      expect(readingOf(responder.respond(q), 'scale-to-many-users'), q).not.toBe('no');
    }
    // Told formally: working "whenever Wi-Fi is unavailable", and "no intention of extending it".
    const formal = responder.respond('Would the article class this as an M2M use case? The backup link between the two stations must continue to function whenever Wi-Fi is unavailable, and there is no intention of extending it beyond those two sites.');
    expect(readingOf(formal, 'works-without-wifi')).toBe('yes');
    expect(readingOf(formal, 'scale-to-many-users')).toBe('no');
    // An outage the project puts up with is no need to work without Wi-Fi.
    for (const q of ['The dashboard just shows a warning if the wifi is unavailable; 5000 meters sync to the cloud for our customers. Which fits?', 'When wifi is unavailable, we simply pause the system; the sensors sync to the cloud for 10,000 users. Which fits?']) {
      expect(readingOf(responder.respond(q), 'works-without-wifi'), q).not.toBe('yes');
    }
  });

  it('reads an outage of broadband to survive as no Wi-Fi, and a dedicated fibre run or a direct wire as a fixed link', () => {
    // "broadband" alone is fast internet; a broadband outage the project must survive is the opposite need.
    const outage = responder.respond('Smoke hatch controller to the fire panel, one link, has to ride out any broadband outage. Which fits?');
    expect(readingOf(outage, 'works-without-wifi')).toBe('yes');
    expect(readingOf(outage, 'fast-internet')).toBeUndefined();
    const fibre = responder.respond('Press brake guard: dedicated fibre run from light curtain to safety relay. Which one?');
    expect(readingOf(fibre, 'point-to-point')).toBe('yes');
    expect(readingOf(fibre, 'fast-internet')).toBeUndefined();
    expect(readingOf(responder.respond('Our kiln door lock is a direct wire to its temperature controller, and the lock must never fail. M2M?'), 'point-to-point')).toBe('yes');
    // Outages told as a fact of the place are the same need; a power outage, or outages only logged, are not.
    expect(readingOf(responder.respond('Internet blackouts hit the quarry weekly; the crusher PLC reports to the office PC. Which fits?'), 'works-without-wifi')).toBe('yes');
    expect(readingOf(responder.respond('Our site has a UPS so the sensors survive power outages, and they all stream to the cloud. Which fits?'), 'works-without-wifi')).toBeUndefined();
    expect(verdict('The cold store has only three compressors that must be quick and never fail. The shop next door has internet really fast. What fits each?')).toBe('mix');
    // Not a building's line to the internet, a line for people, everything updated together, or outages logged rather than survived.
    expect(readingOf(responder.respond('We pay for dedicated fibre to the office, so internet is no problem. Should the smart lighting be IoT or M2M?'), 'point-to-point')).toBeUndefined();
    expect(readingOf(responder.respond('Each of our 60 lifts has a dedicated phone line to the call centre so trapped passengers can talk to staff. IoT or M2M?'), 'point-to-point')).toBeUndefined();
    expect(readingOf(responder.respond('We need 300 smart plugs in our branches to log internet outages to a cloud dashboard. Which fits?'), 'works-without-wifi')).toBeUndefined();
  });

  it('reads a terse description, one criterion stated before the question, as a project ("Direct link, 1:1. M2M or IoT?")', () => {
    const terse = responder.respond('Scale feeds the reject diverter. Direct link, 1:1. M2M or IoT?');
    expect(terse.kind === 'scenario' && terse.reading.criteria.map((c) => c.entryId)).toEqual(['m2m-fit-point-to-point']);
    // However few its words: the criterion alone, then the question.
    for (const q of ['Direct link, 1:1. M2M or IoT?', 'Isolated network. Which one?']) expect(responder.respond(q).kind, q).toBe('scenario');
    // The same criterion asked about in one sentence is a question about it, not a project.
    expect(responder.respond('is a direct link m2m or iot?').kind).not.toBe('scenario');
    // A sentence that states the criterion and closes with a bare question after a colon or dash describes a project too.
    for (const q of ['Kiln relay in the back shed, no wifi at all: which?', 'Door sensors, on their own sealed network – which one?']) expect(responder.respond(q).kind, q).toBe('scenario');
    // Not a question of a fact closed the same way, nor a question of its own closed by the choice of sides.
    for (const q of ['Is the canteen on the guest wifi: which?', 'Which one works with no Wi-Fi – IoT or M2M?', 'According to the article, devices that talk only to each other: which?']) expect(responder.respond(q).kind, q).not.toBe('scenario');
  });

  it('reads the other part of a project set apart by "but" or "while" for the other side, in words no cue lists: a mix', () => {
    for (const q of [
      'Our kiln controller talks to one panel by the door and nothing else, but the online shop should cope with thousands of new customers every season. Which one?',
      "The two lock relays only ever talk to each other, while the members' app has to handle crowds of new people signing up. Which fits?",
    ]) {
      const r = responder.respond(q);
      expect(r.kind === 'scenario' && r.reading.recommendation.verdict, q).toBe('mix');
      expect(r.kind === 'scenario' && r.reading.criteria.map((c) => c.entryId), q).toContain('iot-fit-scaling-users');
    }
    // "…, but they have to…" goes on about the same two relays; a need the other part denies is none.
    expect(verdict('The two lock relays only ever talk to each other, but they have to handle crowds of new people signing up. Which fits?')).toBe('m2m');
    expect(verdict("The two lock relays only ever talk to each other, while the members' app will never have to handle crowds of new people signing up. Which fits?")).toBe('m2m');
  });

  it('reads the other part more readily when the message offers both sides as the answer ("m2m iot or both"), and splits a project at "on the other hand"', () => {
    const windchest = 'console to windchest must be fixed wire, one to one. but the loggers gotta send to every other logger same time.';
    expect(verdict(`${windchest} so m2m iot or both`)).toBe('mix');
    expect(verdict(`${windchest} so which one`)).toBe('m2m');
    expect(verdict(`${windchest} so which one suits both sites?`)).toBe('m2m');
    expect(verdict(`${windchest} both, or just m2m?`)).toBe('mix');
    expect(verdict('The alarm has to trip the two kilns instantly, no messing about, and on the other hand we want all the window sensors syncing up to the cloud live. Is that IoT or M2M?')).toBe('mix');
    // A part that goes on about the same kit is no other part, however it is set apart.
    expect(verdict('Our two kiln controllers only talk to each other over one cable, and on the other hand they log readings every minute. Which fits?')).toBe('m2m');
  });

  it('reads the other part of a project that no cue read, but its parts\' entries or the needs learned did', () => {
    const strain = 'strain gauge cabled direct to 1 logger on the scafold. but office wants all the sensors across site talking to each other same time. which is it then';
    expect(new ScenarioReader(services.chooser).hasCues(strain)).toBe(false);
    expect(readAs(strain).sort()).toEqual(['iot-fit-many-to-many', 'm2m-fit-point-to-point']);
  });

  it('reads the other part of a project the other way round from a need the cues read, when it comes after them; a part before them may be a preamble', () => {
    for (const q of [
      "Our kiln controllers are fixed at four and will never be expanded, whereas the booking site for the studio has to keep up as ever more members join. Which fits each?",
      'The four kiln controllers will never be expanded, whereas our web shop must cope with a far bigger customer base by next spring. Which fits each?',
    ]) {
      const r = responder.respond(q);
      expect(r.kind === 'scenario' && r.reading.recommendation.verdict, q).toBe('mix');
      // Both ways round, each quoted from its part.
      expect(r.kind === 'scenario' && r.reading.criteria.map((c) => c.entryId).sort(), q).toEqual(['iot-fit-scaling-users', 'm2m-fit-no-scaling']);
    }
    expect(verdict('The board keeps dreaming of a far bigger customer base one day, but the real question is the kilns: four controllers, and they will never be expanded. IoT or M2M?')).toBe('m2m');
  });

  it('reads the other part of a project, or a project nothing else reads, as the need that described projects of the development sets state in such words', () => {
    const kiln = 'The kiln controller is wired straight to one panel by the door. But the customers want the firing logs on a web page that anyone passing can open. Which side?';
    expect(verdict(kiln)).toBe('mix');
    expect(readAs(kiln)).toContain('iot-fit-scaling-users');
    // The reading rules alone read one part.
    const alone = rulesAlone.respond(kiln);
    expect(alone.kind === 'scenario' && alone.reading.recommendation.verdict).toBe('m2m');
    expect(readAs('Our loggers sit miles past the last mobile mast, which of the two keeps them going?')).toEqual(['m2m-fit-no-wifi']);
    // Never for a message about something the article leaves out, nor chatter set apart as a part of its own.
    expect(responder.respond('LoRaWAN or NB-IoT for the far edge turbines - which gets better range over open sea?').kind).toBe('declined');
    expect(verdict('The boiler and its thermostat only ever talk to each other. My manager asked me to find out before Friday. IoT, M2M or both?')).toBe('m2m');
    // Asked whether both fit, a message tells its parts in sentences of their own, with no "but" between.
    const boiler = 'The boiler and its thermostat only ever talk to each other. The tenants want the heating status on a public page anyone can open. IoT, M2M or both?';
    expect(verdict(boiler)).toBe('mix');
  });

  it('reads a project told in sentences no cue covers, then "which one?", as the criterion those sentences match best', () => {
    const r = responder.respond('The mixer only needs to chat with the one scale beside it. Which one?');
    expect(r.kind === 'scenario' && r.reading.criteria.map((c) => c.entryId)).toEqual(['m2m-fit-point-to-point']);
    // Hearsay about the sides is no project, nor is an IoT need said not to be one.
    for (const q of ['I heard one is more reliable. Which?', 'Our gadgets never phone home over the web. Which one?']) expect(responder.respond(q).kind, q).not.toBe('scenario');
  });

  it('reads "does anyone have to press anything?" as asking whether people must step in', () => {
    for (const q of ['does anyone have to press anything for it to work?', 'do they need anyone to run them?']) expect(['iot-no-human', 'no-human-input'], q).toContain(entryOf(responder.respond(q)));
  });

  it('reads Lego, snapping on another brick, as easy scaling: a metaphor writer after writer uses (never "lego" alone: "do you like lego?" is chatter)', () => {
    for (const q of ['Is IoT the Lego kind, where you clip on one more brick?', 'Which of the two is Lego-like, you just snap on more?']) expect(['scalability', 'iot-fit-scaling-users'], q).toContain(entryOf(responder.respond(q)));
  });

  it('takes an emoji between clauses as punctuation: a topic named before it is not what the clause after it asks', () => {
    expect(verdict('our freezer alarm box has to be kept off every network, too many hacking stories lately 😬 which one fits that?')).toBe('m2m');
  });

  it('reads the only need stated both ways, in parts set apart, as one part each way: a mix', () => {
    for (const q of ['Ticket gates: eight, fixed, no growth ever. Members app: has to scale smoothly to many users. Which?', 'The kiln line will never grow, but the booking site has to scale to thousands of users. Which one?']) {
      const r = responder.respond(q);
      expect(r.kind === 'scenario' && r.reading.recommendation.verdict, q).toBe('mix');
      expect(r.kind === 'scenario' && r.reading.criteria.map((c) => c.entryId).sort(), q).toEqual(['iot-fit-scaling-users', 'm2m-fit-no-scaling']);
    }
    // In one clause with nothing setting it apart, it is no reading at all; said of two times, or taken back, it is no mix.
    expect(responder.respond('We may or may not need to grow, no growth planned yet, we need to scale maybe. Which fits?').kind).not.toBe('scenario');
    for (const q of ["We don't need to scale right now. In two years we will need to scale to thousands of users. Which fits?", 'Our app has to scale to thousands of users. Actually no, it will never grow. Which fits?']) expect(verdict(q), q).not.toBe('mix');
  });

  it('reads a described setting closed by any question that asks to choose, or names one side as what it is, as a project', () => {
    const setting = 'The kiln controller sends its readings to one panel by the door, direct, and nothing else joins that link.';
    for (const close of ['Your call?', 'Which stack would the writer back here?', 'Does that tip it one way?', 'This is an M2M kind of job, yes?']) {
      const r = responder.respond(`${setting} ${close}`);
      expect(r.kind === 'scenario' && r.reading.recommendation.verdict, close).toBe('m2m');
    }
    // A claim checked, a question about one side, or a "which" of something else after the same description asks no choice.
    for (const close of ['Correct?', 'Could you tell me how the article describes the M2M link?', 'Is M2M hard to learn?', 'Which sensor brand is better?', 'What is the OSI model?']) {
      expect(responder.respond(`${setting} ${close}`).kind, close).not.toBe('scenario');
    }
  });

  it('reads a project that closes by naming a side with a word of certainty ("iot obvs?") as asking which fits', () => {
    for (const q of ['our delivery vans stream their positions live to the cloud and the fleet keeps growing. iot obvs?', 'the delivery vans stream positions live to the cloud, and more join monthly. IoT, surely?']) {
      const r = responder.respond(q);
      expect(r.kind === 'scenario' && r.reading.recommendation.verdict, q).toBe('iot');
    }
  });

  it('reads a project whose parts are told on lines of their own, or asked "which is which?", "what is for each one?" or "the same bucket or different ones?", as a mix', () => {
    const lines = 'Depot upgrade, two parts:\n(a) the wash bay pumps: no wifi out there, they must keep running regardless\n(b) the office screens: live data from all 9 depots synced together on one cloud dashboard';
    expect(verdict(`${lines}\nWhich part is M2M and which is IoT?`)).toBe('mix');
    // A quiz that opens asking which is which is a two-part question, not a project.
    expect(responder.respond('Which is M2M and which is IoT: the one that works with no wifi, or the one that scales to thousands of users?').kind).not.toBe('scenario');
    expect(verdict('The flood gates, they are few, they must act fast and without fail. But the tide app for the boat owners, thousands of users will log in at once. What is for each one?')).toBe('mix');
    const parts = 'The weir sensor reports straight to one logger, nothing fancy. But the council wants river levels on an app for thousands of users.';
    for (const close of ['Is one part M2M and the other IoT, or is it all one thing?', 'Does the article put them in the same bucket or different ones?']) expect(verdict(`${parts} ${close}`), close).toBe('mix');
  });

  it('reads a failure denied before a need as insisting on the need: "must not fall over when crowds of fans log in at once"', () => {
    expect(readingOf(responder.respond('Which fits our ticket app? It must not fall over when thousands of fans log in at once.'), 'scale-to-many-users')).toBe('yes');
    expect(readingOf(responder.respond('Which fits our ticket app? It will never have thousands of fans logging in at once.'), 'scale-to-many-users')).toBe('no');
  });

  it('reads a project that asks its side in the asker\'s own words: unmarked, in imagery, after a closing emoji, or asked of the article first', () => {
    const kiln = 'The kiln room has two controllers wired to each other and nothing else, and there is no wifi in that building.';
    for (const close of ['does that make them m2m', 'Is that the machine one?', 'so the old-school one for those, or am I getting mixed up?', 'Is that M2M? 🙂', 'is that the m2m one lol', 'Would the article class this as an M2M setup?', 'Is that the M2M one? Sorry.', 'Does that mean M2M? Sorry if that is obvious.', 'Is that M2M? Thanks in advance!']) expect(verdict(`${kiln} ${close}`), close).toBe('m2m');
    // A reason for asking after the question, or a doubt of one's own closing it, asks nothing more.
    for (const close of ['Is that what the article would call M2M? Asking because a customer asked me what it meant, ha.', 'is that m2m then or am i chatting rubbish', 'Is that M2M? I only ask because the new guy keeps saying IoT.']) expect(verdict(`${kiln} ${close}`), close).toBe('m2m');
    expect(verdict("there's no wifi in the lift pit so the alarm has gotta run without it. is that m2m then or am i chatting rubbish")).toBe('m2m');
    // A reason that tells a need, or an alternative after "or have I got to…", is part of the project.
    expect(verdict('Is the fuel dispenser an M2M thing? Asking because it logs every draw straight to one billing box and nothing else, and has to carry on when the Wi-Fi drops.')).toBe('m2m');
    for (const close of ['Is that M2M? Asking because we want to stream all the readings to a cloud dashboard for head office.', 'is that m2m, or have I got to send it all to the cloud?']) expect(verdict(`The kiln room has two controllers wired to each other. ${close}`), close).toBe('mix');
    // The question still closes it: the need the reason tells is read as told before it.
    expect(verdict('Two PLCs on the press line talk straight to each other over a cable, nothing else. Is that M2M? Asking cos it has to keep working when the wifi drops.')).toBe('m2m');
    expect(verdict('The two balers are wired to each other and nothing else. Is that M2M? Asking because there is no wifi in that shed.')).toBe('m2m');
    expect(verdict('The press and the dryer are wired to each other and nothing else, and nothing more will be added. M2M or IoT, or have I got them backwards?')).toBe('m2m');
    // Whether a side would do the job asks how it fares with the project, not a fact of the side.
    expect(verdict('Quarry crusher, three conveyors and one controller. Commands have to go through quickly and reliably every single time. Would M2M do the job?')).toBe('m2m');
    // So does a project of one need, however it closes: the courtesy after the question is not what it asks.
    for (const close of ['Does that mean M2M?', "Does that mean M2M? Sorry if that's obvious."]) expect(verdict(`The stage people said the lift must be kept separate from the ticketing network and everything else so nobody can hack it. ${close}`), close).toBe('m2m');
    // A tag question after a comma asks the side too, and so does a side the project is asked to point to, asked first.
    expect(verdict('the door sensors are all on fast wifi and need to ping every other sensor at the same time, is that the iot one')).toBe('iot');
    expect(verdict('Does the loading bay point to IoT? Every dock has fast wireless now and each scanner must reach all the forklifts simultaneously.')).toBe('iot');
    expect(verdict(`Does the article say M2M here? ${kiln}`)).toBe('m2m');
    // Asked of the article in other words, before or after the project, or as a tag question.
    expect(verdict(`Does the article say M2M for the kilns? ${kiln}`)).toBe('m2m');
    expect(verdict(`Would the article class the following as M2M? ${kiln}`)).toBe('m2m');
    for (const close of ['Does that mean M2M according to the article?', "So the article says M2M here, doesn't it?"]) expect(verdict(`${kiln} ${close}`), close).toBe('m2m');
    // A courtesy that tells a need is read: "Thanks, there are only 3 tills." is no "Thanks.".
    expect(readAs('The tills all sync live to head office. Which fits? Thanks, there are only 3 tills.')).toContain('m2m-fit-few-machines');
    expect(readAs('Our field gauges report to one logger each. Which fits? Sorry, no wifi out there.')).toContain('m2m-fit-no-wifi');
    // A tag question that checks a rule, not a project told before it, is no project.
    for (const q of ["If it needs to scale to millions of users it's IoT, isn't it?", "The article says wired direct links are M2M here, doesn't it?"]) expect(responder.respond(q).kind, q).not.toBe('scenario');
    // A side named after "according to the piece" in a question about the two is no project.
    expect(responder.respond("Does the growth of IoT feed M2M, or is it M2M's growth that feeds IoT, according to the piece?").kind).not.toBe('scenario');
    // A "which" put to the article in any grammar, and a view asked of "these two pieces" (a number, as the cues read it).
    expect(verdict('The gate controller has no wifi anywhere near it. Which the article say is best?')).toBe('m2m');
    expect(verdict('The gate locks must run with no internet at all, whereas the booking app must handle thousands of customers. Does the article steer these two pieces in different directions?')).toBe('mix');
    // "Does the piece say M2M can…" asks a fact of the article, not a side for the project.
    expect(responder.respond('Does the piece say M2M can get by purely on cables, no radio whatsoever?').kind).toBe('answer');
    // "One tech or split?" after needs of both sides asks for a mix, not a choice of two other things.
    expect(verdict('The lift controls must keep running if the wifi drops. The owners app has tens of k users. One tech or split?')).toBe('mix');
    // A lowercase question about something else is no side asked, nor a fact asked of a side, nor "the latest one".
    expect(responder.respond(`${kiln} does that mean the kiln is old`).kind).not.toBe('scenario');
    expect(responder.respond(`${kiln} is it expensive to run m2m`).kind).toBe('declined');
    expect(responder.respond(`${kiln} Is that the latest one?`).kind).not.toBe('scenario');
    // A "which" in a relative clause asks nothing, before "I" or "we", or in a sentence that asks nothing.
    expect(responder.respond('Our sensors are wired to one panel, which the author calls point to point. How does M2M send data?').kind).not.toBe('scenario');
    expect(responder.respond("Our three kilns follow the same published standard. The previous registrar cited 'a blog', which I cannot accept. I need the author's name for the IoT/M2M explainer.").kind).not.toBe('scenario');
    expect(responder.respond('The contractor quoted for a hard-wired link between the tanks and the control panel. I would like to know what the article says about the effort of setting up M2M networks. The quote also covers signage, which is outside this question.').kind).not.toBe('scenario');
    expect(verdict('The sensors all send to one central computer and never to anything else, so which we should use?')).toBe('m2m');
    // A description with no question still asks which fits, though a relative "which" is in it.
    for (const q of ['The fridges report to a single logger, which I check every morning.', 'The pumps are hardwired to the control box, which is in the yard.']) expect(verdict(q), q).toBe('m2m');
    // A laugh after "what is m2m?" leaves it a definition asked.
    expect(entryOf(responder.respond('My boss keeps going on about pumps wired to one panel, what is m2m? lol'))).toBe(entryOf(responder.respond('what is m2m?')));
    // "the piece pairs…" is kit, not the article describing a need.
    expect(readingOf(responder.respond('Every piece pairs directly with its own receiver and there is no wifi in the hall. Which fits?'), 'point-to-point')).toBe('yes');
    // An explosion feared is no growth.
    expect(verdict('The pressure tank will explode if the valve sticks, and the two valves are wired to one panel. Which side?')).toBe('m2m');
  });

  it('reads two needs told, then a short closing question that asks for a view or a verdict in a word, or one need and a closing that asks to choose, as asking which fits; a project pointed at as one side or another too', () => {
    const told = 'The kiln room has two controllers wired to each other and nothing else. There is no wifi in that building.';
    for (const close of ['What does the article counsel?', 'what does the bot reckon', 'Based on the article, what would that be?', 'That is all m2m-ish, right?']) {
      expect(verdict(`${told} ${close}`), close).toBe('m2m');
    }
    // A fact asked after the same story, a claim checked, or a question asked before the close, is no choice asked.
    for (const close of ['How long has M2M been in use?', 'Who wrote the article?', 'Is M2M secure?', 'How does M2M communicate?']) expect(responder.respond(`${told} ${close}`).kind, close).toBe('answer');
    expect(responder.respond('IoT needs fast internet and scales to lots of users. Correct?').kind).not.toBe('scenario');
    expect(responder.respond(`${told} How much does M2M cost?`).kind).toBe('declined');
    expect(responder.respond(`${told} Does the article mention kilns? What else?`).kind).not.toBe('scenario');
    // A word asked after two needs asks what they add up to when it is a word for a verdict, not any word.
    for (const close of ['Conclusion?', 'Your answer?']) expect(verdict(`${told} ${close}`), close).toBe('m2m');
    for (const close of ['Weather?', 'Bluetooth?']) expect(responder.respond(`${told} ${close}`).kind, close).not.toBe('scenario');
    for (const close of ['Price?', 'Cost?']) expect(responder.respond(`${told} ${close}`).kind, close).toBe('declined');
    expect(verdict('Audit wants the till terminals kept off every other network, for fraud reasons. Is that the M2M one or the cloud thing?')).toBe('m2m');
    // One need told, then a closing that asks to choose in other words, with or without its question mark.
    for (const close of ['what does the bot reckon', 'Which is best?', 'What would the article counsel?']) expect(verdict(`The gate controller has no wifi anywhere near it. ${close}`), close).toBe('m2m');
    expect(responder.respond("I was told the article lists when M2M is best - what's on that list?").kind).toBe('answer');
    // A side named by its need ("the point-to-point one"), or a need the article is said to describe, is a fact asked, not a project.
    for (const q of ["The point-to-point one — that's IoT isn't it? I always mix them up", 'Is it IoT that the article describes as point-to-point between two machines, or M2M?', 'Which of the two, IoT or M2M, does the article tie to point-to-point links?']) expect(responder.respond(q).kind, q).toBe('answer');
    // "Is it M2M that…, or…?" asks which way round a fact goes.
    expect(responder.respond("Is it M2M that needs swift scalability, or is it the one that doesn't need it?").kind).toBe('answer');
  });

  it('reads two needs or more listed tersely about kit named beside them, with no question word and no side named, as a project put to the bot', () => {
    expect(verdict('Sensors everywhere, fast internet, growing fast.')).toBe('iot');
    expect(verdict('Gate locks offline-capable, but need open standards?')).toBe('mix');
    expect(verdict('Pumps: no wifi, two machines.')).toBe('m2m');
    // One need, a question of its own, or a side named is no terse project.
    expect(responder.respond('Gate locks offline-capable?').kind).not.toBe('scenario');
    expect(responder.respond('Which one works offline and grows fast?').kind).not.toBe('scenario');
    expect(responder.respond('IoT: cloud-based, growing fast.').kind).not.toBe('scenario');
    // Nor needs weighed against each other or asked about as ideas, alone or after an answer.
    for (const q of ['Offline vs cloud sync?', 'Open standards or isolation?', 'Offline operation and open standards explained please', 'Cloud sync and scaling?', 'My notes: offline, isolation, point-to-point.', 'Benefits of cloud sync and open standards?']) expect(responder.respond(q).kind, q).not.toBe('scenario');
    expect(responder.respond('Offline and isolation too?', turnOf(responder.respond('When is M2M the best choice?'))).kind).not.toBe('scenario');
  });

  it('reads "what to use?" and "what kind is that?" right after a need as asking which fits, and not after a term named, a task or "what is that?"', () => {
    const told = 'The packing robot is cabled to the conveyor and nothing else, and there is no wifi in that shed.';
    for (const close of ['What to use?', 'What kind is that?', 'so what kind of setup would that be?']) expect(verdict(`${told} ${close}`), close).toBe('m2m');
    expect(responder.respond('The pump is cabled to its own controller and nothing else. The manual calls the link "RS-485". What kind of thing is that?').kind).not.toBe('scenario');
    // One need told, then a task: "What to use?" asks about the task.
    expect(verdict('The kiln is wired to nothing else. What to use?')).toBe('m2m');
    expect(responder.respond("The kiln is wired to nothing else. We need to mount the kiln's controller on a hot brick wall. What to use?").kind).not.toBe('scenario');
    for (const close of ['What kind of sensors do they use?', 'What is that called in German?', 'What to use for the cabling?']) expect(responder.respond(`${told} ${close}`).kind, close).not.toBe('scenario');
    // "What is that?" after a term named asks what the term is.
    expect(responder.respond('The installer wants a gateway in the barn so the sensors sync to the cloud. What is that?').kind).not.toBe('scenario');
  });

  it('reads a machine that talks to exactly one machine, or that is all it talks to, as a point-to-point link, and not a gateway or a cloud', () => {
    const link = (told: string) => needIn(`${told} IoT or M2M?`, 'point-to-point');
    expect(link('The trough float talks to exactly one pump.')).toBe('yes');
    expect(link("The keypad opens the gate, and that's all it talks to.")).toBe('yes');
    expect(link('Every one of the 2,000 vending machines sends to exactly one logger, our cloud telemetry service.')).not.toBe('yes');
    expect(link('Our smart thermostat is wired to their boiler in 30,000 homes, and people change the heating from the app.')).not.toBe('yes');
    // A hub in the cloud is no machine of its own, nor is "after all they talk to…" a single partner.
    expect(link('Each of our 4,000 thermostats talks to its cloud controller so customers can change the heat from their phones.')).not.toBe('yes');
    expect(link('After all they talk to the cloud anyway, so the 300 parking sensors should be easy to add.')).not.toBe('yes');
    expect(link('The tills are hooked up to their router, which passes the sales on to the cloud.')).toBeUndefined();
    expect(link('The trackers report to exactly one cloud dashboard.')).not.toBe('yes');
  });

  it('reads crowds logging in and every machine on one live dashboard as the needs they are', () => {
    expect(needIn('The showroom kiosks need to handle tons of visitors logging in. IoT or M2M?', 'scale-to-many-users')).toBe('yes');
    expect(needIn('The office wants every machine on one live dashboard. IoT or M2M?', 'realtime-cloud-sync')).toBe('yes');
    // A screen in the cab is no cloud.
    expect(needIn('The tractor cab has every sensor on one live screen, no signal out in the fields. IoT or M2M?', 'realtime-cloud-sync')).not.toBe('yes');
    // A heavier load is no more users.
    expect(needIn('The press has to cope with far more force than the old one, and it is wired to its guard relay. IoT or M2M?', 'scale-to-many-users')).toBeUndefined();
  });

  it('reads a project in two parts that asks "one stack or two?" or "how would you split that?" for a need in each part, and a sentence of background as none', () => {
    expect(verdict('Dye vat interlock: must be segregated, no outside reachability. Warehouse: scanners and printers all chattering to each other concurrently. One stack or two?')).toBe('mix');
    expect(verdict('The dosing pump talks to one chlorine sensor, isolated for safety. The pool manager gets a printout every evening. How would you split that?')).toBe('m2m');
  });

  it('answers whether a side is all wireless or all cabled with which side is wireless, not with whether wireless is good', () => {
    expect(entryOf(responder.respond('does iot go cordless or is it all wires?'))).toBe('wireless-vs-wired');
    expect(entryOf(responder.respond('is IoT all hype or not?'))).not.toBe('wireless-vs-wired');
    expect(entryOf(responder.respond('is wireless good or bad for iot?'))).toBe('wireless-tradeoff');
  });

  it('reads a project in parts that asks "which tech goes where?" or "what mix is that?" as a mix, and a plain "what goes where" as no project', () => {
    expect(readAs('The pump house kit stays as it is, no growth planned. The visitor centre app has to scale to thousands of users. Which tech goes where?').sort()).toEqual(['iot-fit-scaling-users', 'm2m-fit-no-scaling']);
    expect(verdict('Out at the reservoir there is no wifi, so the loggers must work without it. The office dashboards get fast internet. What mix is that?')).toBe('mix');
    expect(responder.respond('In an M2M network, what goes where: does the data go to a server or straight to the other machine?').kind).not.toBe('scenario');
  });

  it('reads an alarm that goes off as no fixed link, but one a sensor reports to, or one wire to a valve, as one; and a phone signal that cannot be trusted or never gets a bar as no Wi-Fi, but not a signal that needs filtering', () => {
    // The cues alone, without the needs learned from the development sets' projects.
    const cueRead = (q: string, questionId: string) => readingOf(rulesAlone.respond(q), questionId);
    const alarms = 'Smart smoke alarms in the flats sync live to a cloud dashboard, and when one alarm goes off, every other alarm hears about it at the same moment. Which fits?';
    expect(rulesAlone.respond(alarms).kind).toBe('scenario');
    expect(cueRead(alarms, 'point-to-point')).toBeUndefined();
    expect(cueRead('The freezer probe reports to one alarm panel and nothing else. IoT or M2M?', 'point-to-point')).toBe('yes');
    expect(cueRead('The humidity box is talking to the one alarm panel in the hall. IoT or M2M?', 'point-to-point')).toBe('yes');
    expect(cueRead('The pressure switch goes one wire to the shut-off valve. IoT or M2M?', 'point-to-point')).toBe('yes');
    // A single wire into the building, or a dedicated cable to a cloud gateway, is a feed, not a partner.
    expect(cueRead('There is only a single wire into the building, a fibre line that carries the internet for all 200 cameras streaming to the cloud. IoT or M2M?', 'point-to-point')).toBeUndefined();
    expect(cueRead('The pump house kit stays as it is, no growth planned. IoT or M2M?', 'scale-to-many-users')).toBe('no');
    expect(cueRead('The kiln must react at once and there are only the four of them. IoT or M2M?', 'few-machines')).toBe('yes');
    for (const q of ['The gate controllers sit in a valley where you cannot get a single bar. IoT or M2M?', "You can't trust the phone signal at the quarry. Which fits the crusher controls?", 'There is never any signal down at the weir. Which fits the sluice controls?', "The bunker is so deep your phone won't even get a bar. IoT or M2M for the pump controls?"]) expect(cueRead(q, 'works-without-wifi'), q).toBe('yes');
    expect(cueRead("The vibration sensors are noisy, so we can't trust the signal without filtering, and all of them sync live to the cloud. IoT or M2M?", 'works-without-wifi')).toBeUndefined();
  });

  it('reads a need set aside with "rather than" or "instead of" as not wanted', () => {
    const museum = 'The humidity sensors in each case should exchange readings concurrently with the lighting, the air handling and with one another, rather than reporting to one controller alone. Which approach fits?';
    expect(needIn(museum, 'point-to-point')).toBe('no');
    expect(verdict(museum)).toBe('iot');
    expect(needIn('Our two pumps should talk to each other directly instead of going through the cloud. IoT or M2M?', 'realtime-cloud-sync')).toBe('no');
    // Only what it sets aside: "instead of cables we want it synced live" still wants the sync.
    expect(needIn('Instead of cables we want it all synced live on a cloud dashboard for the five sites. IoT or M2M?', 'realtime-cloud-sync')).toBe('yes');
  });

  it('reads a closing that offers the two sides with words of its own around them, "both or just one?", "the same camp?" and "what do I need?" as asking which fits', () => {
    const told = 'The boiler and its flue sensor are cabled to each other and nothing else, and there is no wifi in the plant room.';
    for (const close of ['so is that m2m then or iot', 'Should it be done the M2M way or the IoT way?', 'Is that properly called M2M, or is it IoT?', 'What do I need?', "What's the right model here?", 'How would the article divide this?']) expect(verdict(`${told} ${close}`), close).toBe('m2m');
    // A model of something else to buy is no side.
    expect(responder.respond(`${told} What's the right model of gateway to buy?`).kind).not.toBe('scenario');
    const halves = 'The boiler and its flue sensor are cabled to each other and nothing else. The guest app has to cope with thousands of new users every month.';
    for (const close of ['Both or just one?', 'Would the article put those in the same camp?']) expect(verdict(`${halves} ${close}`), close).toBe('mix');
    // The sides offered in a question about one of them, or a need asked in other words, is no project asked about.
    expect(responder.respond('Is security better handled by IoT or by M2M?').kind).not.toBe('scenario');
    expect(responder.respond('The gate controller has no wifi anywhere near it. What do I need to buy for the cabling?').kind).not.toBe('scenario');
  });

  it('reads a project the projects learned clearly read as one, of the side the rules recommend, as a project, not as a fact asked around one need', () => {
    const kilns = "The two kilns in the studio each have a sensor that shuts the kiln off the second it gets too hot. It has to be quick and work every single time. We're not buying any more kilns, two is plenty. M2M job or IoT job?";
    expect(verdict(kilns)).toBe('m2m');
  });

  it('reads a project of two needs that closes asking how a side fares with it, in words it cannot place as asking which fits, or of one need asked yes or no; not one that asks a fact of a side or of something else', () => {
    const told = 'Burner and flue sensor on one cable between them and nothing else; must keep running with the wireless down.';
    for (const close of ['Would either of them cope with that?', 'Is M2M any use for that?']) expect(verdict(`${told} ${close}`), close).toBe('m2m');
    for (const close of ['Who won the match last night?', 'Can IoT run on batteries?', 'Does either of them need a licence?']) expect(responder.respond(`${told} ${close}`).kind, close).not.toBe('scenario');
    // A closing that asks of the sides together ("…say mix", "different answers") asks what the needs add up to.
    const halves = 'Question in two parts. The pump house box must keep running if the wireless drops, which it does. The head office has fast fibre and would host the reports.';
    for (const close of ['does the article say mix', 'Do those two parts point to different answers in the article?']) expect(verdict(`${halves} ${close}`), close).toBe('mix');
    // One need is enough when the closing asks yes or no, not how or what.
    const tills = 'Our tills have to stay cut off from every other network.';
    expect(verdict(`${tills} Would IoT be the way for those?`)).toBe('m2m');
    for (const q of ['How do we stop a thief getting into the IoT tills through the cloud?', 'Step by step, how do I lock down our IoT tills against thieves?']) expect(responder.respond(q).kind, q).not.toBe('scenario');
    // Nor one that asks of something else in words of its own, though it names a side and points at the asker.
    const kilns = 'The kiln controllers are wired to each other and nothing else.';
    for (const close of ['Should I buy an IoT kettle for my kitchen?', 'Should I buy an IoT kettle?', 'Is my IoT fridge safe?', 'Can IoT spy on us?']) expect(responder.respond(`${kilns} ${close}`).kind, close).not.toBe('scenario');
    // A word for mixing asks of the sides only when it is the verdict asked for.
    for (const close of ['Did the article get mixed reviews?', 'Can you send me a combo of the slides?', 'Sorry, am I getting mixed up with a different thread?']) expect(responder.respond(`${kilns} ${close}`).kind, close).not.toBe('scenario');
    for (const close of ['Is the coffee in the kitchen a blend or a mix?', 'Sorry, you gave me different answers yesterday, why?']) expect(responder.respond(`${told} ${close}`).kind, close).not.toBe('scenario');
  });

  it('reads a project told, then asked whether it is a side ("Is that what M2M means?"), as a project of two needs or more', () => {
    expect(verdictOf("The label printer only ever talks to the one scale next to it, over a cable, and it's kept off the office network for safety. Is that what M2M means?")).toBe('m2m');
    expect(verdictOf('The visitor app has to scale to thousands of users and every kiosk follows the same data standards. Would that count as IoT then?')).toBe('iot');
    // Asked alone, or after words that state no need, it asks what the side is.
    for (const q of ['is that what M2M means?', 'The printer is in the office. Is that what M2M means?']) expect(verdictOf(q), q).toBe('answer');
  });

  it('reads a case set out first ("If the internet goes down, which one…?") as a project, however short', () => {
    const r = responder.respond('If the internet goes down at the depot, which approach keeps humming along?');
    expect(r.kind === 'scenario' && r.reading.criteria.map((c) => c.entryId)).toEqual(['m2m-fit-no-wifi']);
  });

  it('reads needs and questions in the words development messages put them in ("one cable between them", "what\'s the article\'s answer?")', () => {
    const cases: [string, string][] = [
      ['Two tempering machines, one cable between them. Which?', 'point-to-point'],
      ['Our 4 fuel trucks each need instant, reliable comms with the dispenser. Which tech?', 'few-machines'],
      ['The leak alarm panel has to be kept right away from the cameras and the tills. Which fits?', 'security-isolation'],
      ['Each of the 220 deck controllers must communicate with all of the others concurrently. Which technology?', 'many-to-many'],
    ];
    for (const [q, questionId] of cases) expect(readingOf(responder.respond(q), questionId), q).toBe('yes');
    // Asked in other words than "which fits": the article's answer, one side's thing or the other's.
    for (const q of ["Every tracker feeds one cloud platform in real time and has fast internet. What's the article's answer?", 'Our counters have fast internet and the app must scale to lots of users. Does that make it the M2M thing or the IoT thing?']) {
      const r = responder.respond(q);
      expect(r.kind === 'scenario' && r.reading.recommendation.verdict, q).toBe('iot');
    }
    for (const q of ['The alarm panel must be segregated for security, whereas the members app must scale to thousands of users. One technology or the two?', "Apron floodlights: six controllers with no growth expected, yet each sits on fast fibre internet. By the article's criteria, how does that split?"]) {
      const r = responder.respond(q);
      expect(r.kind === 'scenario' && r.reading.recommendation.verdict, q).toBe('mix');
    }
  });

  it('reads "two machines" as a pair, which a larger number is not', () => {
    expect(readingOf(responder.respond('Just two machines talking to each other on the line. IoT or M2M?'), 'point-to-point')).toBe('yes');
    for (const q of ['We want to roll it out to all seven machines and let a few hundred people log in. Which copes with that?', 'It is now 7 machines and all of them must show live in one cloud view. Which fits?']) {
      expect(readingOf(responder.respond(q), 'point-to-point'), q).toBeUndefined();
    }
    // A number in words is one number: "forty-two machines" are no pair, and "forty more" or "dozens more" is growth.
    const fortyTwo = responder.respond('Just forty-two machines talking to each other on the line, with no wifi. IoT or M2M?');
    expect(fortyTwo.kind).toBe('scenario');
    expect(readingOf(fortyTwo, 'point-to-point')).toBeUndefined();
    for (const q of ['We are taking on forty more seasonal staff with handsets. Which fits?', 'We add dozens more cameras every year. Which fits?']) expect(readingOf(responder.respond(q), 'scale-to-many-users'), q).toBe('yes');
    // A sum of money counts nothing ("£800 of vaccines" is not hundreds of anything), nor does a word that shares a stem
    // with a cue ("it lives in the shaft" is no live cloud, an "ad-break" no adding).
    expect(verdictOf('The fridge in the truck only talks to the vehicle computer, and it cannot lag or we bin £800 of vaccines. iot or m2m?')).toBe('m2m');
    for (const sum of ['£1,200', '£1.5m', '$ 2,500']) expect(verdictOf(`Our 3 pumps have no wifi, and we will add ${sum} of kit to them. Which fits?`), sum).toBe('m2m');
    expect(verdictOf("Which tech fits the lift emergency phone? It lives in the shaft where there's zero wifi signal, and it still has to work.")).toBe('m2m');
    expect(verdictOf('Four automation controllers trigger the ad-break servers and must fire on the frame every single time. Which fits?')).toBe('m2m');
    // "a few" still counts two among its numbers.
    expect(readingOf(responder.respond('we have 2 robots that must be fast and reliable. which fits?'), 'few-machines')).toBe('yes');
  });

  it('reads criteria put in everyday terms, and questions that ask which fits without saying "which fits"', () => {
    const cases: [string, string, 'yes' | 'no'][] = [
      ['The boiler probes must carry on logging when the office Wi-Fi fails. What would the article advise?', 'works-without-wifi', 'yes'],
      ['The vault has never a flicker of wireless signal and the probes must keep reporting. IoT or the other one?', 'works-without-wifi', 'yes'],
      ['the gate sensors need to be on their own little network bc of hackers. what should it run on', 'security-isolation', 'yes'],
      ['Parking meters at every car park, good 4G everywhere. Which technology is indicated?', 'fast-internet', 'yes'],
      ['Our ticketing app has forty thousand fans and must accommodate a great many more. Which one?', 'scale-to-many-users', 'yes'],
      ['The kiln room keeps its three kilns and expansion is simply not a consideration. Which of the two?', 'scale-to-many-users', 'no'],
    ];
    for (const [q, questionId, answer] of cases) expect(readingOf(responder.respond(q), questionId), q).toBe(answer);
    // "the Internet of Things often fails", a home's own little network and "full 4G coverage isn't available" say none of these.
    expect(readingOf(responder.respond('I read that the Internet of Things often fails to deliver. Which is better, IoT or M2M?'), 'works-without-wifi')).toBeUndefined();
    expect(readingOf(responder.respond("The kids' game consoles have their own little network at home and I want to add loads more. Which one?"), 'security-isolation')).toBeUndefined();
    // …while a network of their own away from the rest, a connection "failing" and "full 4G signal" still count.
    expect(readingOf(responder.respond('We want the lab freezers on their own little network, away from the office laptops. which one?'), 'security-isolation')).toBe('yes');
    expect(readingOf(responder.respond('the connection is failing every night on the farm, which one should we pick?'), 'works-without-wifi')).toBe('yes');
    expect(readingOf(responder.respond('the card readers have full 4g signal on the shop floor, which one should we use?'), 'fast-internet')).toBe('yes');
    expect(readingOf(responder.respond("Full 4G coverage isn't available in the mine and the sensors must keep reporting. Which one?"), 'fast-internet')).toBeUndefined();
  });

  it('reads a project typed in a hurry: slips put right, "aint" as a negation, "wich fits" as asking', () => {
    const slips = responder.respond('our two freezers must be kept isolatd for securty reasons, which fits?');
    expect(slips.kind === 'scenario' && slips.reading.criteria.map((c) => c.entryId)).toContain('m2m-fit-security-isolation');
    const aint = responder.respond('bottling line: we aint expanding, the 3 fillers just have to be super reliable. wich fits');
    expect(aint.kind === 'scenario' && aint.reading.criteria.map((c) => c.entryId)).toEqual(expect.arrayContaining(['m2m-fit-no-scaling', 'm2m-fit-few-machines']));
  });

  it('reads the words of its cues as typed, never as slips for a word the knowledge base uses ("router" is no "route")', () => {
    const r = responder.respond('The cellar alarm trips the fan, and it does so when the router dies, which it does every harvest. Which of the two fits?');
    expect(r.kind === 'scenario' && r.reading.criteria.map((c) => c.entryId)).toContain('m2m-fit-no-wifi');
    // A real slip is still put right.
    expect(engine.mend('the pumps must be isloated')).toBe('the pumps must be isolated');
  });

  it('reads a project whose connection "is not working" or "stopped working" as one that must work without Wi-Fi, not as a repair to decline', () => {
    for (const q of ['The vault door must still open when the internet is not working, and nobody outside may reach it. Which one fits?', "the two kilns keep talking when the wi-fi isn't working, and nothing else will ever join them. iot or m2m?", 'Our router stopped working twice last month; the two pumps must carry on talking regardless, and they sit on their own sealed link. Which technology?']) {
      const r = responder.respond(q);
      expect(r.kind === 'scenario' && r.reading.criteria.map((c) => c.entryId), q).toContain('m2m-fit-no-wifi');
    }
  });

  it('reads "should grow easily", "no one else can tamper with it" and "one sealed cable from" as the needs they state', () => {
    // Each need is quoted by the words that state it.
    const evidence = (q: string, entryId: string) => {
      const r = responder.respond(q);
      return r.kind === 'scenario' ? r.reading.criteria.find((c) => c.entryId === entryId)?.evidence : undefined;
    };
    const q = 'Our booking app should grow easily, and the fridge alarm must sit where no one else can tamper with it. Which of the two?';
    expect(evidence(q, 'iot-fit-scaling-users')).toContain('grow easily');
    expect(evidence(q, 'm2m-fit-security-isolation')).toContain('tamper with');
    expect(evidence('The kiln gets one sealed cable from its controller, and the kiln room has no wifi at all. IoT or M2M?', 'm2m-fit-point-to-point')).toContain('sealed cable');
  });

  it('reads negations typed without an apostrophe ("arent", "wont", "nobodys") as negations, never as slips', () => {
    for (const q of ['our 3 fillers must be super reliable, and we arent expanding. which fits?', 'our 3 fillers must be super reliable, and we wont expand. which fits?', 'our 3 fillers must be super reliable, nobodys expanding them. which fits?']) {
      const r = responder.respond(q);
      expect(r.kind === 'scenario' && r.reading.criteria.map((c) => c.entryId), q).toContain('m2m-fit-no-scaling');
    }
  });

  it('reads machines that must be "quick and never drop out" as a few fast machines, and "never lag for our 5000 riders" as still having the riders', () => {
    expect(readAs('our 3 winches must talk super quick and never drop out. is that m2m or iot')).toEqual(['m2m-fit-few-machines']);
    expect(readAs('the app must never lag for our 5000 riders. which one')).toEqual(['iot-fit-scaling-users']);
    // "Never break 100 users" is a cap, not a failure denied.
    expect(readAs("Our headcount will never break 100 users, and there's no wifi at the quarry. Which fits?")).toContain('m2m-fit-no-scaling');
  });

  it('reads "tiny" as a few machines only when it sizes the set of machines, not the machines themselves or a cake', () => {
    expect(responder.respond("someone told me iot devices have tiny machines inside them?? what does the article say they're built with").kind).not.toBe('scenario');
    expect(readAs('For a tiny crew of gear that has to hit the bullseye every time, which camp?')).toEqual(['m2m-fit-few-machines']);
    expect(readAs('Our setup is tiny: 4 kilns on a wired link. which fits?')).toContain('m2m-fit-few-machines');
    expect(readAs('Thousands of tiny sensors across the whole site sync to the cloud. Which fits?')).not.toContain('m2m-fit-few-machines');
  });

  it('reads machines that "act at once and without fail" as a few fast machines, a sync "to a single cloud" as cloud sync and "immaterial" as dismissed', () => {
    expect(readAs('Our 3 valves must act at once and without fail. Which fits?')).toEqual(['m2m-fit-few-machines']);
    expect(readAs('200 meters must sync instantly to a single cloud platform. Which fits?')).not.toContain('m2m-fit-point-to-point');
    expect(readAs('For the 4 kilns, scaling is immaterial. Which fits?')).toEqual(['m2m-fit-no-scaling']);
    // Machines that merely "act at once" may be thousands; people "able to log in" may be two.
    expect(verdict('When the alarm trips, 2000 sprinklers across the campus act at once. IoT or M2M?')).not.toBe('m2m');
    expect(verdict('Only 3 staff able to log in to the panel, and the pumps are wired direct. Which fits?')).toBe('m2m');
  });

  it('reads people who log in "same time" as many users, not devices talking to many others', () => {
    expect(readAs('Which one is for the crowd, when so many people log in same time?')).toEqual(['iot-fit-scaling-users']);
    // People doing something at the same time every day is a routine, not a crowd.
    expect(readAs('Guests check out around the same time each morning; only 2 kiosks and no wifi. Which fits?')).not.toContain('iot-fit-scaling-users');
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

  it('reads "must not stop when the wifi drops" as having to run without Wi-Fi: the "not" denies stopping, not the Wi-Fi dropping', () => {
    expect(wifi('The cold store fans must not stop when the wifi drops. Which technology fits?')).toBe('yes');
    expect(wifi('The cold store fans must never fail when the wifi drops. Which technology fits?')).toBe('yes');
    // A "not" that denies the need itself still does.
    expect(wifi('The counters do not have to run when the wifi drops, nobody is on site then. IoT or M2M?')).not.toBe('yes');
  });

  it('reads a need however it is worded: a connection "is lost", all a machine "ever talks to", a fleet "capped at its current size", kit that "cannot be exposed to any other network", "rock-solid internet"', () => {
    const read = needIn;
    expect(read('When the connection is lost the dosing pump still has to work. Which one?', 'works-without-wifi')).toBe('yes');
    expect(read("The scale sends its weight to the one printer and that's all it ever talks to. IoT or M2M?", 'point-to-point')).toBe('yes');
    expect(read('The fleet is capped at its current size and will stay this size. Which suits us?', 'scale-to-many-users')).toBe('no');
    expect(read('The safety controllers cannot be exposed to any other network, ever. Which fits?', 'security-isolation')).toBe('yes');
    expect(verdict('Every device has gigabit fibre and rock-solid internet. IoT or M2M?')).toBe('iot');
    expect(verdict('We need a rock solid link between the two PLCs and nothing else. IoT or M2M?')).toBe('m2m');
  });

  it('reads a connection said to fail as a need to work without Wi-Fi, never as fast internet; a dependable one stays fast internet', () => {
    const failing = 'The broadband at the pier kiosk cuts out whenever the tide is high, and the tills must keep going. Which fits?';
    expect(wifi(failing)).toBe('yes');
    expect(fast(failing)).toBeUndefined();
    const storms = responder.respond('The ticket gates need to act quickly and reliably, and the office broadband and wifi tend to go down in storms. Which approach?');
    expect(storms.kind === 'scenario' && storms.reading.recommendation.verdict).toBe('m2m');
    // Quoted once, not again as the shorter "wifi tend to go down" inside it.
    expect(storms.kind === 'scenario' && storms.reading.criteria.filter((c) => c.questionId === 'works-without-wifi').map((c) => c.evidence)).toEqual(['broadband and wifi tend to go down']);
    expect(fast('The kiosks have fibre broadband that never drops out. Which fits?')).toBe('yes');
  });

  it('reads a project closed by "is it IoT what we need?" as asking which fits, not what IoT is', () => {
    expect(verdict('The silo probes must all sync in real time to a cloud dashboard and follow common data standards. Is it IoT what we need?')).toBe('iot');
    expect(verdict('The two presses only ever talk to each other and never to anything else. Is M2M what we need?')).toBe('m2m');
  });

  it('reads "can we use IoT and M2M together?" as weighing a mix, so a need told both ways is one part each way', () => {
    expect(verdict('The two boilers are fixed and will never change, and the tenant app is for a growing number of residents. Can we use IoT and M2M together?')).toBe('mix');
  });

  it('reads a count "expected to double", a connection that "is really fast" or "strong 4g coverage", and "not a whisker of signal"', () => {
    expect(readAs('The door sensors are sealed off from the office network, and their number is set to triple next year. Which fits?')).toContain('iot-fit-scaling-users');
    expect(readAs('The broadband in the depot is really fast these days. Which fits?')).toContain('iot-fit-fast-internet');
    expect(readAs('The kiosks in the square get strong 4g coverage all day. Which fits?')).toContain('iot-fit-fast-internet');
    expect(readAs('Up at the reservoir there is not a whisker of signal and the valves still have to work. Which fits?')).toContain('m2m-fit-no-wifi');
  });

  it('reads only a connection\'s own failing so, quoted without a dangling word, and leaves alike-sounding words alone', () => {
    // Something else fails, after the connection.
    const cellar = 'The hotel has fast wifi in the cellar where the temperature drops in winter, and 3000 guests will use the app. IoT or M2M?';
    expect(fast(cellar)).toBe('yes');
    expect(wifi(cellar)).toBeUndefined();
    expect(wifi('Fast 5g covers the mine whose output drops every quarter. Lots of sensors. IoT or M2M?')).toBeUndefined();
    // The words quoted back end with the failing.
    const rain = responder.respond('The broadband drops out every time it rains and the tills must keep going. Which fits?');
    expect(rain.kind === 'scenario' && rain.reading.criteria.find((c) => c.questionId === 'works-without-wifi')?.evidence).toBe('broadband drops out');
    // A quick signal between two machines, a connection made quickly, copper prices and a town's power cuts are no needs.
    expect(fast('The float sends a quick signal to the pump when the water rises; those are the only two machines. Which fits?')).toBeUndefined();
    expect(fast('Two presses are wired to each other and making the connection is quick. Which fits?')).toBeUndefined();
    const users = (q: string) => needIn(q, 'scale-to-many-users');
    expect(users('The cost of copper is expected to double, so our two presses are wired only to each other. Which fits?')).toBeUndefined();
    expect(users('The whole town has power cuts in winter; our two pumps talk only to each other. Which fits?')).toBeUndefined();
    // "not a whisker of signal trouble" is no trouble at all.
    expect(wifi("There's not a whisker of signal trouble at the mall, and 6000 shoppers will use the app. Which fits?")).not.toBe('yes');
    // "every one to one connection" is still one to one.
    expect(readAs('Every one to one connection on the line is hard copper, press to robot. IoT or M2M?')).toContain('m2m-fit-point-to-point');
  });

  it('reads wifi or broadband said to be rubbish as a need to work without it; not one said to be no rubbish, nor its price or password, nor the asker\'s own phone signal', () => {
    const cued = (q: string) => readingOf(rulesAlone.respond(q), 'works-without-wifi');
    expect(cued('The dryer and its fan are cabled together. The wifi out the back is rubbish. Which fits?')).toBe('yes');
    expect(cued('The dryer talks to its fan. Out in the annexe the broadband is shocking. Which fits?')).toBe('yes');
    expect(cued('The dryer talks to its fan, and the wifi in the annexe is never rubbish. Which fits?')).not.toBe('yes');
    expect(responder.respond('Sorry, the signal on this train is shocking. If IoT keeps growing, does M2M disappear?').kind).not.toBe('scenario');
    // Nor what is dreadful about the wifi or broadband other than the connection.
    expect(cued('Broadband prices are shocking these days. Our 50 sensors send readings to a dashboard everyone can see. IoT or M2M?')).not.toBe('yes');
    expect(cued('The wifi password is a dreadful mess. Our 40 tablets sync orders to the kitchen screen. Which fits?')).not.toBe('yes');
  });

  it('reads "at the same time" in a sentence that tells a small set of machines as when they act, not as many devices at once; nor a fan acting then as a crowd of fans', () => {
    const many = (q: string) => readingOf(rulesAlone.respond(q), 'many-to-many');
    expect(many('The two kilns have to fire at the same time, and they are wired to each other. Which fits?')).toBeUndefined();
    expect(many('Our 3 pumps and the tank sensor must react at the same time, and the wifi is patchy. IoT or M2M?')).toBeUndefined();
    expect(many('The two kilns are wired to each other and heat up and fire at the same time. Which fits?')).toBeUndefined();
    // A list of partners, or many things named anywhere, is many devices at once.
    expect(many('The two kilns are wired to each other and must tell the shop screen, the office and the app at the same time. Which fits?')).toBe('yes');
    expect(many('Four pumps are wired to one panel; the phone app and the web dashboard and the SMS alerts update at the same time. Which fits?')).toBe('yes');
    expect(many('Our 3 pumps react at the same time. Every tank in the yard reports too. Which fits?')).toBe('yes');
    expect(many('The scoreboard, the shot clock and all the arena screens must update at the same time. Which fits?')).toBe('yes');
    expect(readingOf(rulesAlone.respond('The kiln and its fan must act at the same time, every time. Which fits?'), 'scale-to-many-users')).toBeUndefined();
  });

  it('reads new kit that joins the system with no fuss when plugged in as growth, not kit that merely works once plugged in', () => {
    const grows = (q: string) => readingOf(rulesAlone.respond(q), 'scale-to-many-users');
    expect(grows('We want to plug a new scanner in and have it just join the network. Which fits?')).toBe('yes');
    expect(grows('Every new sensor we buy should join the system automatically. Which fits?')).toBe('yes');
    expect(grows('We plug them in and they just work, and there are only two. Which fits?')).toBeUndefined();
  });

  it('reads kit that must not be connected to anything else, or kept apart because of the hackers, as isolated', () => {
    const isolated = (q: string) => readingOf(rulesAlone.respond(q), 'security-isolation');
    expect(isolated('The till must not be connected to anything else. Which fits?')).toBe('yes');
    expect(isolated('The safe controller must never be linked to anything else. Which fits?')).toBe('yes');
    // How kit is linked, or an island one stands on, is no isolation.
    expect(isolated('The smart bins are never connected to the other bins directly; each reports to the cloud. Which fits?')).not.toBe('yes');
    expect(isolated('Our hotel is on its own island, and 200 guests book tables through the app. Which fits?')).not.toBe('yes');
    expect(isolated('The lab kit is never hooked up to any other network. Which fits?')).toBe('yes');
    expect(isolated('The card reader stays on its own because of the hackers. Which fits?')).toBe('yes');
    expect(isolated('The till is connected to everything else in the shop. Which fits?')).not.toBe('yes');
  });

  it('reads a "no" that belongs to another wording of the same need as that need, not as denying the next cue ("no wifi underground")', () => {
    expect(wifi('The pump vault has no signal underground, and the float switch must still start the pump. Which fits?')).toBe('yes');
    expect(wifi('There is no wireless coverage underground for the lift sensors. IoT or M2M?')).toBe('yes');
  });

  it('reads "every one" of many as many, not one device, and kit "wired only to each other" as point to point', () => {
    expect(readAs('Forty fridges, and we want every one streaming live to one cloud dashboard. Which fits?')).not.toContain('m2m-fit-point-to-point');
    expect(readAs('The press and the stacker are wired only to each other. Which fits?')).toContain('m2m-fit-point-to-point');
  });

  it('reads a very large number of people, or a whole city, using something as many users', () => {
    // By the rules alone: what the development projects taught reads some of these too.
    const cued = (q: string) => readingOf(rulesAlone.respond(q), 'scale-to-many-users');
    expect(cued('The timetable app is used by a very large number of commuters. Which fits?')).toBe('yes');
    expect(cued('The parking app, which the whole town has on their phones, shows free bays. Which fits?')).toBe('yes');
    expect(verdict('The tills print to one printer, and the queue app, which the whole town has on their phones, shows waiting times. Which fits?')).toBe('mix');
  });

  it('reads more ways of stating a need: quick 4G, a sealed network, live cloud feeds, scaling for many users, sites still to open, staying the same size', () => {
    expect(readAs('the kiosks all have speedy broadband. which one fits?')).toContain('iot-fit-fast-internet');
    expect(readAs('the vault locks sit on their own sealed network. which one fits?')).toContain('m2m-fit-security-isolation');
    expect(readAs('the locks must be fenced off from everything. which one fits?')).toContain('m2m-fit-security-isolation');
    expect(readAs('the managers want live cloud dashboards of every freezer. which one fits?')).toContain('iot-fit-realtime-sync');
    expect(readAs('the portal must scale for thousands of members. which one fits?')).toContain('iot-fit-scaling-users');
    expect(readAs('loads of people will log in to see the readings. which one fits?')).toContain('iot-fit-scaling-users');
    expect(readAs('all the branches we open next year need to join. which one fits?')).toContain('iot-fit-scaling-users');
    expect(readAs('we have nine chillers and it will stay nine. which one fits?')).toContain('m2m-fit-no-scaling');
  });

  it('reads needs stated as a story tells them: timing-critical kit, not a whiff of wifi, a box that reports only to one logger, an audience that will double', () => {
    expect(readAs('Our two presses hand off parts to each other and it is timing critical. which one fits?')).toContain('m2m-fit-few-machines');
    expect(readAs('at the quarry there is not a trace of signal. which one fits?')).toContain('m2m-fit-no-wifi');
    // Wifi with "no trace of issues" is fine: neither read as missing nor answered as such.
    const fine = responder.respond('There is no trace of wifi issues here, and we add stores monthly. Which one fits?');
    expect(fine.kind === 'answer' ? [fine.entry.id] : fine.kind === 'scenario' ? fine.reading.criteria.map((c) => c.entryId) : []).not.toContain('m2m-fit-no-wifi');
    expect(readAs('the flow meter sends its totals to one logger in the hut. which one fits?')).toContain('m2m-fit-point-to-point');
    expect(readAs('the members portal audience will double next year. which one fits?')).toContain('iot-fit-scaling-users');
    expect(readAs('the dosing panels are not on the same network as anything else. which one fits?')).toContain('m2m-fit-security-isolation');
    // Reporting to one cloud, or talking to one another, is no single fixed partner.
    const cloud = readAs('all 40 fridges report to one cloud dashboard in real time. which one fits?');
    expect(cloud).toContain('iot-fit-realtime-sync');
    expect(cloud).not.toContain('m2m-fit-point-to-point');
    expect(readAs('the screens and wristbands all talk to one another at once. which one fits?')).not.toContain('m2m-fit-point-to-point');
  });

  it('reads a reason given for a need ("for security") with the other cue of that need in its clause, and alone as any cue', () => {
    expect(readingOf(responder.respond('The vault controllers must never touch the outside world for security. Which one?'), 'security-isolation')).toBe('yes');
    expect(readingOf(responder.respond("We don't need a closed network for security, thousands of users log in. Which fits?"), 'security-isolation')).not.toBe('yes');
    expect(verdict("We don't bother with anything special for security, and thousands of customers use the app. Which fits?")).toBe('iot');
  });

  it('reads no need into a failure the clause tolerates ("we\'d be ok if the connection is lost"), a story of one ("the internet went out during my demo") or unrelated caps and habits', () => {
    expect(wifi("We'd be ok if the connection is lost for an hour, thousands of customers use the app. Which fits?")).not.toBe('yes');
    expect(wifi("It's ok to lose connectivity now and then, we have thousands of users. IoT or M2M?")).not.toBe('yes');
    // A tolerance that is an obligation insists.
    expect(wifi('The pumps must still be ok if the connection is lost, there are two of them. Which fits?')).toBe('yes');
    expect(wifi("It doesn't matter if the connection is lost, the loggers report to one PC. Which fits?")).not.toBe('yes');
    expect(responder.respond('the internet went out during my demo, what is m2m?').kind).toBe('answer');
    expect(readingOf(responder.respond('Our budget is capped at 50k and we need thousands of users. Which fits?'), 'scale-to-many-users')).toBe('yes');
    expect(readingOf(responder.respond('The only thing it ever talks to is the cloud, and we have thousands of devices. Which fits?'), 'point-to-point')).not.toBe('yes');
    // A tolerance reaches no further than a "but" or "as long as", is denied by a "not", and approves of nothing but a failure.
    expect(wifi("It's fine if the dashboard is slow but the pumps must keep running when the wifi drops. Which fits?")).toBe('yes');
    expect(wifi("We'd be ok if reports arrive late as long as the pump keeps working when the broadband dies. Which fits?")).toBe('yes');
    expect(wifi('We are not ok if the broadband drops, the dosing pump has to keep going. Which fits?')).toBe('yes');
    expect(readingOf(responder.respond("It's fine to keep the controllers on a separate network for security, they are the only three machines. Which fits?"), 'security-isolation')).toBe('yes');
    // M2M "on its way out" is no site way out in the hills.
    expect(responder.respond('So the verdict is IoT always wins and M2M is on its way out?').kind).not.toBe('scenario');
    expect(readingOf(responder.respond('Our pumps are way out in the hills and report to one controller. Which fits?'), 'works-without-wifi')).toBe('yes');
    // "precisely" asks for precision, not for machines that act precisely.
    expect(responder.respond('Two vendors each swear their approach is superior. I would like to know precisely: does the article recommend one over the other in general?').kind).not.toBe('scenario');
    // "never really drops" denies as "never drops" does.
    expect(wifi('The wifi here never really drops and we have 5000 app users. Which fits?')).not.toBe('yes');
    // One need and "which carriage…?" or "what's iot?" asks no question of a project.
    expect(responder.respond('My hotspot keeps dropping on the train, which carriage has the best signal?').kind).not.toBe('scenario');
    expect(responder.respond("the router at home died last night so I'm on my phone, what's iot?").kind).toBe('answer');
    expect(verdict('Our wifi drops constantly and the two mixers must keep talking. Which one?')).toBe('m2m');
    // A negation inside a gap describes; it does not deny: "continue without interruption if the wifi fails".
    expect(wifi('The pumps must continue without interruption if the wifi fails, and each pump talks to one controller. Which fits?')).toBe('yes');
  });

  it('quotes the words the person typed, not the ones their slips were mended to', () => {
    const r = responder.respond('The safety PLCs must be isolatd from every other network. Which fits?');
    expect(r.kind === 'scenario' ? r.reading.criteria.map((c) => c.evidence).join(' ') : '').toMatch(/\bisolatd\b/);
  });

  it('quotes a need denied from its negation on, never words of the clause before it', () => {
    const r = responder.respond('Devices need standards, but we do not need to scale. Which one?');
    const evidence = r.kind === 'scenario' ? r.reading.criteria.map((c) => c.evidence) : [];
    expect(evidence).toContain('do not need to scale');
    expect(evidence.join(' ')).not.toMatch(/standards but/);
  });

  it('reads a project no cue covers from a clause that matches a criterion as surely as an answer would ("kept away from everything else for safety")', () => {
    expect(verdict('Which option is for gear that has to be a total hermit, kept away from everything else for safety?')).toBe('m2m');
  });

  it('reads a connection that fails, however it is named and however far from its verb ("the broadband at our depot drops"), as having to run without Wi-Fi', () => {
    for (const q of [
      'The broadband at our depot drops all the time. The two chillers still have to talk to each other. What do you suggest?',
      'Our router in the barn keeps dying, and the pump has to keep signalling the tank. Which fits?',
      'Coverage is flaky out at the quarry and the crusher must keep talking to the conveyor. IoT or M2M?',
    ]) {
      expect(wifi(q), q).toBe('yes');
      expect(verdict(q), q).toBe('m2m');
    }
    // Broadband named as what the site has is still fast internet, and a connection that "never drops" is no need to run without it.
    expect(readingOf(responder.respond('Every kiosk is on broadband and the app must scale to thousands of users. Which fits?'), 'fast-internet')).toBe('yes');
    expect(wifi('The wifi here never drops and the app has 4000 users. Which?')).not.toBe('yes');
  });

  it('reads "nothing else ever gets added" as no growth', () => {
    const r = responder.respond('we just want the 2 glasswashers and the dosing pump linked up, nothing else ever gets added, but it has to be fast. m2m?');
    expect(r.kind === 'scenario' && r.reading.criteria.find((c) => c.questionId === 'scale-to-many-users')?.answer).not.toBe('yes');
  });

  it('reads each device talking "to the others" or to a list of partners as many-to-many, a sync "to the central cloud" as cloud sync, and reacting "at once" as fast execution', () => {
    for (const q of ['each locker talks to the whole network at the same time. which one fits?', 'each kiosk must talk to the screens, the tills and the doors simultaneously. which fits?']) {
      expect(readAs(q), q).toContain('iot-fit-many-to-many');
      expect(readAs(q), q).not.toContain('m2m-fit-point-to-point');
    }
    expect(readAs('all 500 meters need to sync to the central cloud in real time. which one?')).not.toContain('m2m-fit-point-to-point');
    const lift = readAs('the two hoists must respond at once to the stop button, every time. which one?');
    expect(lift).toContain('m2m-fit-few-machines');
    expect(lift).not.toContain('iot-fit-many-to-many');
  });

  it('reads people arriving "at once" as many users, and only devices at once as talking to many devices', () => {
    const strongest = (q: string) => (responder.respond(q) as Extract<Response, { kind: 'scenario' }>).reading?.recommendation.criteria[0];
    for (const q of ['Which one copes when a rush of shoppers logs on at the same time?', 'our app has to survive hordes of visitors piling on at once. which one?', "we'll have thousands of riders jumping on at once, which one fits?"]) {
      expect(strongest(q), q).toBe('iot-fit-scaling-users');
    }
    expect(strongest('every turnstile has to talk to all the others at once. which one?')).toBe('iot-fit-many-to-many');
  });

  it('reads devices walled off "from every other device" as isolated, not as talking to many devices', () => {
    const r = responder.respond('The lab freezer monitors must be isolated from any other device on site, for security. Which does the article suggest?');
    expect(r.kind).toBe('scenario');
    if (r.kind === 'scenario') expect(r.reading.recommendation.verdict).toBe('m2m');
  });

  it('reads neither Wi-Fi that "never drops" as missing Wi-Fi, nor "no idea how fast we will grow" as no growth, nor a quick reliable login as a few machines', () => {
    expect(verdict('Our warehouse wifi never drops and we have 5000 sensors that must sync in real time. Which fits?')).toBe('iot');
    expect(verdict('No idea how fast we will keep adding sites. Which fits?')).toBe('iot');
    expect(verdict('Our app needs a quick reliable login for thousands of users as we grow. IoT or M2M?')).toBe('iot');
  });

  it('reads no criterion into a router that "never dies", data that "only goes one way", or kit kept apart "from every other machine"', () => {
    expect(verdict('Our router basically never dies, fibre all the way, and we have 2,000 sensors syncing live to the cloud. IoT or M2M?')).toBe('iot');
    expect(verdict('The data only goes one way, from each meter to its logger, wired, no wifi. IoT or M2M?')).toBe('m2m');
    expect(verdict('The lab analysers must be kept apart from every other machine on site for security. IoT or M2M?')).toBe('m2m');
  });

  it('reads no need into a dismissal ("it\'s fine if the wifi fails"), costs that "will double", or sensors that "stay off all night"', () => {
    expect(readingOf(responder.respond("It's fine if the wifi fails, nothing is critical; 10,000 users on the cloud app. Which fits?"), 'works-without-wifi')).not.toBe('yes');
    expect(verdict('Our costs will double if we pick wrong. We have 4 machines that must never fail. IoT or M2M?')).toBe('m2m');
    expect(readingOf(responder.respond('Our greenhouse sensors stay off all night to save battery, and we need live dashboards in the cloud. Which fits?'), 'security-isolation')).not.toBe('yes');
    // An IT ticket about an outage is no project.
    expect(responder.respond("There's a network outage on floor 3, which printer should we use?").kind).not.toBe('scenario');
  });

  it('reads no criterion into "join any shared network", "as the crop grows", "kept in step" or "cope with all of them"', () => {
    expect(verdict('Our thousands of tags must be able to join any shared network they find. IoT or M2M?')).toBe('iot');
    for (const q of ['Three soil probes track moisture as the crop grows, each wired straight to one logger, no wifi out there. IoT or M2M?', 'The two presses must be kept in step, wired directly to each other, no wifi. IoT or M2M?', 'Three kilns talk directly to one controller, which can cope with all of them, and there is no wifi. IoT or M2M?']) {
      expect(verdict(q), q).toBe('m2m');
    }
  });

  it('reads no project into chatter that names a side beside an idiom ("without hesitation", "a 1 to 1", "the wifi went out")', () => {
    for (const q of [
      "I'd recommend this article without hesitation, it explained M2M vs IoT well.",
      'I had a 1 to 1 with my manager about IoT and M2M.',
      'Sorry the wifi went out, what were we saying about M2M?',
      'I mix and match sources when I write about IoT.',
      "In the article's ATM example the machine talks to the host processor, is it m2m?",
    ]) expect(responder.respond(q).kind, q).not.toBe('scenario');
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

  it('reads a need denied tersely, with no verb, as denied: "elastic scaling not a requirement", "growth not needed"', () => {
    expect(verdict('elastic scaling not a requirement for the press line. m2m fine?')).toBe('m2m');
    expect(verdict('growth not needed, it is one site. which one?')).toBe('m2m');
    // "not a thing that…" contrasts; it denies nothing.
    expect(readingOf(responder.respond('We need to scale not a thing that stays at five devices. IoT or M2M?'), 'scale-to-many-users')).toBe('yes');
  });

  it('reads a "not" right after a cue as denying it: "growth isn\'t a thing for us"', () => {
    const r = responder.respond('we have five packing robots that must be quick and reliable, and growth isn\'t a thing for us. which one?');
    expect(r.kind === 'scenario' && r.reading.criteria.map((c) => c.entryId)).toContain('m2m-fit-no-scaling');
    expect(r.kind === 'scenario' && r.reading.recommendation.verdict).toBe('m2m');
  });

  it('reads a criterion stated both ways in a message weighing a mix, or setting two parts apart, as the side the rest does not speak for', () => {
    const story = 'our 4 bottling machines need fast, reliable control and will never grow, but the web shop that shows orders has to scale with us.';
    const mix = responder.respond(`${story} m2m + iot?`);
    expect(mix.kind === 'scenario' && mix.reading.recommendation.verdict).toBe('mix');
    // So does one that sets the two parts apart ("…will never grow, but the web shop has to scale…").
    const apart = responder.respond(`${story} which fits?`);
    expect(apart.kind === 'scenario' && apart.reading.recommendation.verdict).toBe('mix');
    // Neither weighing a mix nor setting parts apart, "never grow" against "scale" stays unread and the rest decides.
    const one = responder.respond('our 4 bottling machines need fast, reliable control, there is no wifi, and they will never grow and the web shop has to scale with us. which fits?');
    expect(one.kind === 'scenario' && one.reading.recommendation.verdict).toBe('m2m');
    expect(one.kind === 'scenario' && one.reading.criteria.some((c) => c.questionId === 'scale-to-many-users')).toBe(false);
    // A "but" that is not between the two ("Sorry to bother you, but…") sets no parts apart.
    const polite = responder.respond('Sorry to bother you, but our 5 pumps have no wifi and will never need to scale. Should it scale to many users? Which fits?');
    expect(polite.kind === 'scenario' && polite.reading.recommendation.verdict).toBe('m2m');
  });

  it('reads a project described with no question at all as asking which fits, but not one that asks something else', () => {
    const told = responder.respond('our farm shed: the pump controller tells the water tank what to do, and there is no wifi out there at all');
    expect(told.kind === 'scenario' && told.reading.recommendation.verdict).toBe('m2m');
    expect(responder.respond('our farm shed has no wifi out there at all. What does M2M stand for?').kind).not.toBe('scenario');
  });

  it('reads a project closed by any common way of asking which fits: "what is better?", "so what do we use?", "does that tilt it?", "iot, m2m or a mix?"', () => {
    const project = 'The boiler controllers must be cut off from every other network for security, and there will only ever be three of them.';
    for (const ask of [
      'What is better?',
      'So what do we use?',
      'What I should choose?',
      'Does that tilt it towards one of them?',
      'iot, m2m or a mix?',
      'Is M2M the pick here?',
      'Who wins, according to the article?',
      'How do the criteria apply here?',
      'should we just do both?',
      "What's the natural fit?",
      'How does that square with the article?',
      'Does the article give a clear winner?',
      "I'm assuming m2m, can someone confirm?",
      "What does the article's guidance indicate?",
      'What you suggest?',
      'How would the article have us approach that?',
    ]) {
      expect(verdict(`${project} ${ask}`), ask).toBe('m2m');
    }
    // A fact the article is asked for, with a need in it, is still that fact; so is which side a thing belongs to.
    expect(responder.respond('What does the article say about devices that have to work without wifi?').kind).toBe('answer');
    expect(responder.respond("is M2M the one that's point-to-point, or is that IoT?").kind).toBe('answer');
    expect(responder.respond('Does the article think M2M is on its way out?').kind).toBe('answer');
  });

  it('reads no project into a choice among other things, chatter with no kit in it, or a question about something else', () => {
    for (const q of [
      'Our wifi keeps dropping at home, what should I buy, a mesh or a booster?',
      'My shop is expanding to a second floor, what is better, stairs or a lift?',
      'The trains are timing critical around here, miss one and you wait an hour.',
      'Lunch has to be quick and without fail at noon, or I get grumpy.',
      'My audience will double if this video goes viral, fingers crossed!',
    ]) {
      expect(responder.respond(q).kind, q).not.toBe('scenario');
    }
    expect(responder.respond('What do they use to send readings directly to a central unit in sensor telemetry?').kind).toBe('answer');
    expect(entryOf(responder.respond("I think it's IoT that handles thousands of users, but who wrote the article?"))).toBe(entryOf(responder.respond('who wrote the article?')));
    expect(responder.respond('What should I pick with quick internet, Netflix or Disney+?').kind).not.toBe('scenario');
    // A choice that is a side, both or a mix, or that asks which fits, still asks which fits.
    expect(verdict('The pumps have to run with no wifi. IoT or M2M or both?')).toBe('m2m');
    expect(verdict('Pumps on an isolated network with no wifi, never growing: which one fits or are both fine?')).toBe('m2m');
    expect(verdict('Our sensors are out in the middle of nowhere with no signal. Which fits better here, the old way or the new way?')).toBe('m2m');
    // A statement about things that report or talk to each other describes a project, whatever the things are called.
    expect(verdict('Beehive scales report weight to one base, no signal in the valley, never more than 20 hives.')).toBe('m2m');
    expect(verdict('A small bakery with 3 ovens, each reporting to one tablet, no wifi, never growing')).toBe('m2m');
  });

  it('reads a project closed by "m2m for one and iot for the other?" as asking which fits, not as a question of its own', () => {
    const r = responder.respond('our two kilns need fast reliable control between them, plus we have a big fleet of cheap sensors that must follow standards so any vendor works. m2m for one and iot for the other?');
    expect(r.kind === 'scenario' && r.reading.recommendation.verdict).toBe('mix');
    const told = "Shed 1's humidity controller and its dehumidifier are a fixed pair that will never grow, but the readings have to follow a standard format so other software can read them.";
    expect(verdict(`${told} Does that mean M2M for one bit and IoT for the other?`)).toBe('mix');
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
    const pushed = responder.respond('The nine mailbag scales have been nine for a decade and there is no plan to add any. Kevin from procurement is pushing some shiny cloud platform. Which one?');
    expect(pushed.kind === 'scenario' && pushed.reading.criteria.map((c) => c.questionId)).not.toContain('realtime-cloud-sync');
    // Prices quoted for a hosted dashboard weigh an offer; a supplier who wants the kit on a cloud states a need.
    const quoted = responder.respond('Fuel logging for our three generators, and it will stay at three; they sit where there is no Wi-Fi. Supplier A quotes £8k for a hosted dashboard, supplier B £2k for a standalone box. Which fits?');
    expect(quoted.kind === 'scenario' && quoted.reading.criteria.map((c) => c.questionId)).not.toContain('realtime-cloud-sync');
    for (const q of ['Our four kilns never change and the shed has no wifi. The supplier quoted us £12k for a hosted dashboard. Which one?', 'Our four kilns never change and the shed has no wifi. Supplier A wants 12k for a hosted dashboard. Which one?']) expect(verdict(q), q).toBe('m2m');
    const wanted = responder.respond('The two hall lighting controllers must act quickly and reliably, and the supplier wants them on a cloud that syncs with the other sites in real time. Which one?');
    expect(wanted.kind === 'scenario' && wanted.reading.criteria.map((c) => c.questionId)).toContain('realtime-cloud-sync');
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
  it('reads "does the article talk about security?" as asking about security, however little is left once the frame is gone', () => {
    const security = entryOf(responder.respond('what does the article say about security?'));
    expect(security).toBeDefined();
    for (const q of ['does the article talk about security?', 'Does the article address security at all?']) expect(entryOf(responder.respond(q)), q).toBe(security);
    // A word left that is no term of the article's keeps the answer the whole message had.
    expect(entryOf(responder.respond("what's the article called?"))).toBe(entryOf(responder.respond('what is the title of the article?')));
  });

  it('reads "according to the text" as where to look, not as what is asked', () => {
    const plain = responder.respond('how does communication happen in iot?');
    expect(plain.kind).toBe('answer');
    for (const q of ['How does communication happen in IoT, per the text, what is the mechanism?', 'According to the write-up, how does communication happen in IoT, what is the mechanism?', 'How does communication happen in IoT, going by the article?']) {
      expect(entryOf(responder.respond(q)), q).toBe(entryOf(plain));
    }
    expect(entryOf(responder.respond('which came first, going by the article?'))).toBe(entryOf(responder.respond('which came first?')));
    // About the article itself, "the article" is what is asked.
    expect(entryOf(responder.respond('who wrote the article?'))).toBe('source-author');
  });

  it('reads "is it true the article says X?" and "does the article claim that X?" as asking X', () => {
    for (const q of ['Is it true the article says IoT is not very scalable?', 'Does the article claim that IoT is not very scalable?']) expectAnsweredAs(q, 'is iot not very scalable?');
  });

  it('reads "what does the article say about X" as a question about X', () => {
    const plain = responder.respond('what about the standards?');
    expect(plain.kind).toBe('answer');
    expect(entryOf(responder.respond('what does the article say about standards'))).toBe(entryOf(plain));
    expect(entryOf(responder.respond('does the article touch on scalability at all?'))).toBe(entryOf(responder.respond('what about scalability?')));
    // "what exactly does…", "where does the article say…", and a story closed by "does the article actually say that?"
    const converged = "I have been reading the article on the train. The author says the devices are 'converged' with various technologies. What exactly does the article say they are converged with?";
    expect(entryOf(responder.respond(converged))).toBe(entryOf(responder.respond('what are iot devices converged with?')));
    const story = 'I sat through a committee and somebody said machines talking to each other without a person in the loop is what M2M is all about.';
    expect(entryOf(responder.respond(`${story} Does the article actually say that?`))).toBe(entryOf(responder.respond('do machines need a person in the loop to talk to each other?')));
  });

  it('reads "in the IoT part of the article" as where to look, keeping only its side', () => {
    const uid = entryOf(responder.respond('what does UID mean in iot?'));
    expect(uid).toBeDefined();
    expect(entryOf(responder.respond('What mean the UID in IoT part of the article?'))).toBe(uid);
  });

  it('reads "which transports does the article cite?" as asking which transports', () => {
    expectAnsweredAs('Which transports does the article cite for M2M?', 'which transports for M2M?');
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
    // "compared" typed with a slip is still the frame.
    expect(entryOf(responder.respond('how scalable is iot compard to m2m'))).toBe(scaling);
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

  it('never reads as a project a need said the other way round, nor a bill split two ways, whatever the projects learned read', () => {
    // The cues read "cloud app" as a need; the clause around it says nobody wants one.
    expect(responder.respond('Our school has 30 classroom projectors and nobody wants them on the internet or in any cloud app ever. Is IoT the correct choice here?').kind).not.toBe('scenario');
    expect(responder.respond('Our accountant asked whether we should split the invoice for the new sensors and the cloud dashboard subscription across two quarters?').kind).not.toBe('scenario');
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
    // Asked about the article so named, the two sides in its name ask nothing of either ("vs" compares nothing here).
    expectAnsweredAs('where was the IoT vs M2M article published?', 'where was the article published?');
    expectAnsweredAs('who wrote that IoT/M2M piece', 'who wrote the article');
    // Unless the two are what is asked: a summary of the IoT vs M2M article is of how they differ, not its byline.
    for (const q of ['Can you summarise the IoT vs M2M article for me?', "What's the key takeaway from the IoT vs M2M blog post?"]) expect(['source-article', 'source-author', 'source-date'], q).not.toContain(entryOf(responder.respond(q)));
    // A project asked about "going by that IoT vs M2M article" is still a project that weighs the two.
    expect(verdict('We need the PLC on crane 4 to talk straight to the spreader controller, one link between those two boxes and nothing else on it. Going by that IoT vs M2M article, what is that?')).toBe('m2m');
  });

  it('reads a story closed by "does the article back me up?" or "is that from the article?" as asking what the story says', () => {
    const plain = entryOf(responder.respond('I told a client M2M is older than IoT.'));
    expect(plain).toBeDefined();
    for (const closing of ['Does the article back me up?', 'Is that from the article?']) expect(entryOf(responder.respond(`I told a client M2M is older than IoT. ${closing}`)), closing).toBe(plain);
  });

  it('reads "which way does the article put it?" or "is there anything in the article that backs him up?" closing a story as asking what the story says', () => {
    const story = 'My cousin insists IoT is one part of M2M, I reckon it is the reverse.';
    const plain = entryOf(responder.respond(story));
    expect(plain).toBeDefined();
    for (const closing of ['Which way does the article put it?', 'Is there anything in the article that backs him up?', "What's the article's take?"]) expect(entryOf(responder.respond(`${story} ${closing}`)), closing).toBe(plain);
    // Asked in fewer words, or not quite in English: what the story says, not where the answers come from.
    const cashMachines = 'My neighbour swears cash machines use M2M.';
    expect(entryOf(responder.respond(cashMachines))).toBe('m2m-atm-example');
    for (const closing of ['Article back him up?', 'Does your article back him up?', 'The article says which??', "What's the article's answer?", 'What say the article about this?']) {
      expect(entryOf(responder.respond(`${cashMachines} ${closing}`)), closing).toBe('m2m-atm-example');
    }
    // Backing a file up is no frame.
    expect(responder.respond('can the text back it up to the cloud?').kind).not.toBe('answer');
    // "Is the article saying…" asks what it says, not where the answers come from.
    expect(entryOf(responder.respond('Is the article basically saying one of these does everything?'))).not.toBe('source-article');
  });

  it('keeps "refer to" apart from "reference": what a word refers to is not a question about the source', () => {
    const analyzer = new Analyzer([]);
    expect(analyzer.stem('refers')).not.toBe(analyzer.stem('reference'));
    expect(analyzer.stem('references')).toBe(analyzer.stem('reference'));
    expect(entryOf(responder.respond('In "Internet of Things", what does the things part refer to?'))).toBe('iot-thing-meaning');
  });

  it('answers what the article\'s headings are, and keeps "headings" apart from "where is this heading?"', () => {
    const analyzer = new Analyzer([]);
    expect(analyzer.stem('headings')).not.toBe(analyzer.stem('heading'));
    for (const q of ['which headings does the article use?', 'give me the outline of the article']) {
      const reply = responder.respond(q);
      expect(reply.kind, q).toBe('answer');
      // Every heading the article has, named in the answer.
      for (const heading of ['What is M2M?', 'The Main Difference', 'Which is the Best Choice and Why?']) expect(reply.kind === 'answer' && reply.entry.answer, q).toContain(heading);
    }
    expect(entryOf(responder.respond('where is all of this heading in the long run?'))).toBe(entryOf(responder.respond('what is the long-term outlook for both?')));
  });

  it('reads "which section covers X" as a question about X, whose answer names its section', () => {
    const scalability = entryOf(responder.respond('what about scalability?'));
    expect(scalability).toBeDefined();
    for (const q of ['which section covers scalability?', 'In which part of the article does the author talk about scalability?', 'Does the article have a part about scalability?', 'Under which heading does the article address scalability?', 'in which section is scalability discussed?', 'under which heading is scalability?']) expect(entryOf(responder.respond(q)), q).toBe(scalability);
    // "Under which heading does it set out…" asks where the article gives what follows.
    const recommendation = entryOf(responder.respond('what does the article recommend?'));
    expect(entryOf(responder.respond('Under which heading does the article set out its recommendations?'))).toBe(recommendation);
    // In fewer words the examples read it as chatter: then it is the first of the closest questions offered.
    const terse = responder.respond('under what heading are the recommendations?');
    expect(terse.kind === 'fallback' ? terse.nearest?.[0]?.entry.id : entryOf(terse)).toBe(recommendation);
    // Asked where, the reply is told to name the heading; asked what, it is not.
    const heading = kb.byId.get(scalability ?? '')?.source.split(' > ')[0];
    expect(responder.respond('which section covers scalability?')).toMatchObject({ kind: 'answer', underHeading: heading });
    expect(responder.respond('what about scalability?')).not.toHaveProperty('underHeading');
    // The closing paragraph, where a guess at "the weather" lands, is under no heading of the article.
    expect(responder.respond('under which heading does the article discuss the weather?')).not.toHaveProperty('underHeading');
    // "where in the article is X discussed?": the verb that closes it belongs to the frame too.
    for (const q of ['Where in the article is scalability discussed?', 'where in the text is scalability mentioned?']) expect(entryOf(responder.respond(q)), q).toBe(scalability);
    // A part named by its subject asks about that subject.
    for (const q of ['What does the scalability paragraph in the article say?', 'what does the scalability bit say?']) expect(entryOf(responder.respond(q)), q).toBe(scalability);
    // "…say about security?" asks about that part's subject and security together.
    expect(entryOf(responder.respond('What does the M2M section say about security?'))).toBe('m2m-fit-security-isolation');
    // "what does the final part say?" is read as before: only the article's own final part is named by where it stands.
    expect(responder.respond('what does the final part say?').kind).toBe('answer');
    // A part named by where it stands names no subject: "the article's final paragraph" is the final paragraph.
    expect(entryOf(responder.respond("What does the article's final paragraph say?"))).toBe(entryOf(responder.respond('what does the final paragraph of the article say?')));
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

describe('one side asked about for one criterion', () => {
  it("answers with that criterion, the named side's own, not the side's whole list", () => {
    const noScaling = entryOf(responder.respond('is m2m best when there is no need to scale?'));
    expect(noScaling).toBe('m2m-fit-no-scaling');
    for (const q of ['is m2m the right pick when the app has to scale up fast?', 'does the article recommend m2m when you need to scale up quickly?']) expect(entryOf(responder.respond(q)), q).toBe(noScaling);
    // With no case set ("precisely" is no case), asked for what makes it good, or when it is best in general, the list answers.
    expect(entryOf(responder.respond('is m2m the best choice, precisely?'))).toBe(entryOf(responder.respond('is m2m the best choice?')));
    const list = entryOf(responder.respond('when is m2m the best choice?'));
    expect(entryOf(responder.respond('is m2m the best choice?'))).toBe(list);
  });
});

describe('one need asked about in a single question ("Which one is for when…?")', () => {
  it('is answered with the entry of the need its words match, on the side the cues recommend, when the cues read another', () => {
    const q = 'Which one suits a swarm of units mirrored at the same instant through an online hub?';
    const r = responder.respond(q);
    expect(r.kind).toBe('answer');
    const id = entryOf(r) ?? '';
    expect(services.criteria.has(id)).toBe(true);
    expect(engine.rank(q, 1)[0]?.entry.id).toBe(id);
    expect(sideOfEntry(id)).toBe('iot');
    // A project told with two needs, the matched one among them, still gets the recommendation.
    expect(responder.respond('My smart speaker, lights, blinds and fridge all need to talk to each other at the same time, and they are on my super fast home wifi').kind).toBe('scenario');
  });
});

describe('"the M2M list": the article\'s list of when one side is the best choice', () => {
  it('reads a side\'s list as its best-choice list, unless the question is which list something is on', () => {
    const m2mList = entryOf(responder.respond('when is m2m the best choice?'));
    for (const q of ['what does the M2M list say about connectivity?', "what's on the m2m list?"]) expect(entryOf(responder.respond(q)), q).toBe(m2mList);
    expect(entryOf(responder.respond('What does the IoT bullet list say about users?'))).toBe(entryOf(responder.respond('when is iot the best choice?')));
    const standards = responder.respond('Which one cares about following standards?');
    expect(entryOf(standards)).toBe('iot-fit-standards');
    expect(entryOf(responder.respond('wait, is that on the iot list or the m2m list?', turnOf(standards)))).toBe('iot-fit-standards');
    // Nor another list: the article's industries, a mailing list, or the answer before checked against one.
    expect(entryOf(responder.respond('what industries are on the IoT list?'))).toBe(entryOf(responder.respond('which industries use iot?')));
    expect(entryOf(responder.respond('is that on the m2m list?', turnOf(standards)))).toBe('iot-fit-standards');
    // A word of another list elsewhere in the message changes nothing.
    expect(entryOf(responder.respond("We're in the oil and gas industry. What's on the M2M list?"))).toBe(m2mList);
  });

  it('answers "what are the two lists?" with both lists, unless it asks where they are, what comes before them, one side\'s, or something in them', () => {
    const lists = [entryOf(responder.respond('when is m2m the best choice?')), entryOf(responder.respond('when is iot the best choice?'))].sort();
    const both = (q: string) => {
      const r = responder.respond(q);
      return r.kind === 'compound' ? r.answers.map((a) => a.entry.id).sort() : r.kind;
    };
    for (const q of ['the article ends with two lists, what do they say?', 'Can you sum up both lists at the end of the piece?']) expect(both(q), q).toEqual(lists);
    for (const q of ['In which section are the two lists?', 'what does the article say before its two lists?', 'what do the two lists say about iot?', 'Which of the two lists mentions scaling?', 'what do the two lists say about security?', 'I printed the two lists for the wall. Who wrote the article?']) {
      expect(both(q), q).not.toEqual(lists);
    }
    // Why the article gives them, or whether it picks a side besides, is what the "it depends" answer says.
    for (const q of ['Why does the article end with two lists instead of giving a verdict?', 'Does the article recommend one over the other, or just give both lists?']) expect(both(q), q).not.toEqual(lists);
    // The heading the lists sit under asks no "why".
    expect(both("What are the two lists in 'Which is the Best Choice and Why?'")).toEqual(lists);
    // Lists of the asker's own, or a question of its own beside a mention of them, keep their answers; so does the other part of two.
    for (const q of ['I made two lists of our sensors for the audit, what does UID mean?', 'I made two lists for the article I am writing, what does UID mean?']) expect(entryOf(responder.respond(q)), q).toBe(entryOf(responder.respond('what does UID mean?')));
    const twoParts = responder.respond('Who wrote the article, and what are the two lists at the end?');
    expect(twoParts.kind === 'compound' && twoParts.answers.map((a) => a.entry.id)).toContain(entryOf(responder.respond('Who wrote the article?')));
  });
});

describe('a matter only one side has an entry on, asked of the other side', () => {
  it('answers with the related entry that weighs the two, when the question names the other side alone and its words point there too', () => {
    for (const q of ['So IoT is the high-maintenance one to set up and run?', 'Is IoT a pain to set up and look after?']) expect(entryOf(responder.respond(q)), q).toBe('scalability');
    // Asked of the side the entry is about, the entry itself answers.
    expect(entryOf(responder.respond('Is M2M a pain to set up and look after?'))).toBe('m2m-setup-maintenance');
    // The weighing entry must speak of the same matter: "is IoT the older one?" asks nothing of how the two grow together.
    for (const q of ['Is IoT the older of the two?', 'Is IoT an old technology?']) expect(entryOf(responder.respond(q)), q).toBe('m2m-track-record');
  });
});

describe("the article's title in a question", () => {
  it('names the article and asks nothing when it is named as the title, but is asked when it is quoted as a question', () => {
    const author = entryOf(responder.respond('who wrote the article?'));
    expect(entryOf(responder.respond("Who wrote the article What's the difference between IoT and M2M?"))).toBe(author);
    expect(entryOf(responder.respond("who wrote the piece titled what's the difference between iot and m2m"))).toBe(author);
    expect(entryOf(responder.respond("I'm reading the article What's the difference between IoT and M2M, who wrote it?"))).toBe(author);
    const difference = entryOf(responder.respond("what's the difference between IoT and M2M?"));
    expect(entryOf(responder.respond("my boss asked me 'what's the difference between IoT and M2M?' what do I tell him"))).toBe(difference);
    // After a comma or a colon, with no question before it, or after "post" as a verb, it is the question.
    for (const q of ["according to the article what's the difference between iot and m2m", "per the post, what's the difference between iot and m2m?", "can you post what's the difference between iot and m2m", "quick one on the piece: what's the difference between iot and m2m"]) {
      expect(entryOf(responder.respond(q)), q).toBe(difference);
    }
  });
});

describe('a claim asked to be checked ("is it true that…?", "…not the other way round?")', () => {
  it('reads "not the other way round?" after a claim as a check of that claim, not a question about which is a subset', () => {
    const claim = 'so iot is not the hard one to set up, m2m is?';
    expect(entryOf(responder.respond(`${claim} not the other way round?`))).toBe(entryOf(responder.respond(claim)));
    expect(entryOf(responder.respond(claim))).not.toBe(entryOf(responder.respond('which is a subset of which?')));
  });

  it('asks what follows it, however the frame dilutes the words', () => {
    expect(entryOf(responder.respond("is it true they're basically the same thing"))).toBe(entryOf(responder.respond("they're basically the same thing?")));
    // Second-language English drops the "it": "is true that…".
    expect(entryOf(responder.respond('Is true that M2M needs wifi?'))).toBe(entryOf(responder.respond('M2M needs wifi?')));
    expect(entryOf(responder.respond('M2M needs wifi?'))).toBeDefined();
    expect(entryOf(responder.respond("they're basically the same thing?"))).toBeDefined();
  });
});

describe('a claim told, then asked to be checked against the article', () => {
  it('answers the claim, not with the article itself', () => {
    for (const [claim, check] of [
      ["Our planner wrote 'M2M = labour heavy' in a comment next to the pump line.", 'Is that something the article actually says?'],
      ["The piece mentions 'sensors or unique identifiers'.", 'Which section is that in?'],
    ]) {
      const alone = entryOf(responder.respond(claim as string));
      expect(alone, claim).toBeDefined();
      expect(entryOf(responder.respond(`${claim} ${check}`)), claim).toBe(alone);
    }
  });

  it('answers a question asked after the check, about the article or not', () => {
    const byline = entryOf(responder.respond('who published the article?'));
    expect(entryOf(responder.respond('My colleague says M2M is labour heavy. Is that true? Anyway, who published the article?'))).toBe(byline);
  });

  it('still answers about the article when the claim is about the article, and knows nothing of a claim it cannot answer', () => {
    const aboutTheArticle = ['when was the article published?', 'which site published the article?'].map((q) => entryOf(responder.respond(q)));
    expect(aboutTheArticle).toContain(entryOf(responder.respond('My boss says the article is from 2020. Is that right?')));
    expect(responder.respond('My cat is called Bob. Is that right?').kind).toBe('fallback');
  });
});

describe('"which one does the article call…?"', () => {
  it('asks which one the article gives that role or property, as "which is…?" would', () => {
    for (const [framed, plain] of [
      ['Which one does the article call the foundation?', 'which is the foundation?'],
      ['which of the two does the author describe as the foundation?', 'which is the foundation?'],
      ['which of the two technologies does the article describe as the more scalable?', 'which is more scalable?'],
      ['Which one does the author say is older?', 'which is older?'],
      ['My uncle insists a cash machine is IoT. Which does the article say it is?', 'a cash machine: which is it, iot or m2m?'],
    ]) {
      expect(entryOf(responder.respond(framed as string)), framed).toBe(entryOf(responder.respond(plain as string)));
      expect(entryOf(responder.respond(framed as string)), framed).not.toBe(entryOf(responder.respond('which article is this?')));
    }
  });
});

describe('"which one is the…?" in the asker\'s own imagery', () => {
  it('answers which side has the property, though the imagery is words the article never uses', () => {
    for (const [imagery, plain] of [
      ['Which one is the fussy one that needs nursing through setup?', 'which one is harder to set up and maintain?'],
      ["Which one's the old warhorse firms have relied on forever?", 'which one has been used by businesses for a long time?'],
      ['which one handles a stampede of punters logging in?', 'which one suits many users logging in?'],
    ]) {
      expect(entryOf(responder.respond(imagery as string)), imagery).toBe(entryOf(responder.respond(plain as string)));
    }
  });

  it('still does not know when "which one" picks among other things, the best match is weak, or the article\'s words are too few', () => {
    expect(responder.respond('which one of the vending machines is broken?').kind).toBe('fallback');
    expect(responder.respond('which one of the two is a cat?').kind).toBe('fallback');
    // Only "easier" is the article's: a near miss, not imagery.
    expect(responder.respond('Which one is easier to hack?').kind).toBe('fallback');
    // An entry about the article itself never says which side has a property.
    expect(entryOf(responder.respond('Which side is the old-timer?'))).not.toBe(entryOf(responder.respond('which site published the article?')));
  });
});

describe('a question of two parts, one of which only the examples answer', () => {
  const partsOf = (r: Response) => (r.kind === 'compound' ? r.answers.map((a) => a.entry.id) : undefined);

  it('answers each part as the part alone is answered, the examples included', () => {
    const first = entryOf(responder.respond('which of the two is the labour-heavy one?'));
    const second = entryOf(responder.respond('what does the article conclude?'));
    expect(first).toBeDefined();
    expect(second).toBeDefined();
    expect(partsOf(responder.respond('which of the two is the labour-heavy one, and what does the article conclude?'))).toEqual([first, second]);
    // Without the examples the first part goes unanswered, and the message is no two questions.
    expect(partsOf(rulesAlone.respond('which of the two is the labour-heavy one, and what does the article conclude?'))).toBeUndefined();
  });

  it('reads a project told, then asked which fits, as one question wherever the message splits; two questions asked stay two', () => {
    for (const [project, questionId] of [
      ['The pump alarm in the plant room has no wireless signal down there, not one bar. But it must work always, also when the router upstairs is dead. Which one is better for this, M2M or IoT?', 'works-without-wifi'],
      ['Our ticket app has 300k users already and must handle loads more people signing up without falling over at the cup final. which tech is that? iot or m2m', 'scale-to-many-users'],
    ] as const) {
      expect(needIn(project, questionId), project).toBe('yes');
    }
    expect(partsOf(responder.respond('Does the article recommend one over the other? Also, which one is about following standards for compatibility?'))).toHaveLength(2);
    // A fact asked beside which fits is a question of its own.
    expect(partsOf(responder.respond('Our depot has no signal. How old is M2M, and which one should we use?'))).toContain(entryOf(responder.respond('How old is M2M?')));
  });
});

describe('"is M2M basically a…?": one side likened to something', () => {
  it('answers with the property the likeness points to, though its imagery is words the article never uses', () => {
    expectAnsweredAs('Is M2M basically a tin-can phone strung between two boxes?', 'is m2m a direct link between two devices?');
  });

  it('answers a likeness with what the side is like, not with when to choose it, unless only the criterion matches it', () => {
    const described = entryOf(responder.respond('how do m2m devices connect, point to point?'));
    // The rules answer with what M2M is like; the examples, with how the two sides communicate, as the message compares them.
    expect(entryOf(rulesAlone.respond('is M2M just a hotline between two machines and IoT a huge group chat?'))).toBe(described);
    expect(entryOf(responder.respond('is M2M just a hotline between two machines and IoT a huge group chat?'))).toBe('communication-mode');
    // Only the criterion says devices talk to many others at once.
    const manyAtOnce = entryOf(responder.respond('which fits when devices must talk to many other devices simultaneously?'));
    expect(entryOf(responder.respond('is iot like one big group chat where every gizmo can ping all the others at once'))).toBe(manyAtOnce);
  });

  it('still does not know when the likeness carries none of the article\'s words, or names another technology', () => {
    // The examples answer this one with the downside of wireless (a "bad" side): a cost of learning from them (README, "What the examples teach").
    expect(rulesAlone.respond('Is IoT basically a toaster with opinions and a bad attitude?').kind).toBe('fallback');
    // "Is IoT a…?" with no word that likens asks a plain yes or no.
    expect(responder.respond('Is IoT a good name for a cat?').kind).toBe('fallback');
    expect(responder.respond('Is M2M like a cheaper version of Zigbee?').kind).not.toBe('answer');
  });
});

describe('a section of the article named as where to look', () => {
  it('answers what the question asks from that section, not with the section\'s summary its heading\'s words point to', () => {
    const summary = entryOf(responder.respond("What does 'The Main Difference' section say?"));
    for (const q of ["What does 'The Main Difference' section say about whether a human is needed?", 'what does the main difference bit say about growing the network?']) {
      const got = responder.respond(q);
      expect(entryOf(got), q).toBeDefined();
      expect(entryOf(got), q).not.toBe(summary);
      expect(got.kind === 'answer' && got.entry.source, q).toBe('The Main Difference');
    }
  });

  it('reads a heading\'s words as a section only when they are marked as one: "explain the main difference in plain words" asks for the main difference', () => {
    // By the rules alone: the examples learned from development would hide a section wrongly read here.
    const summary = entryOf(rulesAlone.respond("what's the main difference between iot and m2m?"));
    expect(summary).toBeDefined();
    for (const q of ["Would someone explain the main difference in plain words? I'm in sales, not tech.", 'the main difference for a non-tech person?']) expect(entryOf(rulesAlone.respond(q)), q).toBe(summary);
  });
});

describe('which of two things is part of the other, asked in kinship words', () => {
  it('answers which contains which, however the two are described, when asked which way round it goes', () => {
    const subset = entryOf(responder.respond('is iot a subset of m2m?'));
    expect(subset).toBeDefined();
    expectAnsweredAs('Is the wireless web-of-gadgets stuff the little sister of the hard-wired one-to-one kit, or the big sister?', 'is iot a subset of m2m?');
    expectAnsweredAs('Is the online-brain gizmo setup an offshoot of the old wire-between-two-boxes way, or the other way round?', 'is iot a subset of m2m?');
    expectAnsweredAs('IoT or M2M: which one is part of which?', 'is iot a subset of m2m?');
  });

  it('leaves kinship between two other things to what they are ("In IoT, which is part of which: the sensor or the gateway?")', () => {
    const subset = entryOf(responder.respond('is iot a subset of m2m?'));
    for (const q of ['In IoT, which is part of which: the sensor or the gateway?', 'In IoT does the cloud server act as parent to the devices or the reverse?', 'Do the wireless child sensors in IoT connect to a parent gateway, or is it the reverse?']) {
      expect(entryOf(responder.respond(q)), q).not.toBe(subset);
    }
  });

  it('leaves kinship words alone when nothing asks which way round ("is the parent company on the cloud?")', () => {
    expect(entryOf(responder.respond('is the parent company of our supplier on the cloud?'))).not.toBe(entryOf(responder.respond('is iot a subset of m2m?')));
  });
});

describe('a point recalled from the article, then the question', () => {
  it('answers the question when the whole message was answered by what the point says', () => {
    const steps = entryOf(responder.respond('how does an atm transaction go from the machine to the bank and back?'));
    expect(steps).toBeDefined();
    for (const q of [
      'My card got stuck yesterday. The article uses ATMs as an example of M2M - can you walk me through how the transaction goes from the machine to the bank and back?',
      "funny day lol. anyway the article uses the ATM as an M2M example right, so what's the actual chain from the machine to the bank and back?",
    ]) expect(entryOf(responder.respond(q)), q).toBe(steps);
    // The question keeps the side the point names.
    expect(entryOf(responder.respond('the piece talks about IoT gateways: what networks can the devices send over?'))).toMatch(/^iot-/);
    // A point with no question after it is still answered as the point.
    expect(entryOf(responder.respond('The article uses ATMs as an example of M2M, right?'))).toBe(entryOf(responder.respond('is the atm an example of m2m?')));
  });
});

describe('a question after a colon', () => {
  it('answers the question after "…: " as asked alone when the words before only say who asks', () => {
    for (const [framed, alone] of [['Just started, and people keep asking me: should we be using IoT or M2M?', 'should we be using IoT or M2M?'], ['Coming from retail, never dealt with this before: is IoT wireless?', 'is IoT wireless?']]) {
      expect(entryOf(responder.respond(framed as string)), framed).toBe(entryOf(responder.respond(alone as string)));
    }
    // A question that names no side asks about what comes before the colon; so does one after words that name a subject.
    const gapped = responder.respond('Air-gapped / segregated deployment: which does the article recommend?');
    expect(entryOf(gapped)).not.toBe(entryOf(responder.respond('which does the article recommend?')));
    expect(entryOf(responder.respond('On scalability: which is better, IoT or M2M?'))).toBe(entryOf(responder.respond('On scalability, which is better, IoT or M2M?')));
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

  it('reads chat shorthand (tbh, ngl, fr, rn, tho) as no word of the question', () => {
    const plain = rulesAlone.respond('what even is iot');
    const confidence = (r: Response) => ('confidence' in r ? r.confidence : 0);
    expect(plain.kind).toBe('answer');
    for (const q of ['what even is iot tbh', 'ngl what even is iot', 'what even is iot fr', 'what even is iot rn tho']) {
      const r = rulesAlone.respond(q);
      expect(entryOf(r), q).toBe(entryOf(plain));
      expect(confidence(r), q).toBeCloseTo(confidence(plain), 5);
    }
  });

  it('reads the question without what the asker says of themselves ("maybe a silly question but…", "bit lost,")', () => {
    const plain = entryOf(responder.respond('is IoT wireless?'));
    expect(plain).toBeDefined();
    for (const q of ['Maybe a silly question but is IoT wireless?', 'bit lost, is IoT wireless?', 'my first week here 👋 is IoT wireless']) {
      expect(entryOf(responder.respond(q)), q).toBe(plain);
    }
    // However many apologies come first (each one once made the frame's pattern try twice as many ways).
    expect(entryOf(responder.respond(`${'sorry '.repeat(60)}is IoT wireless?`))).toBe(plain);
  });

  it('answers the question after an opening interjection made of words the article uses ("wait", "go on then"), and the article\'s view however it is asked for ("reckon")', () => {
    const plain = entryOf(responder.respond('what is m2m?'));
    expect(plain).toBeDefined();
    for (const q of ['wait what is m2m', 'go on then, what is M2M?', 'hang on - what is m2m?', 'quick q: what is m2m?', 'what does the article reckon M2M is?']) {
      expect(entryOf(responder.respond(q)), q).toBe(plain);
    }
    // "Huh", "oh really": surprise at the answer before, then "why?" of it.
    const grows = turnOf(responder.respond('will m2m die out now that iot is taking over?'));
    const why = entryOf(responder.respond('why?', grows));
    expect(why).toBeDefined();
    for (const q of ['huh, why would that be', 'oh really, why?']) expect(entryOf(responder.respond(q, grows)), q).toBe(why);
  });

  it('answers the one question asked after a story when alone it is clearly surer than the whole message', () => {
    // A development-set message: the story's words ("not my fault", "boss") outvoted its question.
    const question = 'The M2M must have the wireless, yes?';
    const plain = entryOf(responder.respond(question));
    expect(plain).toBeDefined();
    const story = `Hello, today I am in workshop all day, the mower number 4 is broken again and the boss is angry, not my fault. I read the article about IoT and M2M on my break. ${question} My friend say no. After I go to fix the mower.`;
    expect(entryOf(responder.respond(story))).toBe(plain);
    // Only the article's word on the story is asked: the story decides.
    const told = 'I told a client M2M is older than IoT.';
    expect(entryOf(responder.respond(`${told} Does the article back me up? Thanks.`))).toBe(entryOf(responder.respond(told)));
  });

  it('answers the question after a story when its "it" stands for the side it names, or when the whole message is torn between two entries', () => {
    // Development-set messages. "it" after "M2M" is M2M, not something in the story.
    const wireless = 'does M2M even need wireless or can it run totally without it?';
    const plainWireless = entryOf(responder.respond(wireless));
    expect(plainWireless).toBeDefined();
    expect(entryOf(responder.respond(`bro the wifi in staff housing is SO bad, like i can't even stream, and that got me thinking about the lift stuff up top where there's no wifi at all. ${wireless}`))).toBe(plainWireless);
    // The story alone weighs the acronym against the definition: the question decides.
    const acronym = 'what does M2M actually stand for?';
    const plainAcronym = entryOf(responder.respond(acronym));
    expect(plainAcronym).toBeDefined();
    expect(entryOf(responder.respond(`I keep nodding in meetings when people say 'M2M' like I know what it means, and honestly I've been nodding since about March. It's getting embarrassing, my own daughter-in-law uses it. Before I get found out: ${acronym}`))).toBe(plainAcronym);
  });

  it('reads "Hi, first week here. What\'s M2M?" as asking what M2M is: the side alone is the subject', () => {
    for (const q of ["Hi, first week here. What's M2M?", "new starter here. what's m2m?"]) expectAnsweredAs(q, "What's M2M?");
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

  it('answers such a sentence about the article too, when it asks more than the article\'s word ("What\'s the article\'s conclusion?")', () => {
    expectAnsweredAs("What's the article's conclusion? I only glanced at the top section.", "What's the article's conclusion?");
  });

  it('leaves a question that only points at the sentences around it to the whole message', () => {
    const whole = responder.respond('My manager asked me which is better, IoT or M2M. What is the answer here?');
    expect(entryOf(whole)).toBe(entryOf(responder.respond('which is better, IoT or M2M?')));
  });
});

describe('a closing question that points back within the message', () => {
  it('asks it about the one subject named in the sentence before', () => {
    // What M2M means: its definition (the examples' choice) or what the letters stand for (the rules').
    expect(['m2m-definition', 'm2m-acronym']).toContain(entryOf(responder.respond('first week here and everyone keeps saying M2M. what does it mean?')));
    expect(entryOf(rulesAlone.respond('first week here and everyone keeps saying M2M. what does it mean?'))).toBe(entryOf(rulesAlone.respond('what does m2m mean?')));
    // An apostrophe in "lead's" opens no quote: the quoted term is 'UID', and without the quotes nothing is named.
    expect(entryOf(responder.respond("my lead's notes keep saying 'UID' everywhere. no clue what that is?"))).toBe(entryOf(responder.respond('what does uid mean?')));
    expect(rulesAlone.respond("my lead's notes keep saying UID everywhere. no clue what that is?").kind).not.toBe('answer');
    // The examples have seen UID asked about this way, and know what is meant.
    expect(entryOf(responder.respond("my lead's notes keep saying UID everywhere. no clue what that is?"))).toBe(entryOf(responder.respond('what does uid mean?')));
  });

  it('asks a question about "it" inside the sentence that names the subject first, but not one about "that" claim', () => {
    const m2m = entryOf(rulesAlone.respond('what is m2m?'));
    for (const q of ['never heard of M2M before this morning what is it', 'never heard of M2M till today, what is it?']) expect(entryOf(rulesAlone.respond(q)), q).toBe(m2m);
    // "that" is the claim, and "what does it mean by that?" asks what the article means: what scaling means.
    for (const q of ['people say IoT is scalable, what does that mean?', 'the article says IoT is scalable, what does it mean by that?']) expect(entryOf(responder.respond(q)), q).toBe('scalability');
  });

  it('reads the sides as speech-to-text spells them ("em to em", "I owe tea"), and shows the question as typed', () => {
    const m2mWifi = entryOf(responder.respond('does m2m need wifi to work at all'));
    const spoken = responder.respond('does em to em need wifi to work at all');
    expect(entryOf(spoken)).toBe(m2mWifi);
    expect(spoken.question).toBe('does em to em need wifi to work at all');
    expect(entryOf(responder.respond('is eye oh tea the one with the cloud?'))).toBe(entryOf(responder.respond('is iot the one with the cloud?')));
    // The turn after reads it with the sides named.
    expect(turnOf(spoken).question).toBe('does M2M need wifi to work at all');
    // Never a word of everyday English: "I owe tea to the team", "I'm 2 m tall".
    for (const q of ['I owe tea money to Bob', 'I owe tea to the team lol. what is m2m?', "hi, I'm 2 m tall. what is it?"]) {
      const r = responder.respond(q);
      expect('readAs' in r ? r.readAs : undefined, q).toBeUndefined();
    }
  });

  it('finds that question before a closing remark, and does not take "the IoT article" for a side named', () => {
    const uid = entryOf(responder.respond('what does uid mean?'));
    for (const q of ["my lead's notes keep saying 'UID' everywhere. no clue what that is? Sorry. Long day.", "my lead's notes keep saying 'UID' everywhere. What is that in the IoT article? Sorry. Long day."]) expect(entryOf(responder.respond(q)), q).toBe(uid);
  });

  it('does not take "it" in "what does it say?" for the side named before: there "it" is the article', () => {
    const q = 'I recall the article making a claim about M2M and distance, but I have mislaid my copy. What exactly does it say?';
    // The rules alone cannot tell which claim is meant, and say so rather than define M2M; the examples know the claim about distance.
    expect(rulesAlone.respond(q).kind).toBe('fallback');
    expect(entryOf(responder.respond(q))).toBe('m2m-track-record');
    // "What does it mean?" still asks about the side named before.
    expect(['m2m-definition', 'm2m-acronym']).toContain(entryOf(responder.respond('first week here and everyone keeps saying M2M. what does it mean?')));
  });

  it('takes a quoted term before the question as what "it" means, even when the words around it read as something else', () => {
    const q = "Day two on the team and I keep hearing 'UID' in every meeting. What does it mean in the IoT article?";
    expect(entryOf(responder.respond(q))).toBe(entryOf(responder.respond('what does uid mean?')));
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

  it('reads on past the question when what follows recalls what the article says, but not past chatter in the domain\'s words', () => {
    const story = 'Last winter we hooked up the new freezers one at a time and it took weeks.';
    const recalled = 'I remember the article saying something about how much work it is to set up and keep going.';
    expect(entryOf(responder.respond(`${story} Is that just what M2M is like? ${recalled} Anyway, happy Friday everyone.`))).toBe('m2m-setup-maintenance');
    // Without that sentence, or with chatter that only uses the domain's words, the story alone decides.
    const alone = entryOf(responder.respond(`${story} Is that just what M2M is like?`));
    for (const chatter of ['Also the office wifi is down again lol.', 'Our IT guy says IoT is the same thing.']) {
      expect(entryOf(responder.respond(`${story} Is that just what M2M is like? ${chatter}`)), chatter).toBe(alone);
    }
  });
});

describe('whether the two may be used together', () => {
  it('is the article\'s word on using both, even after a story that leans to one side', () => {
    const both = entryOf(responder.respond('can iot and m2m be used together?'));
    expect(both).toBeDefined();
    const story = 'My dad wants to keep the old wired alarms in the shed because they never let him down, and my brother wants everything synced live in the cloud.';
    for (const q of ['Is it OK to use both, or do we need to pick a side?', 'Do both of them have a place?', 'Is it normal to run both side by side?', 'Does the article say I have to commit to one approach, or is it fine to run both?', 'Is it either/or, or can we mix and match?']) {
      expect(entryOf(responder.respond(`${story} ${q}`)), q).toBe(both);
    }
    for (const q of ['so do we have to pick just one?', 'Can we run both side by side, going by the article?']) {
      expect(entryOf(responder.respond(q)), q).toBe(both);
    }
  });

  it('leaves a project read as needing both sides to its recommendation, and growing side by side to the outlook', () => {
    const project = 'The gate controller talks only to its barrier over one cable, but the visitor app has to sync live with every gate through the cloud. Does it make sense to run both?';
    expect(responder.respond(project).kind).toBe('scenario');
    const both = entryOf(responder.respond('can iot and m2m be used together?'));
    expect(entryOf(responder.respond('do these two grow side by side or does one swallow the other?'))).not.toBe(both);
  });
});

describe('which to pick, with nothing said of the project', () => {
  it('is the article\'s general answer, however the asker names their place', () => {
    const general = entryOf(responder.respond('which is better, iot or m2m?'));
    expect(general).toBeDefined();
    for (const q of ['Which one should a mill like ours be using?', 'So which should a place like ours use, IoT or M2M?', 'Is one of them just better than the other?', 'so which one should my company use?', 'like is one just better tho', 'which is better?', "what's the better choice?", 'ok but which one should we actually pick tho', 'which one is best?', 'does the article say which one is better', 'So which one should a fish farm like ours pick?', 'which one should a bakery use?', 'which one should a small yard like ours start with?', 'which one is better for us']) {
      expect(entryOf(responder.respond(q)), q).toBe(general);
    }
  });

  it('is that answer after a filler opening the question ("so like... which one is better"), and with "one\'s" typed "ones"', () => {
    const general = entryOf(responder.respond('which is better, iot or m2m?'));
    for (const q of ['so like... which one is better', 'like which one is better', 'ok so like which one is better', 'which ones better', 'so which ones better?']) expect(entryOf(responder.respond(q)), q).toBe(general);
  });

  it('reads a message without the courtesy closing it ("Thanks in advance.", "Cheers!")', () => {
    const plain = "I keep hearing 'M2M doesn't scale' at every fleet meeting and frankly I'm tired of it. Is that actually in the article or just folklore?";
    for (const close of ['Thanks in advance.', 'Cheers!', 'Sorry if this is a dumb question.']) expectAnsweredAs(`${plain} ${close}`, plain);
  });

  it('is that answer when the asker says who they are first', () => {
    const general = entryOf(responder.respond('which is better, iot or m2m?'));
    for (const q of ["We're a small brewery, which one should we use?", 'I run a dental practice: which one should we pick?', 'we are a big hotel chain, which one should we go for?']) {
      expect(entryOf(responder.respond(q)), q).toBe(general);
    }
  });

  it('is followed by reading the project the asker then tells, with no question of its own, as what the choice depends on', () => {
    const general = turnOf(responder.respond('which one should a brewery use?'));
    for (const told of ["we'll open 10 more taprooms next year", 'the pumps are wired straight to the controller and nothing else']) {
      expect(responder.respond(told, general).kind, told).toBe('scenario');
    }
    // Told after another answer, or asked as a question, it is not read so.
    const date = turnOf(responder.respond('when was the article published?'));
    expect(responder.respond("we'll open 10 more taprooms next year", date).kind).not.toBe('scenario');
    expect(responder.respond('the article was written in 2020', general).kind).not.toBe('scenario');
  });

  it('is not that answer once the project is described, or the choice is about something else', () => {
    expect(responder.respond('we have no wifi at the site. which one should we use?').kind).toBe('scenario');
    expect(responder.respond("We're a bakery with no wifi, which one should we use?").kind).toBe('scenario');
    expect(entryOf(responder.respond('which one should we use for the database?'))).toBeUndefined();
    const general = entryOf(responder.respond('which is better, iot or m2m?'));
    expect(entryOf(responder.respond('which one should the gateway use?'))).not.toBe(general);
  });
});

describe('a side\'s definition asked for at the end of a story', () => {
  it('is that side\'s definition when the meaning of the side alone is asked, which the "thing" in its name does not answer', () => {
    const iot = entryOf(responder.respond('what is iot?'));
    const thing = entryOf(responder.respond("what does the 'thing' in internet of things mean?"));
    expect(thing).not.toBe(iot);
    // What it stands for answers it too.
    const meanings = [iot, entryOf(responder.respond('what does iot stand for?'))];
    for (const q of ['Kindly, what is meaning of IoT according to this article?', 'what mean iot exactly? i need it for my slides', 'What means IoT?', 'what is the internt of things']) expect(meanings, q).toContain(entryOf(responder.respond(q)));
    expect(entryOf(responder.respond('what is the meaning of the thing in IoT?'))).toBe(thing);
  });

  it('is that side\'s definition, however the story around it reads', () => {
    const iot = entryOf(responder.respond('what is iot?'));
    const m2m = entryOf(responder.respond('what is m2m?'));
    expect(iot).toBeDefined();
    expect(m2m).toBeDefined();
    const asked: [string, string | undefined][] = [
      ['My uncle runs a bakery and asked what I do all day. I mumbled something. How would the article describe M2M, in plain terms? He bakes great rye, by the way.', m2m],
      ['The new intern asked me what IoT really is and I froze in front of everyone. How does the article define it?', iot],
      ['Been on nights all week and the coffee machine is broken again. What actually is IoT, for a beginner? Also, anyone seen the van keys', iot],
      // "It" after the one side the sentence names, whatever words of a story share its answers' phrasings.
      ['everyone in the weekly meetings keeps saying M2M, what exactly is it?', m2m],
      ['I keep hearing IoT in every meeting, what really is it?', iot],
      // "it" in a sentence asking what the article says, after what the story asked.
      ['my brother asked what m2m actually is and I froze. what does the article say it is?', m2m],
      // Asked again in the article's terms, or "in the first place".
      ['ok but what is IoT actually, like how does the article describe it?', iot],
      ['so what is the internet of things really, like how does the piece describe it?', iot],
      ['The supplier keeps saying IoT like it solves everything. I just want to know what IoT is in the first place. Also, parking is full again.', iot],
      // "What even is": a newcomer's guess after it asks nothing the definition does not answer.
      ['sorry, what even is m2m, is it some kind of wire?', m2m],
    ];
    for (const [q, definition] of asked) expect(entryOf(responder.respond(q)), q).toBe(definition);
  });

  it('reads "is IoT just the internet?" as asking what IoT is, not how it connects', () => {
    const iot = entryOf(responder.respond('what is iot?'));
    // "..." before a lowercase word is a pause, as "…" is, not the end of a sentence; told, it is asked to be set right.
    for (const q of ['Is the internet of things just, like, the internet? Or is it something else?', 'In plain terms, is IoT just the internet?', "I'll be honest I haven't got a clue what any of this is, is this internet of things just the internet or what", 'Is IoT just... the internet? Sorry if that is a silly one.', 'So IoT is basically the internet, right?']) {
      expect(entryOf(responder.respond(q)), q).toBe(iot);
    }
    // Devices on the internet, or the internet used, ask how IoT connects.
    for (const q of ['Is IoT just gadgets hooked up to the internet?', 'does iot use the internet?']) expect(entryOf(responder.respond(q)), q).not.toBe(iot);
  });

  it('reads a side asked to be defined in quotes, "according (to) the article", "when it\'s at home" or as "the meaning of" it', () => {
    const iot = entryOf(responder.respond('what is iot?'));
    for (const q of ["I'll be honest, forty years in refrigeration and I've never needed to know this. What's this 'Internet of Things' when it's at home?", 'Please can you explain me what is the IoT according this article?', 'Please what is meaning of IoT? My manager say we will have it in our home soon.']) expect(entryOf(rulesAlone.respond(q)), q).toBe(iot);
  });

  it('is not the definition when "it" is something else, or the definition is only part of what is asked', () => {
    const iot = entryOf(responder.respond('what is iot?'));
    expect(entryOf(responder.respond("We say 'thing' all day when we talk about the internet of things. What counts as one? Does the article define it?"))).not.toBe(iot);
    expect(entryOf(responder.respond('What part do gateways play in IoT as the article describes it?'))).not.toBe(iot);
    expect(entryOf(responder.respond('What is IoT used for in hospitals?'))).not.toBe(iot);
    expect(entryOf(responder.respond('what is iot, like how does the article describe its security?'))).not.toBe(iot);
    // A definition waved away, or followed by what is really asked, is not what is asked.
    for (const q of ["I don't care what IoT is, just tell me if it scales better than M2M.", 'What is IoT, compared to M2M?']) expect(entryOf(responder.respond(q)), q).not.toBe(iot);
    expect(entryOf(responder.respond("ok so now that I get what IoT is, what's M2M?"))).toBe(entryOf(responder.respond('what is m2m?')));
  });
});

describe('a story that ends with a question', () => {
  it('asks a closing question that names no side of the two the story names', () => {
    const story = 'Hi, I\'m new here and people keep saying IoT and M2M at lunch.';
    expect(entryOf(responder.respond(`${story} What's the real difference?`))).toBe(entryOf(responder.respond("what's the difference between iot and m2m?")));
    // After a story that names one side, the question is read as it stands: "of what?" is not asked of IoT.
    expect(entryOf(responder.respond("The article calls IoT 'a straight subset' of something. Of what exactly?"))).toBe(entryOf(responder.respond('is iot a subset of m2m?')));
  });

  it('answers a fact asked in the article\'s frame after a project told ("What does the article say is the main difference?"), and reads the project when the frame asks which fits', () => {
    const told = "Three quotes for the chlorine monitoring: one calls it M2M because it's a direct link, one calls it IoT. I'm going round in circles.";
    expect(entryOf(responder.respond(`${told} What does the article say is the main difference between them?`))).toBe(entryOf(responder.respond('what is the main difference between iot and m2m?')));
    expect(responder.respond('We have twelve pumps, each on a direct link to the control box, and no wifi out there. What does the article say?').kind).toBe('scenario');
  });

  const story = 'We run tank sensors wired straight to one controller and we keep adding new sites, so I have been reading up on all this.';

  it('answers a story that asks for all the cases one side is best for with that side\'s list, not a reading of the story', () => {
    const story = 'Security want the pump network sealed off, IT want everything in the cloud, and operations only care that it survives a Wi-Fi outage.';
    expect(responder.respond(`${story} Which one fits?`).kind).toBe('scenario');
    const list = entryOf(responder.respond('when is m2m the best choice?'));
    expect(list).toMatch(/^m2m-/);
    for (const asked of ["Before I referee, what are all the situations where the article says M2M is the best fit? I'll take it from there.", 'So what is the full list of cases where M2M is the right choice?', "Anyway: the article's list of when M2M is the right call? Need it by Friday.", 'Could you list the conditions under which the article says M2M is the best technology?']) {
      expect(entryOf(responder.respond(`${story} ${asked}`)), asked).toBe(list);
    }
    // Asked whether a project is on it, the list is the article's criteria to read the project for.
    expect(responder.respond(`${story} Does our setup match the article's list of when M2M is the right call?`).kind).toBe('scenario');
    // "all" with no list asked for, or in a clause of its own, is not a request for the list.
    expect(entryOf(responder.respond(`${story} Is M2M secure in all situations?`))).not.toBe(list);
    // Asked for the criteria the bot used, it asks about the reading, not the article's list.
    expect(entryOf(responder.respond(`${story} Can you list the criteria you used to pick M2M for us?`))).not.toBe(list);
    expect(responder.respond(`${story} In all cases, which one fits us best?`).kind).toBe('scenario');
  });

  it('reads "what\'s that called in the article?" after a description as asking the article\'s word for it, not the article\'s title', () => {
    const title = entryOf(responder.respond('what is the article called?'));
    expect(title).toBeDefined();
    // By the rules alone, the clause that asks no longer answers with the title; the examples then say what it is.
    for (const q of ['Gauges read from a control room miles from the pipeline - what is that called in the article?', 'One cable from one box straight to another box, which name does the article give to this?']) {
      expect(entryOf(rulesAlone.respond(q)), q).not.toBe(title);
    }
    // An answer about the article itself is on no side: the examples may move it to one ("…nobody on site").
    expect(entryOf(responder.respond("Readings sent back from far-off pipelines with nobody on site, what's that called in the article?"))).not.toBe(title);
    // A story, then which article this is, asks for the article.
    expect(entryOf(responder.respond('we have sensors all over the yard, which article is this?'))).toBe(title);
    // Its title is still its title, "this article" included.
    for (const q of ['I need to cite it in my report, what is the article called?', 'Loved it. What was that article called?', "hi, new here, what's this article called?"]) expect(entryOf(responder.respond(q)), q).toBe(title);
  });

  it('answers the question it ends with when that is not which side fits', () => {
    expect(entryOf(responder.respond(`${story} What does the M in M2M stand for?`))).toBe('m2m-acronym');
    // Typed without its question mark, the closing sentence still asks.
    const grows = 'my mate reckons m2m is basically dead. i disagree.';
    expect(entryOf(responder.respond(`${grows} what does the article say happens to m2m as iot expands`))).toBe(entryOf(responder.respond('what happens to m2m as iot expands?')));
  });

  it('reads "which one scales for that?" after a growing project as asking which fits that project', () => {
    const project = 'The loyalty app goes out to thousands of drinkers next month and has to handle loads more signing up after.';
    for (const closing of ['which one scales for that', 'which one scales for that?']) expect(verdict(`${project} ${closing}`), closing).toBe('iot');
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

describe('what the article does not cover', () => {
  it('declines a two-part question whose other part the article answers, and gives that part, though the first part has no answer to pair it with', () => {
    for (const [q, part] of [['What does MQTT do, and what is M2M?', 'what is M2M?'], ['what is mqtt? and how old is m2m?', 'how old is m2m?'], ['which brand of gateway is best, and does iot need wifi?', 'does iot need wifi?']]) {
      const r = responder.respond(q as string);
      expect(r.kind === 'declined' && r.partial?.entry.id, q).toBe(entryOf(responder.respond(part as string)));
    }
    // A part that points back at the other asks about what the article leaves out: "is it secure?" asks whether MQTT is.
    // So does a part that names neither side nor the article: "the acronym" is SCADA's.
    for (const q of ['who manufactures the sensors, and do they need wifi?', 'what is MQTT and is it secure?', "what's sigfox and is that M2M or IoT?", 'What is SCADA and what does the acronym stand for?']) {
      const vague = responder.respond(q);
      expect(vague.kind === 'declined' && vague.partial, q).toBeNull();
    }
  });

  it('declines the author beyond the byline and the history of firsts, but not questions the article answers in the same words', () => {
    for (const q of ['who does palomi dey sarkar actually work for?', 'The writer of the article, she have an email?', 'When was the first cash machine put in?']) expect(responder.respond(q).kind, q).toBe('declined');
    for (const q of ['Does the writer say M2M would work for a site with no wifi?', 'We have an email thread at work arguing whether cash machines are M2M. Are they?', 'What happens first in the ATM example, the machine or the host processor?', 'how many m2m devices can connect to each other, just two?', 'my manager asked, I must email her back: which one scales better?', 'im new at a telematics company, what is m2m?', 'as an embedded system developer, is IoT a subset of M2M?', 'According to the author, does an engineer have to set up each M2M link by hand?']) {
      expect(responder.respond(q).kind, q).not.toBe('declined');
    }
  });

  it('declines when cash machines took up M2M, hours of labour or a latency spec in numbers, and health effects, which the article never gives', () => {
    for (const q of ['When did cash machines start relying on M2M?', 'When did the first cash machines get M2M links?', 'When did they first put M2M in cash machines?', 'How many engineer-hours does an M2M rollout need each year?', "What's the latency spec for an M2M link?", 'Are the radio waves from IoT gadgets bad for your health?', 'Can the radiation from IoT sensors cause cancer?']) {
      expect(responder.respond(q).kind, q).toBe('declined');
    }
    // The same words about what the article does say, or in a project.
    for (const q of ['How do cash machines use M2M?', 'So when did ATMs talk to the bank, every transaction or constantly?', 'Where did they first put M2M to work?', 'Why does an M2M rollout need so many engineer hours?', 'No matter how many shifts or hours we run, does M2M need a person to keep it going?', 'If our latency spec is strict, does the article lean to M2M or IoT?', 'What are the downsides of wireless IoT?', 'Which fits our radiation monitors, each probe reporting to one logger?']) {
      expect(responder.respond(q).kind, q).not.toBe('declined');
    }
  });

  it('answers a question about the article with a workplace matter told around it, and declines one asked for', () => {
    const equals = "Quick sanity check before my slides go out: does the article treat the two technologies as equals, or does it pull them apart?";
    const plain = responder.respond(equals);
    expect(plain.kind).toBe('answer');
    expect(entryOf(responder.respond(`Coffee machine's broken so I'm running on fumes. ${equals}`))).toBe(entryOf(plain));
    const password = responder.respond('Wifi password please, and is M2M wireless?');
    expect(password.kind === 'declined' && password.subject).toMatch(/workplace/);
  });

  it('declines a question that opens by asking about a technology the article leaves out, though it names two needs in passing', () => {
    for (const q of ['Which encryption standard should protect the data our IoT sensors send to the cloud?', 'Which encryption standard does the article recommend for isolated M2M links?']) expect(responder.respond(q).kind, q).toBe('declined');
    // A project that names it in passing, and asks which side, is still a project.
    expect(verdict('Which side for us? Our 12 pumps are wired to one panel with no wifi and will never grow, so which vendor is best?')).toBe('m2m');
    expect(verdict('Do we go iot or m2m for the weather stations if they are all on fast 4G and we expect thousands of users logging in?')).toBe('iot');
  });

  it('reads a question told as a statement for what it asks, not for the story around it, when nothing is asked outright', () => {
    expectAnsweredAs('The finance team queried the price of the new lockers last week, and I have been asked to find out whether IoT is a subset of M2M.', 'is IoT a subset of M2M?');
    expectAnsweredAs('The finance team queried the price of the new lockers, so I need to find out if IoT is a subset of M2M.', 'is IoT a subset of M2M?');
    // What it asks runs from where it is told: a price asked in the same breath, or a budget beside what someone knows, still declines.
    for (const q of ['I have been asked to find out how much an IoT gateway costs.', 'I need to know the price of IoT and learn what M2M is.', 'I need to know the cost and whether IoT is a subset of M2M.', 'I know how IoT works. Our budget is 5k.']) expect(responder.respond(q).kind, q).toBe('declined');
    // Asked outright, the question is what it asks: the statement before it is story ("…before the budget meeting").
    expectAnsweredAs('I want to understand what the article says about the cloud before the budget meeting. What does it say?', 'what does the article say about the cloud?');
  });

  it('offers its nearest questions for an "I don\'t know" in the domain\'s terms, however weak, and none for chatter that matches weakly', () => {
    const inTheDomain = responder.respond('would the atm thing go faster on fibre?');
    const chatter = responder.respond('how do I bake bread');
    expect(inTheDomain.kind === 'fallback' && inTheDomain.nearest?.length).toBeGreaterThan(0);
    expect(chatter.kind === 'fallback' && chatter.nearest).toEqual([]);
    // Words the knowledge base uses that everyday English uses too are no sign of the domain.
    for (const q of ['can we chat after lunch?', 'the cloud cover today is thick']) {
      const r = responder.respond(q);
      expect(r.kind === 'fallback' ? r.nearest : [], q).toEqual([]);
    }
  });

  it('leaves everyday chatter unanswered though it shares a word with a metaphor some askers use ("group chat", "Lego", "says yes", "graft", "party")', () => {
    // Each of these words, added to the knowledge base as a synonym or phrasing, once made the message answerable.
    for (const q of ['can you add me to the group chat?', 'do you like lego?', 'Did the bank say yes to your loan?', 'did you get the nod from the bank for the mortgage?', 'That was a lot of graft this weekend in the garden', 'when is the end-of-year party?', 'Any good science fiction films this weekend?', 'can you dial in to the 3pm?', 'our test suite is deterministic now, finally', 'my car is more old than yours haha']) {
      expect(responder.respond(q).kind, q).not.toBe('answer');
    }
  });

  it('reads "does it say…" after a story as asking the article, so a topic named only in the story is not declined', () => {
    const q = 'spent the morning on a card reader that kept rebooting, dodgy power supply. anyway. does it say m2m can run over ethernet? ours are all cabled.';
    expect(responder.respond(q).kind).toBe('answer');
    // What M2M runs over, or that it needs no wireless: either says so.
    expect(['m2m-networks', 'wireless-vs-wired']).toContain(entryOf(responder.respond(q)));
    // "want to skim it" is reading quickly, not card skimming.
    expect(entryOf(responder.respond('what are the main sections of the article? want to skim it first'))).toBe(entryOf(responder.respond('what are the main sections of the article?')));
    // A pronoun for the story's subject still reads the story: "We use Zigbee. Does it count as IoT?"
    expect(responder.respond('We use Zigbee. Does it count as IoT?').kind).toBe('declined');
  });

  it('reads a question that points back with the sentence just before it, not the whole story, for what it asks about', () => {
    // The budget is why it is asked, not what is asked; the costs are two sentences back.
    expect(responder.respond("Is the upkeep heavier on one of them? Sorry, I'm asking for the budget sheet.").kind).toBe('answer');
    expect(responder.respond('Our canteen ran out of soup again. Anyway, the new IoT gateways arrived. What do they actually do?').kind).toBe('answer');
    // Named in the sentence just before, or before a short remark, it is what is asked about.
    for (const q of ['We run everything on Zigbee. Does it count as IoT?', 'We went with Sigfox for the meters. Long story. Does it count as M2M?']) expect(responder.respond(q).kind, q).toBe('declined');
  });

  it('answers whether M2M runs over an Ethernet cable or fully wired, and leaves a flat battery in a story alone, but declines which cable category to buy', () => {
    for (const q of ['can m2m go over an ethernet cable or does it have to be wireless?', 'ripping out old cabling in the plant room: can M2M run fully wired?', 'phone battery on 4% so quick one: does adding kit to iot take much work?']) {
      expect(responder.respond(q).kind, q).toBe('answer');
    }
    expect(responder.respond('What category of Ethernet cable do we need for the M2M link?').kind).toBe('declined');
  });

  it('declines operational technology, embedded systems, other "machine to X" acronyms and contactless payments, which the article never discusses', () => {
    for (const [q, topic] of [
      ['how do IoT and OT differ at a power station?', 'OT'],
      ['is the Internet of Things just embedded systems with a new name?', 'embedded systems'],
      ['what is M2H, machine to human, and is it like M2M?', 'machine to X'],
      ['do contactless payments at a till work like the ATM example?', 'payment'],
    ] as const) {
      const r = responder.respond(q);
      expect(r.kind, q).toBe('declined');
      if (r.kind === 'declined') expect(r.subject, q).toContain(topic);
    }
    // A team named after OT, embedded parts and a cable still get their questions answered.
    for (const q of ["new starter in the OT team here, what's IoT in a nutshell?", 'our IT and OT teams argue a lot, is IoT or M2M better for a factory?', 'are iot devices embedded systems?', 'which cable connects m2m machines?']) {
      expect(responder.respond(q).kind, q).not.toBe('declined');
    }
  });

  it('reads budgeting for a side as choosing it, while "how much should we budget for…" still asks a price', () => {
    const told = 'We have exactly three kilns and one controller, and they must hand the schedule between them quickly and without a glitch. Nothing else joins in.';
    for (const close of ['Which approach should I put in the budget?', 'Do I budget for IoT kit or is this an M2M job?', 'Which one should we budget for?']) {
      const r = responder.respond(`${told} ${close}`);
      expect(r.kind === 'scenario' && r.reading.recommendation.verdict, close).toBe('m2m');
    }
    // A figure asked, or no choice of side offered, is still a price; the thing put in the budget is still read.
    for (const q of ['How much should we budget for an IoT gateway?', 'Which gateway do we budget for, roughly, per site?', 'What should we budget for an IoT gateway?', 'Do we need to budget for IoT cloud storage?', 'Which one do we put LoRaWAN gateways in the budget for?']) expect(responder.respond(q).kind, q).toBe('declined');
  });

  it('declines a side compared with something it does not know ("M2M and B2B"), naming it, with what the article says of that side', () => {
    const m2m = entryOf(responder.respond('what is m2m?'));
    for (const q of ["what's the difference between M2M and B2B?", 'M2M vs B2C']) {
      const r = responder.respond(q);
      expect(r.kind === 'declined' && r.subject, q).toBe(q.includes('B2B') ? 'B2B' : 'B2C');
      expect(r.kind === 'declined' && r.partial?.entry.id, q).toBe(m2m);
    }
    // Compared with a term the article has, it is answered: "p2p" is point to point.
    expect(responder.respond('M2M p2p vs IoT cloud?').kind).toBe('answer');
    // The two sides mistyped are no third thing, and a comparison in the story before the question is not what is asked.
    expect(responder.respond("what's the difference between iott and m2m?").kind).not.toBe('declined');
    expect(entryOf(responder.respond('At my last job we ran IoT vs SCADA trials. Anyway, what is m2m?'))).toBe(m2m);
    // The asker's word is quoted as their text, never as formatting.
    expect(replyTo(responder.respond('what is the difference between m2m and b2b?'), kb, TERMINAL_COMMANDS).text).toContain('"b2b"');
  });

  it('declines a side likened to an unknown term ("is Teletrac an example of M2M?"), one a letter away from the side it names ("m2m and m2c"), or named in the sentence before', () => {
    const dcs = responder.respond('is DCS the same as M2M?');
    expect(dcs.kind).toBe('declined');
    // With an article before it, a word after it, or "the same idea as"; an acronym typed alone in capitals is still a name.
    const likened = [['Is Teletrac an example of M2M?', 'Teletrac'], ["what's the difference between m2m and m2c?", 'm2c'], ['DCS. Same thing as M2M?', dcs.kind === 'declined' ? dcs.subject : ''], ['Is a CMMS the same thing as IoT?', 'CMMS'], ['is H2H banking the same idea as M2M?', 'H2H']] as const;
    for (const [q, subject] of likened) {
      const r = responder.respond(q);
      expect(r.kind === 'declined' && r.subject, q).toBe(subject);
    }
    // A side mistyped by a letter dropped is no other term, and "Related:" or "Similar question," after a story only introduces a question.
    expect(responder.respond('m2m vs m2').kind).not.toBe('declined');
    for (const q of ['We use SCADA in the plant. Related: what is M2M?', 'We use SCADA in the plant. Similar question, what does IoT stand for?']) expect(responder.respond(q).kind, q).toBe('answer');
    // An example the article gives, or a word it knows, is still answered.
    for (const q of ['is an ATM an example of M2M?', 'is a cashpoint an example of m2m', 'is iot the same as m2m?']) expect(responder.respond(q).kind, q).toBe('answer');
  });

  it('answers "who wrote it and when?" with the one entry that gives both, however it is typed, unless something else is asked too', () => {
    const both = entryOf(responder.respond('who wrote it and when did it come out?'));
    const author = entryOf(responder.respond('who wrote the article?'));
    expect(both).not.toBe(author);
    for (const q of ['who wrot the piece n wen', 'Article author + date pls', 'Who penned the thing, and on what date?', 'who is the writer and what year was it?']) expect(entryOf(responder.respond(q)), q).toBe(both);
    // One of the two alone is that one; a second question keeps its own answer; the asker's memo is still declined.
    for (const q of ['who is the author?', 'when was it published?']) expect(entryOf(responder.respond(q)), q).not.toBe(both);
    // Who made or decided something else, and when, is not the byline.
    for (const q of ['who made the first M2M system and when?', 'who is making the decision and when?', 'who installed the sensors and when?']) expect(entryOf(responder.respond(q)), q).not.toBe(both);
    const two = responder.respond('who wrote the article and when? also, which one is better overall?');
    expect(two.kind === 'compound' && two.answers.length).toBe(2);
    expect(responder.respond('who wrote our memo and when?').kind).toBe('declined');
  });

  it('declines who wrote, dated or headed a document of the asker\'s ("the memo", "our annual report"), which the article\'s byline does not answer', () => {
    for (const q of ['who wrote the memo?', 'When was the report published?', 'Who wrote our annual report?', 'what sections does the safety policy have?', 'who is the author of the new handbook?']) {
      expect(responder.respond(q).kind, q).not.toBe('answer');
    }
    // The article named, "this report", or a document that only cites it, is still a question about the article.
    for (const q of ['Our report cites this. When was it published?', 'My report quotes it, who wrote it?', 'who wrote this report?', 'who is the author, I need that for the report', 'who is the author for the memo I am writing?', "I'm quoting it in the report - when was it published?"]) expect(responder.respond(q).kind, q).toBe('answer');
    // A memo about IoT is still the asker's memo; in two questions, the other part is answered.
    expect(responder.respond('who wrote our memo on IoT?').kind).toBe('declined');
    const two = responder.respond('what is iot and who wrote the memo?');
    expect(two.kind === 'declined' && two.partial?.entry.id).toBe(entryOf(responder.respond('what is iot?')));
    // The document only where the answer will go is no document asked about.
    const author = entryOf(responder.respond('Who wrote the article?'));
    expect(author).toBeDefined();
    for (const q of ['who wrote the piece?', 'who wrote the blog post', 'for the memo I am writing, who is the author?', 'who wrote the IoT vs M2M report?']) expect(entryOf(responder.respond(q)), q).toBe(author);
  });

  it('reads a number run into its unit ("2.4ghz", "50mbps") as the unit, which the article gives no figures for', () => {
    for (const q of ['2.4ghz or 5ghz wifi for iot gateways?', 'is 50mbps enough bandwidth for iot gateways?']) expect(responder.respond(q).kind, q).toBe('declined');
    expect(responder.respond('does m2m work over 5g?').kind).not.toBe('answer');
    // A name with a digit in it is no number with a unit: "3gpp" is still the standards body.
    expect(responder.respond('what does 3gpp say about m2m?').kind).toBe('declined');
  });

  it('reads "…, and by whom?" about the article as its byline, and about an invention as history it does not give', () => {
    const byline = responder.respond('On what date did the article come out, and by whom?');
    expect(['source-article', 'source-date', 'source-author']).toContain(entryOf(byline));
    for (const q of ['What year was M2M invented, and by whom?', 'When were ATMs first connected to banks, and by whom?', 'when was iot developed and by who']) expect(responder.respond(q).kind, q).toBe('declined');
    // Created or used "and by whom" may be the article's byline or the article's users: not declined as history.
    for (const q of ['when was the article created, and by whom?', 'what is m2m used for and by whom?']) expect(responder.respond(q).kind, q).not.toBe('declined');
    // Who invented it or named it, however phrased, is history the article does not give.
    for (const q of ['Who actually invented IoT, and what year was that?', 'When the M2M was invented? Who make the name?']) expect(responder.respond(q).kind, q).toBe('declined');
    for (const q of ['Is there a NIST framework for IoT security?', 'Which microservices framework should our IoT backend use?']) expect(responder.respond(q).kind, q).toBe('declined');
    // Power, latency in milliseconds, which box to buy, the Industrial Internet of Things: not in the article either.
    for (const q of ['Does M2M use less electricity than IoT?', 'Which one needs more electricity, IoT or M2M?', 'Who named IoT?', 'Response time of IoT vs M2M, in ms?', 'Which gateway box should we buy?', 'How is the Industrial Internet of Things different?']) expect(responder.respond(q).kind, q).toBe('declined');
    // The same words about what the article does cover are answered: energy use monitored, a UID likened to an email address, a side's invention beside its growth.
    for (const q of ['Does M2M monitor energy usage, like whether we use less electricity at night?', 'Is a UID basically an email address for an IoT device?', 'When IoT was invented, did it replace M2M?']) expect(responder.respond(q).kind, q).not.toBe('declined');
  });

  it('answers what the article says about a subject it covers, though the story before it names something it does not', () => {
    const story = 'Sorry for the essay. At the staff bbq Callum went on about the cloud for an hour, and I was too busy with the burgers to ask';
    expect(entryOf(responder.respond(`${story} what does the article say about iot and the cloud? like what's the point of it`))).toBe(entryOf(responder.respond('what does the article say about iot and the cloud?')));
    expect(responder.respond('edge computing vs cloud for iot - which does the article recommend?').kind).not.toBe('answer');
    // What the article says about the thing out of scope is still declined.
    expect(responder.respond('At the expo everyone was demoing gear, so what does the article say about Zigbee pairing?').kind).toBe('declined');
  });

  it('declines a request or a "which one" question about something out of scope, though it has no question mark or names it earlier', () => {
    for (const q of ['Please explain how Zigbee pairing works. Is IoT wireless?', "We're evaluating MQTT brokers for the plant. Which one is best?"]) expect(responder.respond(q).kind, q).toBe('declined');
  });

  it('does not decline questions the article answers that share words with a scope term', () => {
    for (const q of ['can m2m track the energy consumption of machines?', 'does M2M gain more power as IoT expands?', 'what range of things can m2m monitor?', 'I edited my question: what is m2m?', 'Will M2M need replacing once IoT takes over?', 'How long until IoT replaces M2M?', 'Is an M2M network easier to put in lockdown than IoT?', 'was the article written in 2021?']) {
      expect(responder.respond(q).kind, q).not.toBe('declined');
    }
    // Words a scope term shares with a question the article answers.
    for (const q of ['Once the data has been shared between the machines, what happens in the ATM example?', 'how many connected machines are there in the ATM example?']) expect(responder.respond(q).kind, q).not.toBe('declined');
    // Words that once made scope terms ("is fake", "back up the", "power bill", "long to roll out"), in questions the article answers.
    for (const q of [
      'My colleague says the difference between IoT and M2M is fake, is it?',
      'Does the article back up the claim that IoT is a subset of M2M?',
      'Does M2M monitor energy consumption, like for the power bill?',
      'Does it take long to roll out new IoT devices?',
    ]) expect(responder.respond(q).kind, q).not.toBe('declined');
    // How MEMS work inside is not covered; what they have to do with IoT is, and so is whether M2M scales.
    for (const q of ['Can you explain what microservices have to do with IoT?', 'Does M2M have scalability limits?', 'Does M2M only connect two devices per network link?']) expect(responder.respond(q).kind, q).not.toBe('declined');
    // The article's own "network-based platform" is no product choice; which platform to buy is.
    expect(responder.respond('what platform and infrastructure identify the things of iot?').kind).not.toBe('declined');
    expect(responder.respond('what platform should we buy for our iot rollout?').kind).toBe('declined');
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

  it('reads a question told as "someone asked whether…" from there on, a claim pointed back to as its words, not who told it where, and "Article say that?" as checking it', () => {
    const asked = responder.respond('At the budget meeting a councillor asked whether IoT is part of M2M or a separate thing. I said I would check. Then we moved on to the car park.');
    expect(asked.kind, 'the budget and the car park are the story').toBe('answer');
    expect(entryOf(asked)).toBe(entryOf(responder.respond('Is IoT part of M2M or a separate thing?')));
    expect(responder.respond('Our finance lead asked about the budget and whether M2M is cheaper.').kind).toBe('declined');
    // "Article backs this?" checks the claim before it, as "does the article back this?" does.
    expect(entryOf(responder.respond('The wiring is all point to point here. Article backs this?'))).toBe(entryOf(responder.respond('The wiring is all point to point here.')));
    // A claim pointed back to is its words, not who told it where; a claim about cost is still declined.
    for (const q of ['The man in the canteen says M2M is always wireless. Does the article back that?', 'The lads in the canteen reckon M2M is always wireless. Is that in the article?']) expect(entryOf(responder.respond(q)), q).toBe(entryOf(responder.respond('Is M2M always wireless?')));
    expect(entryOf(responder.respond('Dave in the car park said M2M needs no people. Is that so?'))).toBe(entryOf(responder.respond('M2M needs no people.')));
    expect(responder.respond('Our accountant says IoT is cheaper. Is that true?').kind).toBe('declined');
    // Who told a claim may be what it is about: "it" is the datasheet's Sigfox.
    for (const q of ['The Sigfox datasheet says it is M2M. Is that true?', 'Zigbee docs say it works without the internet. Is that right?', 'Our payroll system vendor says it is IoT. Is that correct?']) expect(responder.respond(q).kind, q).toBe('declined');
    // LinkedIn as the teller of a claim is not what is asked; the author on LinkedIn is.
    expect(responder.respond('Someone on LinkedIn says IoT is just M2M rebranded. Is that right?').kind).not.toBe('declined');
    for (const q of ['Is the author on LinkedIn?', 'does sarkar have a linkedin profile']) expect(responder.respond(q).kind, q).toBe('declined');
  });

  it('declines details and examples the article never gives (its editor, the author\'s other work, standards by code, power and bandwidth, resets, ROI, ranges, user counts, vending machines)', () => {
    const declined = (questions: string[]) => {
      for (const q of questions) expect(responder.respond(q).kind, q).toBe('declined');
    };
    // The byline's gaps, standards and regulations by their codes, and the devices' own energy use.
    declined(['who was the editor of that iot piece?', 'what else did the author of this m2m vs iot write?']);
    // The site's other articles: the bot knows this one only.
    declined(['could you sum up the next article in that iot series?', 'what does the companion piece on m2m security say?']);
    // A claim cited from another article asks about this one.
    expect(responder.respond('I read in another article that IoT is a subset of M2M, does this one agree?').kind).toBe('answer');
    // How widely it was read, and installation steps.
    declined(['how many readers has the m2m article had?', 'what are the steps to install an iot sensor on a wall?']);
    declined(['must the gateway be ce marked?', 'where is the company based that runs the site?', 'what year was the first m2m pager sold?']);
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

  it('declines sizing, mounting, the exact standards, cloud bills, later editions and events, the author\'s career and a link lost mid-transaction, though each names something the article covers', () => {
    for (const q of ['What\'s the best way of mounting an IoT gateway on a wall?', 'Which IoT standards exactly should our kit follow?', 'Does scaling IoT up mean a bigger cloud bill each month?', 'How many gateways would we need for a 40-room hotel?', 'Is there a newer edition of the article?', "What's the author's professional background?", 'What has changed in M2M since 2020?', 'What happens if a cash machine loses its M2M link mid-withdrawal?', 'What is the mileage rate for driving to the depot?']) {
      expect(responder.respond(q).kind, q).toBe('declined');
    }    // The same words asking what the article does cover are answered.
    for (const q of ['Is there mounting evidence that IoT is replacing M2M?', 'How many ATM steps does the article walk through?', 'Do M2M networks need IT staff at each site?', 'Which research areas use M2M, according to the article?', 'So what has changed with IoT compared to M2M?', 'what happens halfway through a transaction at an atm?', "I've no professional background in networking - what is m2m in simple terms?", 'Which one gets more mileage in logistics, IoT or M2M?']) {
      expect(responder.respond(q).kind, q).not.toBe('declined');
    }
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

describe('either would do', () => {
  it('answers instead of asking "did you mean" when the two choices are neighbouring entries', () => {
    const samples = ['Is IoT wireless?', 'is iot wireless or not', 'how does the atm thing work', 'what does the article recommend', 'what about the atm', 'what about wires', 'when was it written and by whom'];
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

describe("a learner's wording", () => {
  it('reads "iot things" as IoT\'s devices, unless the question is about the "thing" itself', () => {
    expectAnsweredAs('do iot things need the internet to work? total noob q', 'do iot devices need the internet to work? total noob q');
    expect(entryOf(responder.respond('do iot things need the internet to work?'))).not.toBe('iot-thing-meaning');
    expect(entryOf(responder.respond("they call them 'IoT things', so what is the thing in internet of things?"))).toBe('iot-thing-meaning');
  });

  it('reads "more old" as "older", and a person needed "to control it" as human input', () => {
    expectAnsweredAs('Which is more old, IoT or M2M?', 'Which is older, IoT or M2M?');
    expectAnsweredAs('Is M2M more old than IoT?', 'Is M2M older than IoT?');
    expectAnsweredAs('Which one is more new, IoT or M2M?', 'Which one is newer, IoT or M2M?');
    expect(entryOf(responder.respond('IoT need always a person to control it, no?'))).toBe('iot-no-human');
  });

  it('reads "expensive in labour" as the article\'s "labour-intensive", not as a question about money', () => {
    expectAnsweredAs('Is an M2M network expensive in labour to keep going?', 'Is an M2M network labour-intensive to keep going?');
    expectAnsweredAs('does the article say m2m is expensive in man-hours to maintain?', 'does the article say m2m is labour-intensive to maintain?');
    expectAnsweredAs('Is M2M expensive in ops terms to run?', 'Is M2M labour-intensive to run?');
    // Money asked about is still declined: the article gives no prices.
    expect(responder.respond('is m2m expensive?').kind).toBe('declined');
  });
});

describe('which side lacks something', () => {
  const sidesNamedIn = (r: Response) => (r.kind === 'answer' ? ['IoT', 'M2M'].filter((side) => r.entry.answer.includes(side)) : []);

  it('answers "which one is NOT…?" with an entry that weighs both sides on it, not one side\'s or a recommendation of the side that has it', () => {
    for (const q of ['Which one is NOT labour-heavy to set up?', 'Which one does NOT use point to point?', "which one's not point to point", 'Which one is NOT the right pick if we need to scale fast?', 'Which one is NOT described as sitting in a big cloud-based network?']) {
      const r = responder.respond(q);
      expect(r.kind, q).toBe('answer');
      expect(sideOfEntry(entryOf(r) ?? ''), q).toBeUndefined();
      expect(sidesNamedIn(r), q).toEqual(['IoT', 'M2M']);
    }
    // The same question asked the plain way round is answered as before: by the side that has it.
    expect(sideOfEntry(entryOf(responder.respond('Which one is labour-heavy to set up?')) ?? '')).toBe('m2m');
  });

  it('keeps the side whose entry is about not needing something', () => {
    // M2M's criteria are working without Wi-Fi and not having to scale: they answer "which one does NOT need…?" as they stand.
    for (const q of ['Which one does NOT need Wi-Fi to stay operational?', "which one doesn't require wifi?", 'which one does not require quick scalability?']) expect(sideOfEntry(entryOf(responder.respond(q)) ?? ''), q).toBe('m2m');
  });
});

describe('"thing" said in passing', () => {
  const whatTheThingIs = entryOf(responder.respond("what's the 'thing' in Internet of Things?"));

  it('reads the rest of the question when "thing" only rounds off a phrase', () => {
    expect(whatTheThingIs).toBeDefined();
    for (const q of ['is the smart-gadget thing all about pooling data in a cloud?', "what is the whole 'sky brain' thing iot sits in for?", 'can the gadgets just do their own thing or do they need a network?']) {
      const r = responder.respond(q);
      expect(r.kind === 'answer' || r.kind === 'clarify' ? r.candidates[0]?.entry.id : undefined, q).not.toBe(whatTheThingIs);
      expect(r.kind === 'answer' || r.kind === 'clarify' ? r.readAs : undefined, q).not.toMatch(/\bthing\b/);
    }
    // The same question without the word gets the same answer: the word only rounded it off.
    expect(entryOf(responder.respond('is the smart-gadget thing all about pooling data in a cloud?'))).toBe(entryOf(responder.respond('is the smart-gadget all about pooling data in a cloud?')));
  });

  it('keeps "thing" when it is what is asked about', () => {
    for (const q of ['what is the thing in internet of things', "what's the 'thing' bit about?", "what counts as a 'thing'?", 'is my fridge a thing in iot?']) expect(entryOf(responder.respond(q)), q).toBe(whatTheThingIs);
  });
});

describe('the article misspelt', () => {
  it('reads "artcle", "artical" and "aritcle" as the article, so "what does the artcle say about…" asks about the subject', () => {
    expectAnsweredAs('what does the artcle say about security', 'what does the article say about security');
    expectAnsweredAs('what is the titel of the artical', 'what is the titel of the article');
    expectAnsweredAs('when was the aritcle published?', 'when was the article published?');
  });

  it('leaves words of their own alone', () => {
    // "artiste" is two slips from "article" too, but a word of its own.
    const r = responder.respond('who is the artiste behind it?');
    expect(String('readAs' in r ? r.readAs : '')).not.toMatch(/article/);
  });
});
