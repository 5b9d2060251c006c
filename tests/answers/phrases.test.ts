/** Finding listed phrases in a message: stems, order, wildcards, no overlaps. */
import { describe, expect, it } from 'vitest';
import { expandAlternatives, PhraseFinder } from '../../src/answers/phrases.js';

describe('PhraseFinder', () => {
  const finder = new PhraseFinder([
    { value: 'sync', phrases: ['real time', 'syncing'] },
    { value: 'cost', phrases: ['how much does * cost'] },
    { value: 'no-grow', phrases: ['not planning to grow'] },
    { value: 'grow', phrases: ['grow'] },
  ]);

  it('matches word forms by stem, in order, with the words as typed', () => {
    expect(finder.findAll('We want everything to sync in Real-Time.').map((m) => [m.value, m.words])).toEqual([['sync', 'sync'], ['sync', 'real time']]);
    expect(finder.find('the data syncs')?.value).toBe('sync');
    expect(finder.find('time real')).toBeUndefined();
  });

  it('lets "*" stand for one to four words, never zero or five', () => {
    expect(finder.find('how much does an m2m sim cost')?.value).toBe('cost');
    expect(finder.find('how much does cost')).toBeUndefined();
    expect(finder.find('how much does a very very very long thing cost')).toBeUndefined();
  });

  it('matches a phrase listed with "=" only as written: "=scaling" is not met by "scale"', () => {
    const asWritten = new PhraseFinder([{ value: 'growth', phrases: ['=scaling', '=scale up'] }]);
    expect(asWritten.find('it should just keep scaling')?.value).toBe('growth');
    expect(asWritten.find('we need to Scale Up')?.words).toBe('scale up');
    expect(asWritten.find('the printer and the scale head')).toBeUndefined();
    expect(asWritten.find('large-scale data')).toBeUndefined();
    expect(asWritten.find('scaling up')?.words).toBe('scaling');
    // Without "=", the stem meets every form.
    expect(finder.find('it syncs')?.value).toBe('sync');
  });

  it('reads the longer phrase first and never counts a word twice', () => {
    expect(finder.findAll('we are not planning to grow').map((m) => m.value)).toEqual(['no-grow']);
    // Of two phrases starting with the same word, the longer one is tried first, whatever the order they are listed in.
    const sameStart = new PhraseFinder([
      { value: 'grow', phrases: ['grow'] },
      { value: 'grow-big', phrases: ['grow to many users'] },
    ]);
    expect(sameStart.findAll('it must grow to many users').map((m) => m.value)).toEqual(['grow-big']);
  });

  it('skips up to two filler words inside a phrase, never before it and never a word that is not a filler', () => {
    const withFillers = new PhraseFinder(
      [
        { value: 'no-wifi', phrases: ['without wifi'] },
        { value: 'reliable', phrases: ['fast and reliable'] },
      ],
      { fillers: ['any', 'super', 'really'] },
    );
    expect(withFillers.find('it must run without any wifi')?.words).toBe('without any wifi');
    expect(withFillers.find('fast and super really reliable')?.value).toBe('reliable');
    expect(withFillers.find('fast and super really super reliable')).toBeUndefined();
    expect(withFillers.find('without the wifi')).toBeUndefined();
    expect(withFillers.find('any wifi')).toBeUndefined();
  });

  it('reads "(a|b)" as alternatives for one place in a phrase, several groups and an empty alternative included', () => {
    expect(expandAlternatives('(wifi|broadband) * (drops|dies)')).toEqual(['wifi * drops', 'wifi * dies', 'broadband * drops', 'broadband * dies']);
    expect(expandAlternatives('keep (|on )running')).toEqual(['keep running', 'keep on running']);
    const connection = new PhraseFinder([{ value: 'offline', phrases: ['(wifi|broadband) * (drops|dies)'] }], { alternatives: true });
    expect(connection.find('the broadband at the depot drops every week')?.words).toBe('broadband at the depot drops');
    expect(connection.find('our wifi keeps dying')).toBeUndefined();
    expect(connection.find('the router dies')).toBeUndefined();
    // Only where asked: scope terms are read as written.
    expect(new PhraseFinder([{ value: 'offline', phrases: ['(wifi|broadband) * drops'] }]).find('the wifi at the depot drops')).toBeUndefined();
    // A phrase standing for too many is no phrase at all (content checks report it).
    expect(expandAlternatives(Array.from({ length: 4 }, () => '(a|b|c|d|e|f)').join(' '))).toEqual([]);
  });

  it('finds a phrase with groups exactly where the phrases it stands for, listed one by one, are found', () => {
    const listed = ['(the |our |)(wifi|wi fi|signal) (keeps |)(drops|dies)', '(many|lots of) (people|users) * (log in|see)', 'keep (|on )running', 'just (only |)(two|2) (pumps|machines)'];
    const grouped = new PhraseFinder([{ value: 'x', phrases: listed }], { alternatives: true });
    const written = new PhraseFinder([{ value: 'x', phrases: listed.flatMap(expandAlternatives) }]);
    for (const text of ['our wi fi keeps dropping again', 'the signal dies', 'lots of users will log in to see', 'many people see it', 'it must keep on running', 'just only 2 machines here', 'wifi is fine', 'signal keeps dying', 'wi fi drops', 'on running']) {
      expect(grouped.findAll(text).map((m) => m.words), text).toEqual(written.findAll(text).map((m) => m.words));
    }
  });

  it('never lets a "*" gap end with a word it is told not to bridge: "the wifi never drops" is no "wifi * drops"', () => {
    const negations = new PhraseFinder([{ value: 'offline', phrases: ['wifi * drops', 'continue * if the wifi fails'] }], { unbridged: ['never', 'not', 'without'] });
    expect(negations.find('the wifi here never drops')).toBeUndefined();
    expect(negations.find('the wifi does not drop')).toBeUndefined();
    expect(negations.find('the wifi in the hall drops')?.value).toBe('offline');
    // Inside the gap, a negation is part of the description: "without a hitch", "which is never great".
    expect(negations.find('it must continue without a hitch if the wifi fails')?.value).toBe('offline');
    expect(negations.find('our wifi, which is never great, drops every day')?.value).toBe('offline');
  });

  it('in exact mode, "rest" is not "restful"', () => {
    const exact = new PhraseFinder([{ value: 'rest', phrases: ['restful'] }], { exact: true });
    expect(exact.find('the rest of the slide')).toBeUndefined();
    expect(exact.find('a RESTful api')?.value).toBe('rest');
  });
});
