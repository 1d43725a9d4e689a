# The Profile screen and the health-history questions the red-flag rules read (Profile and
# first-run setup ask them). Items that stop mattering with time take a date or "still the
# case" (issue 12); the rules' windows for each are in docs/red-flags.md.

profile-intro = This stays on your computer. It tailors suggestions and lets the safety checks ask the right questions.
profile-movement-question = Which movements make it worse?
profile-age = Age
profile-history-hint = Some back pain needs a doctor sooner when one of these applies.
profile-save = Save profile
profile-saved = Profile saved.
profile-missing-dates = Some health answers need a date, or "still the case": see the notes above.

profile-history-cancer_history = I have had cancer
profile-history-iv_drug_use = I inject drugs
profile-history-major_trauma = A serious injury: a fall from a height, a road accident or a heavy blow
profile-history-major_trauma-date = It happened on
profile-history-minor_trauma = A minor fall, slip or strain (for example while lifting)
profile-history-minor_trauma-date = It happened on
profile-history-recent_infection = I have had an infection recently (for example a urine or chest infection)
profile-history-recent_infection-ongoing = I still have it
profile-history-recent_infection-date = It started on
profile-history-unexplained_weight_loss = I have lost weight without trying
profile-history-unexplained_weight_loss-ongoing = Still losing weight
profile-history-unexplained_weight_loss-date = First noticed on
profile-history-immunosuppressed = My immune system is weakened (illness or medicines)
profile-history-immunosuppressed-ongoing = Still the case
profile-history-immunosuppressed-date = It ended on
profile-history-long_term_steroids = I take steroid tablets long-term
profile-history-long_term_steroids-ongoing = Still taking them
profile-history-long_term_steroids-date = Stopped on
profile-history-when = When: { $question }
profile-history-date-of = { $date }: { $question }
profile-history-missing-ongoing = Give the date, or choose "{ $ongoing }". Until then the safety checks treat it as recent.
profile-history-missing = Give the date (roughly is fine). Until then the safety checks treat it as recent.
