/** The welcome DM for new members. Pure. */
import { actions, context, fallbackText, message, sections, type Message } from '../../plumbing/blockKit.js';
import { startChooserButton, startQuizButton } from '../../plumbing/launchButtons.js';

/** What the bot is, the three ways to use it, and buttons for the quiz and the chooser. */
export function welcomeMessage(command: string): Message {
  const intro =
    ":wave: *Welcome!* I'm *iot-or-m2m*. I explain the difference between the *Internet of Things (IoT)* and *machine-to-machine (M2M)* communication, and help teams pick the right one for a project.";
  const ways = [
    '*Three ways to use me*',
    '• *Send me a direct message*, right here: ask anything, e.g. _what does M2M stand for?_',
    '• *Mention @iot-or-m2m* in a channel: I answer in a thread.',
    `• *Type \`${command}\`* anywhere: alone it starts the chooser, \`${command} quiz\` starts the quiz, \`${command} your question\` answers just you.`,
  ].join('\n');
  return message(fallbackText(`${intro} Ask me in a DM, mention me in a channel, or type ${command}.`), [
    ...sections(intro, 'welcome_intro'),
    ...sections(ways, 'welcome_ways'),
    actions(
      [
        startQuizButton({ style: 'primary' }),
        startChooserButton(),
      ],
      'welcome_actions',
    ),
    context('My *Home* tab has a short primer on IoT vs M2M too.', 'welcome_home'),
  ]);
}
