import type { Texts } from './texts';

export const en: Texts = {
  kinds: {
    'meeting-gap': 'No meeting has been logged in a mentorship for a while.',
    'contact-behind': "Contact in a mentorship is behind the program's target for this period.",
    'measurement-due': 'A measurement in a mentorship is due.',
    'measurement-overdue': 'A measurement in a mentorship is overdue.',
    'proposal-unanswered': 'A match proposal is waiting for an answer.',
    'referral-waiting': 'A referral is waiting for a mentor.',
    'agreement-missing': 'The match agreement of a mentorship has not been recorded yet.',
    'application-waiting': 'A mentor application is waiting to be taken up.',
    'screening-stalled': "A mentor's screening has stalled.",
    'course-stalled': 'A mentor has not completed the course yet.',
    'quota-behind': 'A municipality is behind its agreed number of referrals.',
    'check-in-missed': 'A check-in in a mentorship is overdue.',
    'check-in-missed:mentor': 'A check-in with the mentor of a mentorship is overdue.',
    'check-in-missed:young-person': 'A check-in with the young person of a mentorship is overdue.',
    'check-in-missed:referrer': 'A check-in with the referrer of a mentorship is overdue.',
    'review-due': 'A review of a mentorship is due.',
    'planned-end-reached': 'A mentorship has reached its planned end.',
    'maximum-reached': "A mentorship has reached the program's maximum length.",
    'continuation-follow-up': 'It is time to ask whether the mentor and the young person kept in touch after the mentorship.',
    'nudge-ignored': 'A reminder has not been answered.',
    welcome: 'A mentorship has started.',
  },
  unknownKind: 'Something in Mentorflow is waiting for you.',
  recipients: {
    coordinator: 'a coordinator',
    mentor: 'a mentor',
    referrer: 'a referrer',
    'young-person': 'a young person',
    panel: 'a panel member',
  },
  greeting: 'Hello,',
  signature: 'Kind regards\nMentorflow',
  footer: 'This mail was sent automatically. To keep things confidential it holds no details; you see them when you sign in.',
  openLink: 'See more in Mentorflow',
  nudge: { subject: (reason) => `Reminder: ${reason}` },
  nudgeIgnored: {
    subject: (reason) => `Unanswered reminder: ${reason}`,
    lead: (recipient, days) => `A reminder to ${recipient} has been unanswered for ${days} ${days === 1 ? 'day' : 'days'}:`,
    leadWithoutDetails: 'A reminder has been unanswered for longer than the program allows:',
  },
  welcome: {
    mentor: {
      subject: 'Welcome to your new mentorship',
      body:
        'The match is settled and your new mentorship has started. ' +
        'Here you can follow it, log your meetings and submit the measurements the program asks for at the start.',
    },
    'young-person': {
      subject: 'Welcome to your mentorship',
      body: 'You have a mentor now, and your mentorship has started. Here you can see what happens next.',
    },
    anyone: { subject: 'A new mentorship has started', body: 'A new mentorship has started.' },
  },
  digest: {
    subject: (count) => `Your open reminders (${count})`,
    lead: (count) => (count === 1 ? 'You have 1 open reminder:' : `You have ${count} open reminders:`),
    overview: 'See them all in Mentorflow',
  },
  signIn: {
    subject: 'Your sign-in link for Mentorflow',
    lead: (minutes) => `Use the link below to sign in to Mentorflow. It works once, within ${minutes} minutes.`,
    action: 'Sign in to Mentorflow',
    notYou: 'If you did not ask to sign in, you can ignore this mail: nobody can sign in without the link.',
  },
  escalation: {
    kinds: {
      'escalation-assigned': {
        subject: 'An escalation for you',
        body:
          'An escalation about a young person in a mentorship has been put to the expert panel, and it is now yours. ' +
          'Please look at it, acknowledge it and give your advice within the deadlines.',
      },
      'escalation-assigned:urgent': {
        subject: 'Urgent escalation for you',
        body:
          'An urgent escalation about a young person in a mentorship has been put to the expert panel, and it is now yours. ' +
          'Please look at it as soon as you can, acknowledge it and give your advice within the deadlines, ' +
          'which are shorter when it is urgent.',
      },
      'escalation-handed-up': {
        subject: 'An escalation has been handed up to you',
        body:
          'An escalation about a young person in a mentorship was not dealt with in time by those who had it, ' +
          'and it is now yours. Please look at it, acknowledge it and give your advice.',
      },
      'escalation-handed-up:urgent': {
        subject: 'Urgent escalation handed up to you',
        body:
          'An urgent escalation about a young person in a mentorship was not dealt with in time by those who had it, ' +
          'and it is now yours. Please look at it as soon as you can, acknowledge it and give your advice.',
      },
      'escalation-advice': {
        subject: 'Advice on your escalation',
        body: 'Advice has been given on an escalation you raised.',
      },
    },
    general: {
      normal: { subject: 'News about an escalation', body: 'There is news about an escalation you are involved in.' },
      urgent: { subject: 'Urgent: news about an escalation', body: 'There is news about an urgent escalation you are involved in.' },
    },
  },
};
