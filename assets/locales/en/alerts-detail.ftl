# What a red-flag alert measured, written in the language in use when the alert is read
# (src-tauri/core/src/rules/detail.rs keeps the message ids and their arguments). Numbers,
# dates and signs only: never the person's own notes.

## A sign ticked on pain entries ($what), once or on several entries.

alerts-detail-sign-saddle_numbness = Saddle-area numbness or tingling
alerts-detail-sign-bladder_bowel_change = A bladder or bowel change (retention, leaking, or new bowel change)
alerts-detail-sign-sexual_function_change = A change in sexual sensation or function
alerts-detail-sign-both_legs = Symptoms in both legs
alerts-detail-sign-leg_weakness_worsening = Worsening leg weakness or trouble walking
alerts-detail-sign-fever = Fever or chills
alerts-detail-sign-night_pain = Night pain that rest does not ease
alerts-detail-sign-back_lump = A lump, swelling or change in shape
alerts-detail-sign-pain = Pain
alerts-detail-interference = Interference
alerts-detail-logged = { $count ->
    [one] { $what } logged on { $when }.
   *[other] { $what } logged on { $count } entries in the last { $days } days, most recently { $when }.
  }
# $from is left or right: the leg with symptoms first.
alerts-detail-spread = { $from ->
    [left] Symptoms in the left leg on { $first }, then in the right leg on { $later }: spreading from one leg to the other.
   *[right] Symptoms in the right leg on { $first }, then in the left leg on { $later }: spreading from one leg to the other.
  }

## The profile's history ($what: one or more of the items below).

alerts-detail-profile-records = Your profile records { $what }.
alerts-detail-history-immunosuppressed = a weakened immune system
alerts-detail-history-iv_drug_use = injecting drug use
alerts-detail-history-recent_infection = a recent infection
alerts-detail-history-cancer = a history of cancer
alerts-detail-history-weight_loss = unexplained weight loss
alerts-detail-history-major_trauma = a major injury (fall from a height, road accident or heavy blow)
alerts-detail-history-minor_trauma = a minor fall or strain
# A history item and its answer: "a recent infection (on 3 Mar 2025)".
alerts-detail-dated = { $what } ({ $answer })
alerts-detail-answer-on = on { $date }
alerts-detail-answer-ongoing = ongoing
alerts-detail-answer-unknown-date = yes, date not given
alerts-detail-answer-no = no
alerts-detail-with-reasons = { $what }, with { $reasons }
alerts-detail-reason-over_50 = age 50 or over
alerts-detail-reason-osteoporosis = osteoporosis or a compression fracture
alerts-detail-reason-steroids = long-term steroids
alerts-detail-and = { $first } and { $second }
# $band is under_20 or over_50.
alerts-detail-age-onset-profile = Your profile gives an age of { $band ->
    [under_20] under 20
   *[over_50] 50 or over
  } and says this episode started on { $date } ({ $weeks ->
    [0] less than a week
    [one] 1 week
   *[other] { $weeks } weeks
  } ago).
alerts-detail-age-onset-journal = Your profile gives an age of { $band ->
    [under_20] under 20
   *[over_50] 50 or over
  } and your journal shows pain starting on { $date } after at least { $free } days with no pain logged ({ $weeks ->
    [0] less than a week
    [one] 1 week
   *[other] { $weeks } weeks
  } ago).

## Levels and changes of pain.

# $what is Pain or Interference.
alerts-detail-level = { $what } of { $threshold }/10 or more logged { $count } { $count ->
    [one] time
   *[other] times
  } in the last { $days } days (highest { $highest }/10, latest { $when }).
alerts-detail-persisting = Pain on { $days } days in a row, from { $start } to { $end } (worst { $first }/10 on the first day, { $last }/10 on the last), above your usual level ({ $usual }/10 on the { $logged } days you logged in the 4 weeks before).
alerts-detail-not-improving = Average of each day's worst pain: { $before }/10 in the week before, { $now }/10 in the last 7 days.
alerts-detail-worsening = Average of each day's worst pain rose from { $before }/10 (days 8 to 28 before) to { $now }/10 (last 7 days), a rise of { $rise } points.
# $kinds lists numbness, tingling, weakness.
alerts-detail-one-leg = Leg { $kinds } in one leg logged { $count } { $count ->
    [one] time
   *[other] times
  } in the last { $days } days, most recently { $when }.
alerts-detail-leg-numbness = numbness
alerts-detail-leg-tingling = tingling
alerts-detail-leg-weakness = weakness
alerts-detail-with-movement = Logged { $count } { $count ->
    [one] time
   *[other] times
  } in the last { $days } days, most recently during or right after { $activity } on { $when }.

## Why an alert was resolved (its history).

alerts-detail-resolved-evidence-changed = An entry this alert rested on was edited or deleted, and the rule no longer applies.
alerts-detail-resolved-no-longer-met = The journal no longer meets this rule (time has passed or newer entries changed the picture).

## The evidence entries next to an alert: numbers and ticked signs, joined with " · ".

alerts-detail-entry-deleted = This entry has since been deleted.
alerts-detail-entry-check-in = Check-in for { $date }
alerts-detail-entry-minutes = { $activity } ({ $minutes } min)
alerts-detail-entry-pain = Pain { $nrs }/10
alerts-detail-entry-saddle_numbness = saddle-area numbness
alerts-detail-entry-bladder_bowel_change = bladder or bowel change
alerts-detail-entry-sexual_function_change = sexual sensation or function change
alerts-detail-entry-leg_weakness_worsening = worsening leg weakness
alerts-detail-entry-fever = fever or chills
alerts-detail-entry-night_pain = night pain
alerts-detail-entry-back_lump = lump or change in shape
# $kinds lists numbness, tingling, weakness; $side is both or one.
alerts-detail-entry-leg = leg { $kinds } ({ $side ->
    [both] both legs
   *[one] one leg
  })
alerts-detail-entry-below-knee = pain below the knee
alerts-detail-entry-interference = interference { $value }/10
