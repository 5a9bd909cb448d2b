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
    'consent-request': 'Your consent to a mentorship is needed.',
    'measurement-request': 'It is time to answer a short questionnaire about how you are doing.',
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
  youngPersonLink: {
    'consent-request': {
      subject: 'Would you like to start a mentorship?',
      lead:
        'You have been referred to a mentorship. Before it can start, you decide yourself: yes or no. ' +
        'The link below explains what we store, who can see it and how you can take your yes back.',
      action: 'Read and answer',
    },
    'measurement-request': {
      subject: 'How are you doing?',
      lead: 'It is time to answer a short questionnaire about how you are doing. It takes a couple of minutes.',
      action: 'Answer the questionnaire',
    },
    personal: 'The link is yours alone and works once. Please do not share it.',
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
          'An escalation about a young person in a mentorship was not dealt with in time by those who had it, and it is now yours. ' +
          'Please look at it, acknowledge it and give your advice.',
      },
      'escalation-handed-up:urgent': {
        subject: 'Urgent escalation handed up to you',
        body:
          'An urgent escalation about a young person in a mentorship was not dealt with in time by those who had it,' +
          ' and it is now yours. ' +
          'Please look at it as soon as you can, acknowledge it and give your advice.',
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
  unownedEscalation: {
    subject: (urgent) => (urgent ? 'Urgent: an escalation has nobody to own it' : 'An escalation has nobody to own it'),
    lead: ({ programSlug, category, urgent, waitedHours }) =>
      `${urgent ? 'An urgent' : 'A'} escalation in program ${programSlug} (category ${category}) has nobody to own it; ` +
      `it has waited ${waited(waitedHours)}.`,
    leadWithoutDetails: 'An escalation had nobody to own it.',
    whatToDo: 'Give the program a panel member for the category, a coordinator or a program lead: it goes to them within a day.',
    action: 'Open the program',
  },
};

function waited(hours: number): string {
  if (hours < 1) return 'less than an hour';
  if (hours < 48) return `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
  return `${Math.floor(hours / 24)} days`;
}
