/** What the bot learned from labelled example questions, and how far the responder lets it decide. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ExampleModel, examplesFrom, LEARNED_FILE, loadExampleModel, needsFrom, OFF_TOPIC, projectsFrom, readExampleModel, TURN_WORDS, turnsFrom, type Example } from '../../src/answers/exampleModel.js';
import { loadQuestionSet, type InScopeQuestion } from '../../src/answers/questionSets.js';
import { turnOf, type PreviousTurn, type Response } from '../../src/answers/respond.js';
import { words } from '../../src/answers/text.js';
import { silentLogger } from '../../src/log.js';
import { loadServices } from '../../src/services.js';

const services = loadServices({ logger: silentLogger });
const stem = (word: string) => services.engine.stem(word);
const entryOf = (r: Response) => (r.kind === 'answer' ? r.entry.id : r.kind);

/** Examples that teach one entry a few everyday words, beside enough off-topic chatter to make a class of it. */
const examples = (entryId: string, ...texts: string[]): Example[] => [
  ...texts.map((text) => ({ text, entryId })),
  ...['what time is lunch', 'who has the projector', 'is the car park open', 'where is the printer', 'the printer is jammed again', 'my laptop will not start'].map((text) => ({ text, entryId: OFF_TOPIC })),
];
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the example model', () => {
  const model = ExampleModel.train(
    [
      ...examples('iot-fit-fast-internet', 'do the gadgets need fat bandwidth', 'how much bandwidth do the gadgets want', 'is a fat pipe needed'),
      { text: 'where does all the data live', entryId: 'cloud-large-scale-data' },
      { text: 'does all the data live in one place', entryId: 'cloud-large-scale-data' },
    ],
    stem,
    'test',
  );

  it('names the class whose examples share the message\'s words, and how far ahead it is', () => {
    const opinion = model.opinion('what bandwidth do our gadgets need?', stem);
    expect(opinion).toMatchObject({ entryId: 'iot-fit-fast-internet' });
    expect(opinion?.margin).toBeGreaterThan(0);
    expect(opinion?.overOffTopic).toBeGreaterThan(0);
    expect(model.opinion('where will the data live?', stem)?.entryId).toBe('cloud-large-scale-data');
    expect(model.opinion('where is the printer?', stem)?.entryId).toBe(OFF_TOPIC);
  });

  it('weighs the function words that tell two questions apart ("with" or "without"), but never reads function words alone', () => {
    const wifi = ExampleModel.train(
      [
        ...examples('m2m-fit-no-wifi', 'does it work without wifi', 'which one works without wifi'),
        ...examples('iot-fit-fast-internet', 'does it work with wifi', 'which one works with wifi').filter((e) => e.entryId !== OFF_TOPIC),
      ],
      stem,
      'test',
    );
    expect(wifi.opinion('which works without wifi?', stem)?.entryId).toBe('m2m-fit-no-wifi');
    expect(wifi.opinion('which works with wifi?', stem)?.entryId).toBe('iot-fit-fast-internet');
    expect(wifi.opinion('is it the one with the most?', stem)).toBeUndefined();
  });

  it('has no opinion on words it never saw', () => {
    expect(model.opinion('zebra quartz', stem)).toBeUndefined();
  });

  it('learns only terms seen in two examples or more, and keeps only the weights that count', () => {
    const { bayes, softmax } = model.data.entries;
    if (!softmax) throw new Error('the entries are learned by both models');
    for (const terms of [bayes.terms, softmax.terms]) {
      expect(terms).toContain('bandwidth');
      expect(terms).not.toContain('projector');
    }
    // Class index and weight, alternating: no weight kept is near nothing.
    expect(softmax.weights.filter((_, i) => i % 2 === 1).every((w) => Math.abs(w) >= 20)).toBe(true);
  });

  it('blends the softmax model into naive Bayes\'s opinion, telling apart what naive Bayes counts alike ("with" or "without")', () => {
    // Two examples each: naive Bayes weighs "wifi" for both alike and "without" for neither; the softmax model weighs "without".
    const split = ExampleModel.train([...examples('m2m-fit-no-wifi', 'works without wifi', 'runs without wifi'), ...examples('iot-fit-fast-internet', 'works with wifi', 'runs with wifi').filter((e) => e.entryId !== OFF_TOPIC)], stem, 'test');
    const both = split.opinion('works without wifi', stem);
    expect(both?.entryId).toBe('m2m-fit-no-wifi');
    // Naive Bayes alone cannot tell the two apart: the margin is the softmax model's share of it.
    const bayesOnly = ExampleModel.restored({ ...split.data, entries: { ...split.data.entries, softmax: { ...split.data.entries.softmax, weights: [], terms: [], starts: [0] } } });
    expect(bayesOnly.opinion('works without wifi', stem)?.margin).toBeCloseTo(0, 5);
    expect(both?.margin).toBeGreaterThan(0.1);
  });

  it('learns the same model from the same examples, whatever ran before', () => {
    const again = ExampleModel.train([...examples('iot-fit-fast-internet', 'do the gadgets need fat bandwidth', 'how much bandwidth do the gadgets want')], stem, 'test');
    const twice = ExampleModel.train([...examples('iot-fit-fast-internet', 'do the gadgets need fat bandwidth', 'how much bandwidth do the gadgets want')], stem, 'test');
    expect(twice.data).toEqual(again.data);
  });

  it('reads back what it wrote, with the same opinions', () => {
    const back = ExampleModel.restored(JSON.parse(JSON.stringify(model.data)));
    expect(back.opinion('what bandwidth do our gadgets need?', stem)).toEqual(model.opinion('what bandwidth do our gadgets need?', stem));
  });

  it('refuses data that is not such a model, naming the field', () => {
    const data = model.data;
    const entries = data.entries;
    const { softmax } = entries;
    if (!softmax) throw new Error('the entries are learned by both models');
    expect(() => ExampleModel.restored(null)).toThrow(/"entries"/);
    expect(() => ExampleModel.restored({ ...data, entries: undefined })).toThrow(/"entries" must hold the models learned/);
    expect(() => ExampleModel.restored({ ...data, entries: { ...entries, bayes: undefined } })).toThrow(/"entries.bayes" must be a learned model/);
    expect(() => ExampleModel.restored({ ...data, entries: { ...entries, softmax: { ...softmax, bias: [1] } } })).toThrow(/"entries.softmax.bias"/);
    expect(() => ExampleModel.restored({ ...data, entries: { ...entries, bayes: { ...entries.bayes, counts: [99, 1] } } })).toThrow(/"entries.bayes.counts"|"entries.bayes.starts"/);
    // Both read the same classes, in the same order, or their opinions cannot be added up.
    const reversed = [...softmax.classes].reverse();
    expect(() => ExampleModel.restored({ ...data, entries: { ...entries, softmax: { ...softmax, classes: reversed } } })).toThrow(/"entries.softmax.classes" must be "entries.bayes.classes"/);
    expect(() => ExampleModel.restored({ ...data, turns: { ...entries, bayes: { ...entries.bayes, classes: 'x' } } })).toThrow(/"turns.bayes.classes"/);
    expect(() => ExampleModel.restored({ ...data, turns: entries, turnsFollowed: { a: [1] } })).toThrow(/"turnsFollowed"/);
  });

  it('is not needed: without a file the engine answers alone; a broken file is reported once, with its fix, and skipped', () => {
    const dir = mkdtempSync(join(tmpdir(), 'learned-'));
    dirs.push(dir);
    const warnings: string[] = [];
    expect(loadExampleModel(dir, (m) => warnings.push(m))).toBeUndefined();
    expect(warnings).toEqual([]);
    writeFileSync(join(dir, LEARNED_FILE), '{"entries": [');
    const broken = loadExampleModel(dir, (m) => warnings.push(m));
    expect(broken?.opinion('what bandwidth do our gadgets need?', stem)).toBeUndefined();
    expect(broken?.opinion('what bandwidth do our gadgets need?', stem)).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(join(dir, LEARNED_FILE));
    expect(warnings[0]).toContain('npm run learn');
  });

  it('the one in knowledge/ is what `npm run learn` makes of the development sets today', () => {
    const dev = loadQuestionSet(resolve('tests/fixtures/questions/dev'));
    const fresh = ExampleModel.train(examplesFrom(dev), stem, 'compared', { needs: needsFrom(dev, services.criteria), projects: projectsFrom(dev), turns: turnsFrom(dev) });
    const kept = readExampleModel(resolve('knowledge', LEARNED_FILE));
    expect({ ...kept.data, about: '' }, 'knowledge/learned.json is stale: npm run learn').toEqual({ ...fresh.data, about: '' });
    // Learning from 61,000 messages takes some 14 s alone, and several times that beside other work on two cores.
  }, 180_000);

  it('is never learned from, nor cross-validated on, a held-out set', () => {
    const before = readFileSync(resolve('knowledge', LEARNED_FILE), 'utf8');
    const learn = spawnSync(process.execPath, ['dist/cli/learn.js', '--set', 'tests/fixtures/questions/holdout'], { encoding: 'utf8' });
    expect(learn.status).toBe(2);
    expect(learn.stderr).toContain('held-out');
    expect(readFileSync(resolve('knowledge', LEARNED_FILE), 'utf8')).toBe(before);
    const evaluation = spawnSync(process.execPath, ['dist/cli/eval.js', '--set', 'holdout', '--cross-validate'], { encoding: 'utf8' });
    expect(evaluation.status).toBe(2);
    expect(evaluation.stderr).toContain('held out');
  });

  it('names the file, the item and the fix when a question set is broken or missing, with no stack trace and no model written', () => {
    const before = readFileSync(resolve('knowledge', LEARNED_FILE), 'utf8');
    const dir = mkdtempSync(join(tmpdir(), 'iot-or-m2m-set-'));
    const cases: [string, RegExp][] = [
      ['questions:\n  - q: "what is m2m?"\n    style: chatty\n    expect: [m2m-definition]\noff_topic: []\n', /broken\.yml: questions\[0\]: style "chatty" is not one of/],
      ['questions: [\n', /broken\.yml: YAML: /],
      ['questions:\n  - q: "what is m2m?"\n    style: follow-up\n    expect: [m2m-definition]\n    then: "and iot?"\noff_topic: []\n', /broken\.yml: questions\[0\]: "then" must be a list/],
    ];
    for (const [text, message] of cases) {
      writeFileSync(join(dir, 'broken.yml'), text);
      for (const cli of ['dist/cli/learn.js', 'dist/cli/eval.js']) {
        const run = spawnSync(process.execPath, [cli, '--set', dir], { encoding: 'utf8' });
        expect(run.status, cli).toBe(1);
        expect(run.stderr, cli).toMatch(message);
        expect(run.stderr, cli).toContain('point --set at another folder');
        expect(run.stderr, cli).not.toMatch(/\n\s+at /);
      }
    }
    const missing = spawnSync(process.execPath, ['dist/cli/learn.js', '--set', join(dir, 'nowhere')], { encoding: 'utf8' });
    expect(missing.stderr).toMatch(/nowhere cannot be read \(ENOENT\)\nFix it/);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(resolve('knowledge', LEARNED_FILE), 'utf8')).toBe(before);
  });

  it('learns from messages that stand alone: no scenario, two-part question or follow-up turn teaches a class', () => {
    const set = loadQuestionSet(resolve('tests/fixtures/questions/dev'));
    const taught = new Set(examplesFrom(set).map((e) => e.text));
    const scenario = set.questions.find((q) => q.style === 'scenario');
    const compound = set.questions.find((q) => q.parts);
    const turn = set.questions.find((q) => q.then)?.then?.[0];
    expect(scenario && compound && turn).toBeDefined();
    expect(taught.has(scenario?.q ?? '')).toBe(false);
    expect(taught.has(compound?.q ?? '')).toBe(false);
    expect(taught.has(turn?.q ?? '')).toBe(false);
    expect(examplesFrom(set, () => false)).toEqual([]);
  });

  it('learns the needs a described project states apart, from each criterion it is labelled with, and never answers an entry with one', () => {
    const set = loadQuestionSet(resolve('tests/fixtures/questions/dev'));
    const needs = needsFrom(set, services.criteria);
    const scenario = set.questions.find((q) => q.verdict !== undefined && q.expect.filter((id) => services.criteria.has(id)).length === 2);
    expect(needs.filter((n) => n.text === scenario?.q).map((n) => n.entryId)).toEqual(scenario?.expect.filter((id) => services.criteria.has(id)));
    expect(needs.every((n) => services.criteria.has(n.entryId) || n.entryId === OFF_TOPIC)).toBe(true);
    expect(needs.filter((n) => n.entryId === OFF_TOPIC).map((n) => n.text)).toEqual(set.offTopic.map((q) => q.q));
    expect(needsFrom(set, services.criteria, () => false)).toEqual([]);
    const asked = examples('iot-fit-fast-internet', 'do the gadgets need fat bandwidth', 'how much bandwidth do the gadgets want');
    // Each told eight times: the needs keep only terms seen that often.
    const eightTimes = <T,>(examples: T[]) => Array.from({ length: 8 }, () => examples).flat();
    const learned = ExampleModel.train(
      asked,
      stem,
      'test',
      {
        needs: eightTimes([
          { text: 'the gadgets live on a fat pipe of bandwidth', entryId: 'iot-fit-fast-internet' },
          { text: 'the pumps sit on a sealed network', entryId: 'm2m-fit-security-isolation' },
          { text: 'the vaults sit on their own sealed network', entryId: 'm2m-fit-security-isolation' },
          { text: 'my manager wants it before friday', entryId: OFF_TOPIC },
          { text: 'my manager asked me to find out before friday', entryId: OFF_TOPIC },
        ]),
      },
    );
    expect(learned.opinion('our pumps are on a sealed network', stem, 'needs')?.entryId).toBe('m2m-fit-security-isolation');
    // Chatter states no need: the off-topic messages teach that.
    expect(learned.opinion('my manager asked me before friday', stem, 'needs')?.entryId).toBe(OFF_TOPIC);
    // Without off-topic messages to tell a need from none, nothing is learned of the needs.
    expect(ExampleModel.train(asked, stem, 'test', { needs: [{ text: 'the pumps sit on a sealed network', entryId: 'm2m-fit-security-isolation' }] }).data.needs).toBeUndefined();
    // The entries' opinion weighs the entries and off-topic alone, as before the needs were learned.
    expect(learned.opinion('our pumps are on a sealed network', stem)?.entryId).not.toBe('m2m-fit-security-isolation');
    expect(learned.opinion('what bandwidth do our gadgets need?', stem)).toEqual(ExampleModel.train(asked, stem, 'test').opinion('what bandwidth do our gadgets need?', stem));
    expect(model.opinion('our pumps are on a sealed network', stem, 'needs')).toBeUndefined();
    // Read back, with a broken part named.
    const back = ExampleModel.restored(JSON.parse(JSON.stringify(learned.data)));
    expect(back.opinion('our pumps are on a sealed network', stem, 'needs')).toEqual(learned.opinion('our pumps are on a sealed network', stem, 'needs'));
    const needsLearned = learned.data.needs;
    expect(() => ExampleModel.restored({ ...learned.data, needs: needsLearned && { ...needsLearned, bayes: { ...needsLearned.bayes, classes: ['one'] } } })).toThrow(/"needs\.bayes\.classes"/);
    expect(() => ExampleModel.restored({ ...learned.data, needs: null })).toThrow(/"needs" must hold the models learned/);
  });

  it('learns the side each described project points to, against every message that describes none', () => {
    const set = loadQuestionSet(resolve('tests/fixtures/questions/dev'));
    const projects = projectsFrom(set);
    const scenario = set.questions.find((q) => q.verdict === 'mix');
    expect(projects.find((p) => p.text === scenario?.q)?.entryId).toBe('mix');
    // Questions (scenarios aside) and off-topic messages describe no project.
    expect(projects.filter((p) => p.entryId === OFF_TOPIC)).toHaveLength(set.questions.filter((q) => q.verdict === undefined).length + set.offTopic.length);
    expect(projectsFrom(set, () => false)).toEqual([]);
    const told = Array.from({ length: 8 }, () => [
      { text: 'the kilns hum along merrily in the back shed', entryId: 'm2m' },
      { text: 'the till screens ride a zippy pipe all day', entryId: 'iot' },
      { text: 'what time is lunch in the back shed', entryId: OFF_TOPIC },
      { text: 'who has the projector today', entryId: OFF_TOPIC },
    ]).flat();
    const learned = ExampleModel.train(examples('iot-definition', 'what is iot'), stem, 'test', { projects: told });
    expect(learned.opinion('our kilns hum along merrily', stem, 'projects')?.entryId).toBe('m2m');
    expect(learned.opinion('who has the projector', stem, 'projects')?.entryId).toBe(OFF_TOPIC);
    // Weighed among the sides only, the side is still named, with how much likelier it is than no project.
    const among = learned.opinion('who has the projector in the back shed', stem, 'projects', (c) => c !== OFF_TOPIC);
    expect(among?.entryId).toBe('m2m');
    expect(among?.overOffTopic).toBeLessThan(0);
    // Read back, with a broken part named.
    const back = ExampleModel.restored(JSON.parse(JSON.stringify(learned.data)));
    expect(back.opinion('our kilns hum along merrily', stem, 'projects')).toEqual(learned.opinion('our kilns hum along merrily', stem, 'projects'));
    const sides = learned.data.projects;
    expect(() => ExampleModel.restored({ ...learned.data, projects: [] })).toThrow(/"projects" must hold the models learned/);
    // The sides are naive Bayes's alone: blended, projects' mixes were lost.
    expect(sides?.softmax).toBeUndefined();
    expect(() => ExampleModel.restored({ ...learned.data, projects: sides && { ...sides, bayes: { ...sides.bayes, counts: [99, 1] } } })).toThrow(/"projects\.bayes\.(counts|starts)"/);
  });

  it('learns each follow-up turn after the entry the turn before it is labelled with, a new question after the one before, and off-topic messages after the first messages', () => {
    const set = loadQuestionSet(resolve('tests/fixtures/questions/dev'));
    const turns = turnsFrom(set);
    // Turns worded once in all the sets ("why?" follows many answers).
    const once = (text: string | undefined) => turns.filter((t) => t.text === text).length === 1;
    const followed = set.questions.find((q) => q.verdict === undefined && !q.parts && (q.then?.length ?? 0) >= 2 && q.then?.every((t) => t.expect.length > 0 && once(t.q)));
    const [firstTurn, secondTurn] = followed?.then ?? [];
    expect(followed).toBeDefined();
    expect(turns.find((t) => t.text === firstTurn?.q)).toEqual({ text: firstTurn?.q, entryId: firstTurn?.expect[0], after: [followed?.expect[0]] });
    expect(turns.find((t) => t.text === secondTurn?.q)?.after).toEqual([firstTurn?.expect[0]]);
    // After two questions in one, a turn follows both answers.
    const twoInOne: InScopeQuestion = { q: 'what is iot, and who wrote it?', style: 'compound', expect: ['iot-definition', 'source-author'], parts: [['iot-definition'], ['source-author']], then: [{ q: 'and when?', expect: ['source-date'] }], file: 'x.yml' };
    const afterTwo = turnsFrom({ dir: 'x', questions: [twoInOne], offTopic: [] });
    expect(afterTwo).toEqual([{ text: 'and when?', entryId: 'source-date', after: ['iot-definition', 'source-author'] }]);
    // Only turns and off-topic messages teach, and every off-topic message follows an answer.
    const offTopic = turns.filter((t) => t.entryId === OFF_TOPIC);
    expect(offTopic).toHaveLength(set.offTopic.length);
    expect(offTopic.every((t) => (t.after?.length ?? 0) > 0)).toBe(true);
    // Besides the follow-ups: every short single question after another labelled one of its file.
    const followUps = set.questions.flatMap((q) => q.then ?? []).filter((t) => t.expect.length > 0).length;
    const newSubjects = set.questions.filter((q, i) => i > 0 && !q.parts && q.expect.length > 0 && words(q.q).length <= TURN_WORDS && set.questions[i - 1]?.file === q.file && (set.questions[i - 1]?.expect.length ?? 0) > 0).length;
    expect(newSubjects).toBeGreaterThan(followUps);
    expect(turns.length - offTopic.length).toBe(followUps + newSubjects);
    expect(turnsFrom(set, () => false)).toEqual([]);
    // A short question after another of its file is a new subject after that answer: after it when it names no side,
    // after no answer when it does; a long one, one in another file, or two in one, is not learned as a turn.
    const asked = (q: string, expect: string[], file = 'a.yml'): InScopeQuestion => ({ q, style: 'newcomer', expect, file });
    const news = turnsFrom({ dir: 'x', questions: [asked('what is m2m?', ['m2m-definition']), asked('UID meaning', ['iot-uid-meaning']), asked('what does iot stand for?', ['iot-acronym']), asked('who wrote it?', ['source-author'], 'b.yml'), asked(`is it true that ${'the machines '.repeat(8)}need wifi?`, ['m2m-fit-no-wifi'], 'b.yml'), twoInOne], offTopic: [] });
    expect(news).toEqual([
      { text: 'UID meaning', entryId: 'iot-uid-meaning', after: ['m2m-definition'] },
      { text: 'what does iot stand for?', entryId: 'iot-acronym', after: [] },
      { text: 'and when?', entryId: 'source-date', after: ['iot-definition', 'source-author'] },
    ]);

    const told = Array.from({ length: 4 }, () => [
      { text: 'what makes that possible', entryId: 'iot-gateways', after: ['iot-networks'] },
      { text: 'and what is inside them', entryId: 'iot-mems-microservices', after: ['iot-definition'] },
      { text: 'is the lunch menu up', entryId: OFF_TOPIC, after: ['iot-networks'] },
      { text: 'is the lunch menu up yet', entryId: OFF_TOPIC, after: ['iot-definition'] },
    ]).flat();
    const learned = ExampleModel.train(examples('iot-definition', 'what is iot'), stem, 'test', { turns: told });
    expect(learned.turnOpinion('what makes it possible?', stem, ['iot-networks'])?.entryId).toBe('iot-gateways');
    // Not after an answer no such turn ever followed, nor from one word of its own ("possible?").
    expect(learned.turnOpinion('what makes it possible?', stem, ['m2m-acronym'])).toBeUndefined();
    expect(learned.turnOpinion('possible?', stem, ['iot-networks'])).toBeUndefined();
    // A turn after an answer is no evidence against off-topic: off-topic messages were learned after answers too.
    expect(learned.turnOpinion('is the lunch menu up?', stem, ['iot-networks'])?.entryId).toBe(OFF_TOPIC);
    // The entries' opinion weighs the message's words alone, as before the turns were learned.
    expect(learned.opinion('what makes it possible?', stem)).toEqual(ExampleModel.train(examples('iot-definition', 'what is iot'), stem, 'test').opinion('what makes it possible?', stem));
    // Read back, with a broken part named; a model without turns has no opinion of them.
    const back = ExampleModel.restored(JSON.parse(JSON.stringify(learned.data)));
    expect(back.turnOpinion('what makes it possible?', stem, ['iot-networks'])).toEqual(learned.turnOpinion('what makes it possible?', stem, ['iot-networks']));
    expect(() => ExampleModel.restored({ ...learned.data, turns: 'none' })).toThrow(/"turns" must hold the models learned/);
    expect(ExampleModel.train(examples('iot-definition', 'what is iot'), stem, 'test').turnOpinion('what makes it possible?', stem, ['iot-networks'])).toBeUndefined();
  });
});

