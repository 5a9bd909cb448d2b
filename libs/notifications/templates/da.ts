import type { Texts } from './texts';

/** Danish, the default: most people in the programs read it first. */
export const da: Texts = {
  kinds: {
    'meeting-gap': 'Der er ikke registreret et møde i forløbet i et stykke tid.',
    'contact-behind': 'Kontakten i forløbet er bagud i forhold til programmets mål for perioden.',
    'measurement-due': 'Det er tid til en måling i forløbet.',
    'measurement-overdue': 'En måling i forløbet er ikke udfyldt til tiden.',
    'proposal-unanswered': 'Et forslag til et match venter på svar.',
    'referral-waiting': 'En henvisning venter på en mentor.',
    'agreement-missing': 'Matchaftalen for et forløb er ikke registreret endnu.',
    'application-waiting': 'En mentoransøgning venter på at blive taget op.',
    'screening-stalled': 'Screeningen af en mentor er gået i stå.',
    'course-stalled': 'En mentor har ikke gennemført kurset endnu.',
    'quota-behind': 'En kommune er bagud med sine henvisninger i forhold til aftalen.',
    'check-in-missed': 'En opfølgning i et forløb er ikke holdt til tiden.',
    'check-in-missed:mentor': 'En opfølgning med mentoren i et forløb er ikke holdt til tiden.',
    'check-in-missed:young-person': 'En opfølgning med den unge i et forløb er ikke holdt til tiden.',
    'check-in-missed:referrer': 'En opfølgning med henviseren i et forløb er ikke holdt til tiden.',
    'review-due': 'Det er tid til at gøre status over et forløb.',
    'planned-end-reached': 'Et forløb har nået sin planlagte afslutning.',
    'maximum-reached': 'Et forløb har nået programmets længste varighed.',
    'continuation-follow-up': 'Det er tid til at høre, om mentor og den unge har holdt kontakten efter forløbet.',
    'nudge-ignored': 'En påmindelse er ikke blevet besvaret.',
    welcome: 'Et mentorforløb er begyndt.',
  },
  unknownKind: 'Der er noget i Mentorflow, som venter på dig.',
  recipients: {
    coordinator: 'en koordinator',
    mentor: 'en mentor',
    referrer: 'en henviser',
    'young-person': 'en ung',
    panel: 'et medlem af panelet',
  },
  greeting: 'Hej,',
  signature: 'Venlig hilsen\nMentorflow',
  footer: 'Denne mail er sendt automatisk. Af hensyn til fortroligheden står detaljerne ikke her; du finder dem, når du logger ind.',
  openLink: 'Se mere i Mentorflow',
  nudge: { subject: (reason) => `Påmindelse: ${reason}` },
  nudgeIgnored: {
    subject: (reason) => `Ubesvaret påmindelse: ${reason}`,
    lead: (recipient, days) => `En påmindelse til ${recipient} har stået ubesvaret i ${days} ${days === 1 ? 'dag' : 'dage'}:`,
    leadWithoutDetails: 'En påmindelse har stået ubesvaret længere end programmets frist:',
  },
  welcome: {
    mentor: {
      subject: 'Velkommen til dit nye mentorforløb',
      body:
        'Matchet er på plads, og dit nye forløb er begyndt. ' +
        'Her kan du følge forløbet, registrere jeres møder og indsende de målinger, programmet beder om ved starten.',
    },
    'young-person': {
      subject: 'Velkommen til dit mentorforløb',
      body: 'Du har fået en mentor, og jeres forløb er begyndt. Her kan du se, hvad der skal ske nu.',
    },
    anyone: { subject: 'Et nyt mentorforløb er begyndt', body: 'Et nyt forløb er begyndt.' },
  },
  digest: {
    subject: (count) => `Dine åbne påmindelser (${count})`,
    lead: (count) => (count === 1 ? 'Du har 1 åben påmindelse:' : `Du har ${count} åbne påmindelser:`),
    overview: 'Se dem alle i Mentorflow',
  },
  signIn: {
    subject: 'Dit login-link til Mentorflow',
    lead: (minutes) => `Brug linket herunder til at logge ind i Mentorflow. Det virker én gang, inden for ${minutes} minutter.`,
    action: 'Log ind i Mentorflow',
    notYou: 'Har du ikke bedt om at logge ind, kan du se bort fra denne mail: ingen kan logge ind uden linket.',
  },
  escalation: {
    kinds: {
      'escalation-assigned': {
        subject: 'En eskalering til dig',
        body:
          'En eskalering om en ung i et mentorforløb er sendt til ekspertpanelet, og den ligger nu hos dig. ' +
          'Se den igennem, kvittér for modtagelsen og giv din rådgivning inden for fristerne.',
      },
      'escalation-assigned:urgent': {
        subject: 'Haster: en eskalering til dig',
        body:
          'En hastende eskalering om en ung i et mentorforløb er sendt til ekspertpanelet, og den ligger nu hos dig. ' +
          'Se den igennem hurtigst muligt, kvittér for modtagelsen og giv din rådgivning inden for fristerne, ' +
          'som er kortere, når det haster.',
      },
      'escalation-handed-up': {
        subject: 'En eskalering er gået videre til dig',
        body:
          'En eskalering om en ung i et mentorforløb er ikke blevet taget hånd om i tide af dem, der havde den, ' +
          'og ligger nu hos dig. Se den igennem, kvittér for modtagelsen og giv din rådgivning.',
      },
      'escalation-handed-up:urgent': {
        subject: 'Haster: en eskalering er gået videre til dig',
        body:
          'En hastende eskalering om en ung i et mentorforløb er ikke blevet taget hånd om i tide af dem, der havde den, ' +
          'og ligger nu hos dig. Se den igennem hurtigst muligt, kvittér for modtagelsen og giv din rådgivning.',
      },
      'escalation-advice': {
        subject: 'Der er rådgivning til din eskalering',
        body: 'Der er givet rådgivning til en eskalering, du har rejst.',
      },
    },
    general: {
      normal: { subject: 'Nyt om en eskalering', body: 'Der er nyt om en eskalering, du er involveret i.' },
      urgent: { subject: 'Haster: nyt om en eskalering', body: 'Der er nyt om en hastende eskalering, du er involveret i.' },
    },
  },
};
