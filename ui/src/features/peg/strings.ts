// Words of the weekly PEG check (Today's card and Insights' trend). The three questions
// follow the PEG scale (Krebs EE et al., J Gen Intern Med 2009;24(6):733-738), put in our
// own words; each answer covers the past seven days.

const en = {
  cardTitle: 'Weekly check: three questions',
  cardIntro: 'Once a week, about the past 7 days. It takes a few seconds and shows the bigger picture over months.',
  painQuestion: 'Over the past week, how bad was your pain on average?',
  painLow: 'no pain',
  painHigh: 'as bad as you can imagine',
  enjoymentQuestion: 'Over the past week, how much did pain get in the way of enjoying life?',
  activityQuestion: 'Over the past week, how much did pain get in the way of your usual activities?',
  interferenceLow: 'not at all',
  interferenceHigh: 'completely',
  answerAll: 'Answer all three questions (0 to 10).',
  save: 'Save weekly check',
  notThisWeek: 'Not this week',
  saved: 'Weekly check saved: score {score} out of 10.',
  trendTitle: 'Weekly check (PEG)',
  trendIntro:
    'The score is the average of your three weekly answers (pain, and how much it got in the way of enjoying life and of your usual activities), 0 to 10.',
  trendEmpty: 'No weekly check in these weeks yet. Today offers it once a week.',
  noCheck: 'no check',
  weekOf: 'Week of',
  scoresByWeek: 'Scores by week',
  score: 'Score',
  itemPain: 'Pain',
  itemEnjoyment: 'Enjoyment',
  itemActivity: 'Activity',
  missingNote: 'Weeks without a check are left empty (not counted as zero).',
  source: 'Source: Krebs EE et al. Development and initial validation of the PEG, a three-item scale assessing pain intensity and interference. J Gen Intern Med 2009;24(6):733-738.',
};

export type PegStrings = typeof en;

/** The strings in use; a translation adds an object of type PegStrings. */
export const pegStrings: PegStrings = en;
