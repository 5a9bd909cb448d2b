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
    'consent-request': 'Dit samtykke til et mentorforløb er nødvendigt.',
    'measurement-request': 'Det er tid til at svare på et kort spørgeskema om, hvordan du har det.',
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
  youngPersonLink: {
    'consent-request': {
      subject: 'Vil du sige ja til et mentorforløb?',
      lead:
        'Du er blevet henvist til et mentorforløb. Før det kan begynde, skal du selv sige ja eller nej. ' +
        'Linket herunder forklarer, hvad vi gemmer, hvem der kan se det, og hvordan du kan trække dit ja tilbage.',
      action: 'Læs og svar',
    },
    'measurement-request': {
      subject: 'Hvordan har du det?',
      lead: 'Det er tid til at svare på et kort spørgeskema om, hvordan du har det. Det tager et par minutter.',
      action: 'Svar på spørgeskemaet',
    },
    personal: 'Linket er kun til dig, og det virker én gang. Del det ikke med andre.',
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
          'En eskalering om en ung i et mentorforløb er ikke blevet taget hånd om i tide af dem, der havde den, og ligger nu hos dig. ' +
          'Se den igennem, kvittér for modtagelsen og giv din rådgivning.',
      },
      'escalation-handed-up:urgent': {
        subject: 'Haster: en eskalering er gået videre til dig',
        body:
          'En hastende eskalering om en ung i et mentorforløb er ikke blevet taget hånd om i tide af dem, der havde den,' +
          ' og ligger nu hos dig. ' +
          'Se den igennem hurtigst muligt, kvittér for modtagelsen og giv din rådgivning.',
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
  unownedEscalation: {
    subject: (urgent) => (urgent ? 'Haster: en eskalering har ingen til at tage den' : 'En eskalering har ingen til at tage den'),
    lead: ({ programSlug, category, urgent, waitedHours }) =>
      `En ${urgent ? 'hastende ' : ''}eskalering i programmet ${programSlug} (kategori ${category}) har ingen til at tage den; ` +
      `den har ventet ${ventet(waitedHours)}.`,
    leadWithoutDetails: 'En eskalering havde ingen til at tage den.',
    whatToDo: 'Giv programmet et panelmedlem for kategorien, en koordinator eller en programleder: så går den til dem inden for et døgn.',
    action: 'Åbn programmet',
  },
};

function ventet(hours: number): string {
  if (hours < 1) return 'under en time';
  if (hours < 48) return `${hours} ${hours === 1 ? 'time' : 'timer'}`;
  return `${Math.floor(hours / 24)} dage`;
}
