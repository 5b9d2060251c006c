#!/usr/bin/env node
/**
 * `npm run learn -- [--set DIR] [--knowledge DIR]`: teaches the bot the words people use, from the labelled
 * development question sets, into knowledge/learned.json (exampleModel.ts). Run it after a development set is
 * added or relabelled; never give it a held-out set, or the held-out figures stop meaning anything.
 */
import { join, relative, resolve } from 'node:path';
import { ExampleModel, examplesFrom, LEARNED_FILE, learnedJson, needsFrom, OFF_TOPIC, projectsFrom, turnsFrom } from '../answers/exampleModel.js';
import { isHeldOut, loadQuestionSet } from '../answers/questionSets.js';
import { knowledgeDir } from '../knowledge/load.js';
import { silentLogger } from '../log.js';
import { loadServices } from '../services.js';
import { writeFileAtomically } from '../writeFileAtomically.js';
import { fail, flagValue, loadOrExit, onlyOptions, parseArgs } from './common.js';

const USAGE = 'usage: npm run learn -- [--set DIR] [--knowledge DIR]   (DIR defaults to tests/fixtures/questions/dev)';
const { flags, rest } = parseArgs(process.argv.slice(2), ['--knowledge', '--set']);
onlyOptions(flags, ['--knowledge', '--set'], USAGE);
if (rest.length > 0) fail(`Unexpected argument "${rest[0]}"\n${USAGE}`, 2);
const setDir = resolve(flagValue(flags, '--set') ?? 'tests/fixtures/questions/dev');
if (isHeldOut(setDir)) fail(`${setDir} is a held-out set: learning from it would make its figures meaningless. Learn from development sets only.`, 2);
const dir = knowledgeDir(flagValue(flags, '--knowledge'));
const services = loadOrExit(() => loadServices({ knowledge: dir, logger: silentLogger }));
const set = loadOrExit(() => loadQuestionSet(setDir));
const examples = examplesFrom(set);
const needs = needsFrom(set, services.criteria);
const stated = needs.filter((n) => n.entryId !== OFF_TOPIC);
const turns = turnsFrom(set);
const turnsAsked = turns.filter((t) => t.entryId !== OFF_TOPIC).length;
const unknown = examples.filter((e) => e.entryId !== OFF_TOPIC && !services.kb.byId.has(e.entryId));
if (unknown.length > 0) fail(`${unknown.length} examples are labelled with entries this knowledge base lacks (first: "${unknown[0]?.entryId}"): fix the labels in ${relative('.', setDir)}, or the knowledge.`);
if (!examples.some((e) => e.entryId === OFF_TOPIC) || !examples.some((e) => e.entryId !== OFF_TOPIC)) fail(`${relative('.', setDir) || '.'} needs both in-scope and off-topic messages to learn from.`);
const about = `Learned by \`npm run learn\` from ${examples.length} labelled messages, the needs and sides of ${new Set(stated.map((n) => n.text)).size} described projects and ${turnsAsked} questions asked after an answer (follow-ups and new subjects) of ${relative('.', setDir) || '.'}; do not edit, run it again.`;
const model = ExampleModel.train(examples, (word) => services.engine.stem(word), about, { needs, projects: projectsFrom(set), turns });
const out = join(dir, LEARNED_FILE);
// Through a temporary file and a rename: a running app that reads it never sees half a model. Readable by all, like the rest of knowledge/.
if (!writeFileAtomically(out, learnedJson(model.data) + '\n', 0o644)) fail(`${out} cannot be written: check that the folder exists and is writable.`);
console.log(`${relative('.', out)}: ${model.data.entries.bayes.classes.length} classes, ${model.data.entries.bayes.terms.length} terms counted, ${model.data.entries.softmax?.terms.length ?? 0} weighed, from ${examples.length} messages; ${new Set(stated.map((n) => n.entryId)).size} needs, stated ${stated.length} times in projects; ${turnsAsked} questions asked after an answer.`);
