// Labels the scenarios of a freshly labelled blind set from the writer's verdict and criteria codes:
// the side's "when" entry (or the mix entries), then one "best when" entry per criterion.
// usage: node scripts/labelScenarios.mjs SET.yml   (run once, after the labeller; it adds one expect line per scenario)
import { readFileSync, writeFileSync } from 'node:fs';

const FIT = {
  'M2M-1': 'm2m-fit-point-to-point', 'M2M-2': 'm2m-fit-few-machines', 'M2M-3': 'm2m-fit-no-wifi', 'M2M-4': 'm2m-fit-no-scaling',
  'M2M-5': 'm2m-fit-security-isolation', 'IOT-1': 'iot-fit-realtime-sync', 'IOT-2': 'iot-fit-fast-internet',
  'IOT-3': 'iot-fit-many-to-many', 'IOT-4': 'iot-fit-scaling-users', 'IOT-5': 'iot-fit-standards',
};
const HEAD = { m2m: ['m2m-when'], iot: ['iot-when'], mix: ['use-both', 'm2m-when', 'iot-when'] };

const path = process.argv[2];
if (!path) throw new Error('usage: node scripts/labelScenarios.mjs SET.yml');
const out = [];
let scenario = false, verdict, criteria, added = 0;
for (const line of readFileSync(path, 'utf8').split('\n')) {
  if (/^ {2}- q:/.test(line)) [scenario, verdict, criteria] = [false, undefined, undefined];
  if (/^\s+style: scenario\s*$/.test(line)) scenario = true;
  verdict = /^\s+verdict: (\w+)/.exec(line)?.[1] ?? verdict;
  const codes = /^\s+criteria: \[(.*)\]/.exec(line)?.[1];
  if (codes) criteria = codes.match(/[A-Z0-9]+-\d/g);
  out.push(line);
  if (scenario && /^\s+article:/.test(line)) {
    if (!HEAD[verdict] || !criteria?.every((c) => FIT[c])) throw new Error(`${path}: scenario before line ${out.length} has verdict ${verdict} and criteria ${criteria}`);
    out.push(`${/^\s+/.exec(line)[0]}expect: [${[...HEAD[verdict], ...criteria.map((c) => FIT[c])].join(', ')}]`);
    added++;
  }
}
writeFileSync(path, out.join('\n'));
console.log(`${path}: ${added} scenario expect lines added`);
