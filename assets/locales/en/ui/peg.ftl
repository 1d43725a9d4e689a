# The weekly PEG check (Today's card and Insights' trend). The three questions follow the
# PEG scale (Krebs EE et al., J Gen Intern Med 2009;24(6):733-738), put in our own words;
# each answer covers the past seven days.

peg-card-title = Weekly check: three questions
peg-card-intro = Once a week, about the past 7 days. It takes a few seconds and shows the bigger picture over months.
peg-pain-question = Over the past week, how bad was your pain on average?
peg-pain-low = no pain
peg-pain-high = as bad as you can imagine
peg-enjoyment-question = Over the past week, how much did pain get in the way of enjoying life?
peg-activity-question = Over the past week, how much did pain get in the way of your usual activities?
peg-interference-low = not at all
peg-interference-high = completely
peg-answer-all = Answer all three questions (0 to 10).
peg-save = Save weekly check
peg-not-this-week = Not this week
peg-saved = Weekly check saved: score { $score } out of 10.
peg-trend-title = Weekly check (PEG)
peg-trend-intro = The score is the average of your three weekly answers (pain, and how much it got in the way of enjoying life and of your usual activities), 0 to 10.
peg-trend-empty = No weekly check in these weeks yet. Today offers it once a week.
peg-no-check = no check
peg-week-score = { $week }: { $score }
peg-week-of = Week of
peg-scores-by-week = Scores by week
peg-score = Score
peg-item-pain = Pain
peg-item-enjoyment = Enjoyment
peg-item-activity = Activity
peg-missing-note = Weeks without a check are left empty (not counted as zero).
peg-source = Source: Krebs EE et al. Development and initial validation of the PEG, a three-item scale assessing pain intensity and interference. J Gen Intern Med 2009;24(6):733-738.