describe('the responder with a learned opinion', () => {
  const bare = services.responderLearnedFrom(undefined);
  const taught = (entryId: string, ...texts: string[]) => services.responderLearnedFrom(ExampleModel.train(examples(entryId, ...texts), stem, 'test'));
  // The engine falls back on it, with these three closest entries first: iot-fit-fast-internet, iot-subset-of-m2m, which-to-choose.
  const unsure = "Which selection criterion relates to the devices' internet bandwidth?";
  // Read as a project with one need (a handful of machines), it asks a fact: what IoT devices are combined with.
  const story = 'Our apprentice asked what IoT devices are made of. We have a handful of machines on the line. What does the article say they are combined with?';
  const made = ['what are iot devices made of', 'what are they combined with', 'iot devices are combined with', 'what is inside iot devices'];

  it('weighs a message read as it would be alone, after another answer, as it weighs it alone; never refuses an answer in a conversation', () => {
    const { responder } = services;
    const author = turnOf(responder.respond('who wrote the article?'));
    const growing = 'If IoT keeps growing, does M2M get left behind?';
    // The rules alone answer it unsurely with another entry; the examples move it, after an answer as alone.
    expect(entryOf(bare.respond(growing))).not.toBe(entryOf(responder.respond(growing)));
    expect(entryOf(responder.respond(growing, author))).toBe(entryOf(responder.respond(growing)));
    // Weighed beside the turn before, an answer is as sure as it is alone: the examples do not overrule it after any answer.
    const unsureAfter = ExampleModel.train(examples('which-to-choose', 'when should we pick', 'should we pick', 'pick iot over m2m', 'when should we pick iot over m2m'), stem, 'test');
    const picking = services.responderLearnedFrom(unsureAfter);
    for (const first of ['who wrote the article?', 'what is a UID?', 'does m2m need wifi?']) expect(entryOf(picking.respond('when should we pick iot over m2m', turnOf(picking.respond(first)))), first).toBe(entryOf(picking.respond('when should we pick iot over m2m')));
    // A follow-up answered in context is not refused for words that are chatter alone ("temperature too?").
    for (const [first, then] of [['What did companies use M2M to keep an eye on?', 'temperature too?'], ['How does the article finish up?', 'any predictions?'], ['Is IoT being wireless a good thing according to the piece?', "What's the catch?"]] as const) {
      const before = turnOf(responder.respond(first));
      expect(entryOf(responder.respond(then, before)), then).toBe(before.entryIds[0]);
    }
  });

  it('turns an "I don\'t know" into the answer the examples favour among the closest entries', () => {
    expect(bare.respond(unsure).kind).toBe('fallback');
    const third = taught('which-to-choose', 'which selection criterion', 'the selection criterion relates to', 'criterion relates');
    expect(entryOf(third.respond(unsure))).toBe('which-to-choose');
  });

  it('answers an "I don\'t know" with another entry the engine ranked only when the examples clearly favour it, never with one it did not rank', () => {
    const response = bare.respond(unsure);
    if (response.kind !== 'fallback') throw new Error(`expected an "I don't know", got ${response.kind}`);
    const closest = (response.nearest ?? []).map((c) => c.entry.id);
    const beyond = response.candidates.map((c) => c.entry.id).find((id) => !closest.includes(id));
    expect(beyond).toBeDefined();
    const texts = ['which selection criterion relates to bandwidth', 'the selection criterion for internet bandwidth', 'criterion relates to the internet bandwidth', "the devices' bandwidth criterion", 'which criterion is about bandwidth'];
    expect(entryOf(taught(beyond ?? '', ...texts).respond(unsure))).toBe(beyond);
    // Ranked below the first five, as imagery leaves the entry meant, but among the first ten.
    const lower = services.engine.rank(unsure, 10).slice(5).map((c) => c.entry.id);
    expect(lower).toHaveLength(5);
    for (const id of lower) expect(entryOf(taught(id, ...texts).respond(unsure)), id).toBe(id);
    // One example sharing a word is no clear opinion; an entry the engine did not rank is never the answer.
    expect(taught(beyond ?? '', 'a criterion').respond(unsure).kind).toBe('fallback');
    expect(taught('m2m-acronym', ...texts).respond(unsure).kind).toBe('fallback');
    // Nor for a remark that asks nothing, however clearly the examples read it.
    const remark = unsure.replace(/^Which (.*)\?$/, 'this selection criterion is the one that $1');
    expect(remark).not.toContain('?');
    expect(taught(beyond ?? '', ...texts).respond(remark).kind).not.toBe('answer');
  });

  it('answers a question in none of the domain\'s words ("which setup grows with the team without breaking a sweat?") only when the examples clearly favour an entry the engine ranked', () => {
    const q = 'which setup grows with the team without breaking a sweat?';
    expect(services.engine.usesDomainWords(q)).toBe(false);
    const response = bare.respond(q);
    if (response.kind !== 'fallback') throw new Error(`expected an "I don't know", got ${response.kind}`);
    const ranked = response.candidates[0]?.entry.id ?? '';
    const texts = ['which setup grows with the team', 'grows without breaking a sweat', 'without breaking a sweat', 'a setup that grows with the team', 'grows with the team'];
    expect(entryOf(taught(ranked, ...texts).respond(q))).toBe(ranked);
    // One example sharing words is no clear opinion, and a remark asks nothing.
    expect(taught(ranked, 'grows with the team').respond(q).kind).toBe('fallback');
    expect(taught(ranked, ...texts).respond('this setup grows with the team without breaking a sweat').kind).not.toBe('answer');
  });

  it('turns an unsure answer into an "I don\'t know" when the examples clearly read the message as off-topic, never a sure one', () => {
    const chatter = (...texts: string[]) => services.responderLearnedFrom(ExampleModel.train([...examples('iot-definition', 'what is iot', 'iot is what'), ...texts.map((text) => ({ text, entryId: OFF_TOPIC }))], stem, 'test'));
    // The engine answers this with m2m-acronym at 0.58.
    const q = 'what dials does m2m read?';
    expect(bare.respond(q).kind).toBe('answer');
    expect(chatter('what dials does it read', 'the dials it reads', 'reads dials', 'dials read', 'm2m dials read').respond(q).kind).toBe('fallback');
    expect(chatter('what does m2m stand for', 'm2m stand for', 'stand for', 'what does it stand for').respond('what does m2m stand for?').kind).toBe('answer');
  });

  it('turns an unsure answer in everyday words, asked of neither side nor the article, into an "I don\'t know" on a smaller off-topic margin', () => {
    // Examples chosen so that the three messages below are off-topic by a margin between the two the responder uses.
    const model = ExampleModel.train([...examples('iot-definition', 'what is iot', 'is my car iot', 'what is iot in my car'), { text: 'can I park today', entryId: OFF_TOPIC }], stem, 'test');
    const learned = services.responderLearnedFrom(model);
    // "car" is a word of the industries the article lists, but an everyday one; "telemetry" is the domain's own.
    const everyday = 'where can I park my car today?';
    const ofM2m = 'what does m2m read when I park my car?';
    const inTheDomainsWords = 'what sensor telemetry is read when I park my car?';
    expect(services.engine.usesDomainWords(everyday)).toBe(false);
    expect(services.engine.usesDomainWords(inTheDomainsWords)).toBe(true);
    for (const q of [everyday, ofM2m, inTheDomainsWords]) {
      const bareAnswer = bare.respond(q);
      expect(bareAnswer.kind === 'answer' && bareAnswer.confidence, q).toBeLessThan(0.8);
      const opinion = model.opinion(q, stem);
      expect(opinion?.entryId, q).toBe(OFF_TOPIC);
      expect(opinion?.margin, q).toBeGreaterThanOrEqual(1);
      expect(opinion?.margin, q).toBeLessThan(3);
    }
    expect(learned.respond(everyday).kind).toBe('fallback');
    expect(learned.respond(ofM2m).kind).toBe('answer');
    expect(learned.respond(inTheDomainsWords).kind).toBe('answer');
    // A short first question about "it" asks of what the bot is about.
    for (const q of ['is it safe?', 'where is it used?']) expect(services.responder.respond(q).kind, q).toBe('answer');
  });

  it('answers a fact asked around one need read as a project when the examples clearly read the fact, not a need or one next to it', () => {
    const read = bare.respond(story);
    expect(read.kind === 'scenario' && read.reading.criteria.map((c) => c.entryId)).toEqual(['m2m-fit-few-machines']);
    expect(entryOf(taught('iot-mems-microservices', ...made).respond(story))).toBe('iot-mems-microservices');
    // Two needs describe a project; an entry next to the need read is that need in other words.
    expect(taught('iot-mems-microservices', ...made).respond(story.replace('on the line.', 'on the line, and there is no wifi.')).kind).toBe('scenario');
    const growth = 'We want to keep adding hardware to the network whenever sales grow. Is that iot territory?';
    expect(bare.respond(growth).kind).toBe('scenario');
    expect(taught('scalability', 'keep adding hardware to the network', 'adding hardware whenever sales grow', 'hardware to the network').respond(growth).kind).toBe('scenario');
  });

  it('keeps a project with one need when it closes asking which side fits, or follows a turn', () => {
    const learned = taught('iot-mems-microservices', ...made);
    expect(entryOf(learned.respond(story))).toBe('iot-mems-microservices');
    expect(learned.respond(`${story} So which fits us?`).kind).toBe('scenario');
    // Read after another turn, the message may answer it: it is not read afresh.
    expect(learned.respond(story, turnOf(learned.respond('what is m2m?'))).kind).toBe('scenario');
  });

  it('answers a "did you mean" with the choice the examples favour, and only with one of the choices', () => {
    // The engine offers iot-data-exchange and m2m-fit-point-to-point.
    const q = 'how do the gadgets chat';
    expect(bare.respond(q).kind).toBe('clarify');
    expect(entryOf(taught('m2m-fit-point-to-point', 'how do gadgets chat', 'the gadgets chat', 'gadgets chat to each other').respond(q))).toBe('m2m-fit-point-to-point');
    expect(taught('m2m-acronym', 'how do gadgets chat', 'the gadgets chat', 'gadgets chat to each other').respond(q).kind).toBe('clarify');
  });

  it('never answers with an entry the engine did not rank among its closest, nor what it reads as off-topic', () => {
    expect(entryOf(taught('m2m-acronym', 'which selection criterion', 'the selection criterion relates to', 'criterion relates').respond(unsure))).toBe('fallback');
    const chatter = services.responderLearnedFrom(ExampleModel.train([...examples('iot-fit-fast-internet', 'fast internet'), ...['which selection criterion', 'the selection criterion relates to', 'criterion relates to bandwidth'].map((text) => ({ text, entryId: OFF_TOPIC }))], stem, 'test'));
    expect(chatter.respond(unsure).kind).toBe('fallback');
  });

  it('lets no examples overrule a question framed by a newcomer, when the question alone is sure of its answer', () => {
    // Examples that tie newcomers' words to the definition: the framing says who asks, not what.
    const newcomers = taught('iot-definition', 'sorry total newbie here', 'total newbie here sorry', 'sorry newbie here what is it', 'newbie here sorry');
    expect(entryOf(newcomers.respond('what does IoT stand for?'))).toBe('iot-acronym');
    expect(entryOf(newcomers.respond('sorry, total newbie here, what does IoT stand for?'))).toBe('iot-acronym');
    // So do "sorry if this is obvious" and "I'm brand new here", said without the word "question".
    const obvious = taught('iot-definition', 'sorry if this is obvious', 'if this is obvious sorry', 'im brand new here', 'brand new here sorry');
    for (const q of ['sorry if this is obvious, does IoT need wifi?', "I'm brand new here - does IoT need wifi?"]) expect(entryOf(obvious.respond(q)), q).toBe(entryOf(obvious.respond('does IoT need wifi?')));
  });

  it('changes an unsure answer to another of the engine\'s first three only when it clearly favours it; a sure answer stays', () => {
    // The engine answers m2m-acronym at 0.58, with m2m-definition and m2m-monitoring next.
    const q = 'what dials does m2m read?';
    expect(entryOf(bare.respond(q))).toBe('m2m-acronym');
    const switched = taught('m2m-monitoring', 'what dials does it read', 'the dials it reads', 'reads dials', 'dials read').respond(q);
    expect(entryOf(switched)).toBe('m2m-monitoring');
    // With the engine's confidence in that entry, which the feedback records.
    expect(switched.kind === 'answer' && switched.confidence).toBeLessThan(0.58);
    // In a conversation an answer read with the turn before rests on it, which the examples never saw: it stays.
    // One read as it would be alone is weighed as alone.
    const before = turnOf(bare.respond('what is m2m?'));
    const dials = taught('m2m-monitoring', 'what dials does it read', 'the dials it reads', 'reads dials', 'dials read');
    expect(entryOf(dials.respond(q, before))).toBe('m2m-monitoring');
    // "when?" after the byline is read as "when? who wrote…", which examples of the byline outweigh.
    const byline = turnOf(bare.respond('who wrote the iot vs m2m article?'));
    const author = taught('source-author', 'who wrote the iot vs m2m article', 'who wrote it', 'the author of the article', 'who is the writer');
    expect(entryOf(author.respond('when?', byline))).toBe('source-date');
    const sure = bare.respond('what does m2m stand for?');
    expect(sure.kind === 'answer' && sure.confidence).toBeGreaterThanOrEqual(0.8);
    expect(entryOf(taught('m2m-monitoring', 'what does m2m stand for', 'm2m stand for', 'stand for').respond('what does m2m stand for?'))).toBe(entryOf(sure));
  });

  it('changes an unsure answer to a criterion, or to any of the engine\'s first ten, only when the examples decide it', () => {
    const q = 'what dials does m2m read?';
    const tenth = services.engine.rank(q, 10).at(-1)?.entry.id ?? '';
    expect(services.criteria.has(tenth)).toBe(true);
    expect(entryOf(taught(tenth, 'what dials does it read', 'the dials it reads', 'reads dials', 'dials read', 'm2m dials read').respond(q))).toBe(tenth);
    expect(entryOf(taught(tenth, 'the dials', 'it reads dials').respond(q))).toBe(tenth);
    // Clear, but not decisive for turning one side's criterion into the other's: words say which need is meant, not
    // which way round, so the engine's answer stays.
    const scale = 'which one should you pick if you need to scale up?';
    const read = bare.respond(scale);
    expect(read.kind === 'answer' && read.entry.id).toBe('iot-fit-scaling-users');
    expect(read.kind === 'answer' && read.confidence).toBeLessThan(0.8);
    // Off-topic messages with "scale" in them keep the margin clear (2 or more) but under the 4 that turns a criterion round.
    const clear = ExampleModel.train([...examples('m2m-fit-no-scaling', 'need to scale up', 'scale up', 'need to scale'), ...['the kitchen scale', 'fix the scale'].map((text) => ({ text, entryId: OFF_TOPIC }))], stem, 'test');
    expect(clear.opinion(scale, stem)?.margin).toBeGreaterThanOrEqual(2);
    expect(clear.opinion(scale, stem)?.margin).toBeLessThan(4);
    expect(entryOf(services.responderLearnedFrom(clear).respond(scale))).toBe('iot-fit-scaling-users');
    // Decided, the examples turn it round where the question's cues state no way round: "a handful of users" needs no scaling.
    const few = 'which one for a handful of users?';
    expect(entryOf(bare.respond(few))).toBe('iot-fit-scaling-users');
    expect(entryOf(taught('m2m-fit-no-scaling', 'which one for a handful of users', 'a handful of users', 'only a handful of users', 'for a handful of users').respond(few))).toBe('m2m-fit-no-scaling');
    // However decided, never to a criterion the cues state the other way round: "need to scale up" is no "no need to scale".
    const decided = ExampleModel.train(examples('m2m-fit-no-scaling', 'which one if you need to scale up', 'need to scale up', 'pick if you need to scale', 'should you pick to scale up'), stem, 'test');
    expect(decided.opinion(scale, stem)?.margin).toBeGreaterThanOrEqual(4);
    expect(entryOf(services.responderLearnedFrom(decided).respond(scale))).toBe('iot-fit-scaling-users');
  });

  it('completes with the learned needs a project whose cues read only what points to neither side', () => {
    const q = 'The tills never need to work offline and they ride a zippy pipe all day long. Which of the two?';
    expect(bare.respond(q).kind).not.toBe('scenario');
    const needs = Array.from({ length: 8 }, () => [
      { text: 'the tills ride a zippy pipe', entryId: 'iot-fit-fast-internet' },
      { text: 'our screens ride a zippy pipe all day', entryId: 'iot-fit-fast-internet' },
      { text: 'the pumps sit on a sealed network', entryId: 'm2m-fit-security-isolation' },
      { text: 'my manager asked me to find out before friday', entryId: OFF_TOPIC },
      { text: 'what time is lunch all day long', entryId: OFF_TOPIC },
    ]).flat();
    const r = services.responderLearnedFrom(ExampleModel.train(examples('iot-definition', 'what is iot'), stem, 'test', { needs })).respond(q);
    expect(r.kind === 'scenario' && r.reading.recommendation.verdict).toBe('iot');
    expect(r.kind === 'scenario' && r.reading.criteria.map((c) => c.entryId)).toContain('iot-fit-fast-internet');
  });

  it('reads the needs learned of a project that names something the article leaves out in passing, not of one that asks about it', () => {
    const needs = Array.from({ length: 8 }, () => [
      { text: 'the gear sits way past the last mast', entryId: 'm2m-fit-no-wifi' },
      { text: 'our loggers sit way past the last mast', entryId: 'm2m-fit-no-wifi' },
      { text: 'the tills ride a zippy pipe', entryId: 'iot-fit-fast-internet' },
      { text: 'what time is lunch', entryId: OFF_TOPIC },
    ]).flat();
    const learned = services.responderLearnedFrom(ExampleModel.train(examples('iot-definition', 'what is iot'), stem, 'test', { needs }));
    const told = learned.respond('Finance says the budget is tight this year. Our gear sits way past the last mast, so which of the two keeps it going?');
    expect(told.kind === 'scenario' && told.reading.criteria.map((c) => c.entryId)).toEqual(['m2m-fit-no-wifi']);
    expect(learned.respond('Our gear sits way past the last mast, so which of the two fits our budget?').kind).toBe('declined');
  });

  it('reads a project whose closing the rules miss as the side the projects learned from point to, naming the clause read as each need', () => {
    // Closings the rules do not read as asking which fits: each gets the list of when that side is best.
    const m2mOnly = 'Our kilns hum along merrily in the back shed, humming tunes. Is M2M the correct choice here?';
    const both = 'Our kilns hum along merrily in the back shed, and the till screens ride a zippy pipe all day long. Is IoT the correct choice here?';
    expect(entryOf(bare.respond(m2mOnly))).toBe('m2m-when');
    expect(entryOf(bare.respond(both))).toBe('iot-when');
    // Told often enough that the model tells a mix from the two sides whose words it holds.
    const projects = Array.from({ length: 16 }, () => [
      { text: 'the kilns hum along merrily in the back shed', entryId: 'm2m' },
      { text: 'the kilns hum along merrily, and the till screens ride a zippy pipe all day long', entryId: 'mix' },
      { text: 'the till screens ride a zippy pipe all day long', entryId: 'iot' },
      { text: 'what time is lunch in the back shed', entryId: OFF_TOPIC },
      { text: 'who has the projector today', entryId: OFF_TOPIC },
    ]).flat();
    // Told five times for one need, four for another of its side: clear enough to tell the side, never the need alone.
    const told = (n: number, text: string, entryId: string) => Array.from({ length: n }, () => ({ text, entryId }));
    const needs = [
      ...told(5, 'the kilns hum along merrily in the back shed', 'm2m-fit-few-machines'),
      ...told(4, 'the kilns hum along merrily in the back shed', 'm2m-fit-point-to-point'),
      ...told(5, 'the till screens ride a zippy pipe all day long', 'iot-fit-fast-internet'),
      ...told(4, 'the till screens ride a zippy pipe all day long', 'iot-fit-realtime-sync'),
      ...told(8, 'what time is lunch', OFF_TOPIC),
    ];
    const asked = examples('iot-definition', 'what is iot');
    // With the needs alone, neither message reads as a project.
    const needsAlone = services.responderLearnedFrom(ExampleModel.train(asked, stem, 'test', { needs }));
    expect(needsAlone.respond(m2mOnly).kind).toBe('answer');
    expect(needsAlone.respond(both).kind).toBe('answer');
    const learned = services.responderLearnedFrom(ExampleModel.train(asked, stem, 'test', { needs, projects }));
    const one = learned.respond(m2mOnly);
    expect(one.kind === 'scenario' && one.reading.recommendation.verdict).toBe('m2m');
    expect(one.kind === 'scenario' && one.reading.criteria.map((c) => [c.entryId, c.evidence])).toEqual([['m2m-fit-few-machines', 'Our kilns hum along merrily in the back shed']]);
    const mix = learned.respond(both);
    expect(mix.kind === 'scenario' && mix.reading.recommendation.verdict).toBe('mix');
    expect(mix.kind === 'scenario' && mix.reading.criteria.map((c) => [c.entryId, c.evidence])).toEqual([
      ['m2m-fit-few-machines', 'Our kilns hum along merrily in the back shed'],
      ['iot-fit-fast-internet', 'the till screens ride a zippy pipe all day long.'],
    ]);
    // Asked which fits in words the rules read, with needs no cue reads: the rules had nothing to read.
    const whichFits = 'Our kilns hum along merrily in the back shed, humming tunes. Which one suits that?';
    expect(needsAlone.respond(whichFits).kind).toBe('fallback');
    const read = learned.respond(whichFits);
    expect(read.kind === 'scenario' && read.reading.criteria.map((c) => c.entryId)).toEqual(['m2m-fit-few-machines']);
    // In a conversation, a message that gets the same reply as it would alone is read the same way.
    const before = turnOf(learned.respond('what is m2m?'));
    const inConversation = learned.respond(m2mOnly, before);
    expect(inConversation.kind === 'scenario' && inConversation.reading.recommendation.verdict).toBe('m2m');
    // A criterion the engine answers surely is what the closing asks about ("…Is M2M secure for that?").
    const secure = 'Our kilns hum along merrily in the back shed, humming tunes. Is M2M secure for that?';
    expect(entryOf(needsAlone.respond(secure))).toBe('m2m-fit-security-isolation');
    expect(entryOf(learned.respond(secure))).toBe('m2m-fit-security-isolation');
    // A question the engine answers with an entry that is no criterion asks that question, however the words read;
    // so does a closing that names a side but points at no project ("…in general?").
    expect(entryOf(learned.respond('Our kilns hum along merrily in the back shed, humming tunes. What does M2M stand for?'))).toBe('m2m-acronym');
    expect(learned.respond('Our kilns hum along merrily in the back shed, humming tunes. Is M2M the correct choice in general?').kind).not.toBe('scenario');
  });

  it('answers the fact the examples favour for a message the rules read as a project and the projects learned clearly read as none', () => {
    const swarm = 'Which one lets a whole swarm of gadgets gossip with each other at the same moment?';
    const kilns = 'Our kilns are wired direct to one logger. Which fits?';
    expect(bare.respond(swarm).kind).toBe('scenario');
    expect(bare.respond(kilns).kind).toBe('scenario');
    const projects = Array.from({ length: 8 }, () => [
      { text: swarm, entryId: OFF_TOPIC },
      { text: kilns, entryId: 'm2m' },
      { text: 'the mixers talk to one panel only', entryId: 'm2m' },
    ]).flat();
    const facts = [...examples('iot-fit-many-to-many', 'which one lets a swarm of gadgets gossip with each other', 'gadgets gossip with each other at the same moment', 'a whole swarm of gadgets at the same moment'), ...examples('m2m-fit-point-to-point', 'kilns wired direct to one logger', 'wired direct to one logger', 'our kilns are wired direct')];
    const learned = services.responderLearnedFrom(ExampleModel.train(facts, stem, 'test', { projects }));
    expect(entryOf(learned.respond(swarm))).toBe('iot-fit-many-to-many');
    // A project they read as one stays a project, whatever fact the examples favour.
    expect(learned.respond(kilns).kind).toBe('scenario');
    // Without the projects learned, nothing changes.
    const factsAlone = services.responderLearnedFrom(ExampleModel.train(facts, stem, 'test'));
    expect(factsAlone.respond(swarm).kind).toBe('scenario');
  });

  it('reads a project again as the projects learned clearly read it: a mix as one side, or one side as a mix; never one side as the other', () => {
    const app = 'Which fits our ticket app? It must not go down when thousands of visitors log in at once, and it has to follow common standards so partner sites can read it.';
    const press = 'The press interlocks stay wired direct PLC to PLC, and the tally boards hum along merrily on the yard screens. Which fits?';
    const kilns = 'Our kilns are wired direct to one logger. Which fits?';
    const verdictOf = (r: Response) => (r.kind === 'scenario' ? r.reading.recommendation.verdict : r.kind);
    const criteriaOf = (r: Response) => (r.kind === 'scenario' ? r.reading.criteria.map((c) => c.entryId) : []);
    // The rules read "must not go down when thousands…" as no need to grow, and nothing of the tally boards.
    expect(verdictOf(bare.respond(app))).toBe('mix');
    expect(criteriaOf(bare.respond(press))).toEqual(['m2m-fit-point-to-point']);
    const projects = (n: number) => Array.from({ length: n }, () => [
      { text: app, entryId: 'iot' },
      { text: press, entryId: 'mix' },
      { text: kilns, entryId: 'iot' },
      { text: 'what time is lunch', entryId: OFF_TOPIC },
    ]).flat();
    const needs = Array.from({ length: 6 }, () => [
      { text: 'the tally boards hum along merrily on the yard screens', entryId: 'iot-fit-realtime-sync' },
      { text: 'the till screens ride a zippy pipe all day long', entryId: 'iot-fit-fast-internet' },
      { text: 'what time is lunch', entryId: OFF_TOPIC },
    ]).flat();
    const learned = services.responderLearnedFrom(ExampleModel.train(examples('iot-definition', 'what is iot'), stem, 'test', { needs, projects: [...projects(24), { text: app, entryId: 'mix' }, { text: kilns, entryId: 'm2m' }] }));
    // The mix keeps its IoT criterion only; the one side is completed by the clause the needs learned read.
    expect(verdictOf(learned.respond(app))).toBe('iot');
    expect(criteriaOf(learned.respond(app))).toEqual(['iot-fit-standards']);
    const mix = learned.respond(press);
    expect(verdictOf(mix)).toBe('mix');
    expect(mix.kind === 'scenario' && mix.reading.criteria.map((c) => [c.entryId, c.evidence])).toEqual([
      ['m2m-fit-point-to-point', 'wired direct, plc to plc'],
      ['iot-fit-realtime-sync', 'the tally boards hum along merrily on the yard screens.'],
    ]);
    // The needs learned alone leave it as the rules read it.
    const needsAlone = services.responderLearnedFrom(ExampleModel.train(examples('iot-definition', 'what is iot'), stem, 'test', { needs }));
    expect(criteriaOf(needsAlone.respond(press))).toEqual(['m2m-fit-point-to-point']);
    // Never from one side to the other, and only when they clearly favour their reading.
    expect(verdictOf(learned.respond(kilns))).toBe('m2m');
    const unsure = services.responderLearnedFrom(ExampleModel.train(examples('iot-definition', 'what is iot'), stem, 'test', { needs, projects: [...projects(1), { text: app, entryId: 'mix' }] }));
    expect(verdictOf(unsure.respond(app))).toBe('mix');
  });

  it('answers a short follow-up the rules leave unsure as the turns learned read it after the same answer; a sure answer, a new subject and a turn after no answer stay', () => {
    const told = Array.from({ length: 4 }, () => [
      { text: 'what makes that possible', entryId: 'iot-gateways', after: ['iot-networks'] },
      { text: 'so what is the thing', entryId: 'iot-gateways', after: ['iot-networks'] },
      { text: 'what makes that possible with all the sensors and gadgets and whatnot we keep adding', entryId: 'iot-gateways', after: ['iot-networks'] },
      { text: 'is the lunch menu up', entryId: OFF_TOPIC, after: ['iot-networks'] },
      { text: 'who has the projector', entryId: OFF_TOPIC, after: ['m2m-acronym'] },
      { text: 'the letters, go on', entryId: 'iot-acronym', after: ['m2m-acronym'] },
    ]).flat();
    const learned = services.responderLearnedFrom(ExampleModel.train(examples('iot-definition', 'what is iot'), stem, 'test', { turns: told }));
    const previous: PreviousTurn = { question: 'What networks can IoT devices send data over?', kind: 'answer', entryIds: ['iot-networks'] };
    // The rules offer a choice: the turns learned answer it.
    expect(bare.respond('what makes that possible?', previous).kind).toBe('clarify');
    const answered = learned.respond('what makes that possible?', previous);
    expect(entryOf(answered)).toBe('iot-gateways');
    // Read on as the rules read it, with the turn before.
    expect(turnOf(answered).question).toMatch(/networks/i);
    // The same words after no answer, or as the first message, have nothing to follow.
    const unanswered = turnOf(bare.respond('flux capacitor calibration?'));
    expect(unanswered.entryIds).toEqual([]);
    expect(entryOf(learned.respond('what makes that possible?', unanswered))).not.toBe('iot-gateways');
    expect(entryOf(learned.respond('what makes that possible?'))).not.toBe('iot-gateways');
    // A sure answer stays, and so does a message longer than a turn.
    expect(entryOf(bare.respond('so what is the thing in iot', previous))).toBe('iot-thing-meaning');
    expect(entryOf(learned.respond('so what is the thing in iot', previous))).toBe('iot-thing-meaning');
    const long = 'what makes that possible with all the sensors and gadgets and whatnot we keep adding every single week?';
    expect(entryOf(learned.respond(long, previous))).toBe(entryOf(bare.respond(long, previous)));
    // Nor does it cross to the other side when the message names none.
    const letters: PreviousTurn = { question: 'What does M2M stand for?', kind: 'answer', entryIds: ['m2m-acronym'] };
    expect(entryOf(bare.respond('the letters, go on', letters))).not.toBe('iot-acronym');
    expect(entryOf(learned.respond('the letters, go on', letters))).toBe(entryOf(bare.respond('the letters, go on', letters)));
    // A new subject after an answer is still refused.
    const lunch = learned.respond('is the lunch menu up?', previous);
    expect(lunch.kind).not.toBe('answer');
    expect(lunch.kind).toBe(bare.respond('is the lunch menu up?', previous).kind);
  });

  it('answers what a story asks when the rules answer it about the article itself ("what is the article\'s line on it?"), and only after a story', () => {
    const story = 'My neighbour reckons cash machines are iot, i said no its the other one. what about the article?? anyway the strimmer snapped';
    const asked = 'my neighbour reckons cash machines are iot but where was the article published?';
    expect(entryOf(bare.respond(story))).toBe('source-article');
    const learned = taught('m2m-atm-example', 'are cash machines iot', 'cash machines are m2m', 'which one is the cash machine', 'my neighbour reckons cash machines are iot');
    expect(entryOf(learned.respond(story))).toBe('m2m-atm-example');
    // One sentence is no story: what it asks of the article stands; so does a story's question about the byline.
    expect(entryOf(learned.respond(asked))).toBe('source-article');
    const byline = 'My neighbour reckons cash machines are iot. Who is the author of the article?';
    expect(entryOf(bare.respond(byline))).toBe('source-author');
    expect(entryOf(learned.respond(byline))).toBe('source-author');
  });

  it('never answers everyday chatter that shares one word with the examples of an entry', () => {
    // With the model the app ships: "bad" is mostly asked of wireless, "scaling" of the criteria.
    for (const q of ['the food is bad', 'bad bot', 'that was a bad meeting', 'mute the group chat']) expect(services.responder.respond(q).kind, q).not.toBe('answer');
    // Asked as questions in everyday words, which ask nothing of the two sides or of the article.
    for (const q of ['how do I grow my team without breaking a sweat?', 'what do I do when everybody talks at once in meetings?']) expect(services.responder.respond(q).kind, q).not.toBe('answer');
  });

  it('never switches to a criterion, nor to the other side of a message that names none, unless the examples decide it: the rules read which way round', () => {
    expect(entryOf(services.responder.respond('the business is scaling fast'))).not.toBe('m2m-fit-no-scaling');
    // Imagery for a side's fact: IoT's many-to-many to the rules, M2M's definition to examples that decide it.
    const granddad = 'Which one is the granddad all the gadget chatter sits on?';
    expect(entryOf(bare.respond(granddad))).toBe('iot-fit-many-to-many');
    const leaning = taught('m2m-definition', 'the granddad all the gadget chatter sits on', 'what is m2m');
    expect(entryOf(leaning.respond(granddad))).toBe('iot-fit-many-to-many');
    const deciding = taught('m2m-definition', 'the granddad all the gadget chatter sits on', 'which one is the granddad', 'the granddad of gadget chatter', 'what all the chatter sits on', 'which one is the granddad of it all');
    expect(entryOf(deciding.respond(granddad))).toBe('m2m-definition');
  });
});
