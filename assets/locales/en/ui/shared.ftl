# Words two or more parts of the window use: the screens' names, common buttons and labels.

screen-today = Today
screen-timeline = Timeline
screen-insights = Insights
screen-experiments = Experiments
screen-alerts = Alerts
screen-guide = Guide
screen-positions = Positions
screen-sharing = Sharing
screen-profile = Profile
screen-settings = Settings
common-back = Back
common-next = Next
common-cancel = Cancel
common-keep = Keep
common-dismiss = Dismiss
common-from = From
common-to = To
common-when = When
common-passphrase = Passphrase
common-loading = Loading…
common-saving = Saving…
common-checking = Checking…
common-encrypting = Encrypting…
common-log-pain = Log pain
common-log-pain-now = Log pain now
common-reminders = Reminders
common-something-went-wrong = Something went wrong.
common-privacy = Privacy
pain-how-much-required = Choose how much it hurts, from 0 to 10.
pain-where = Where?
pain-score-label = How much does your back hurt right now?
pain-no-pain = no pain
pain-worst-imaginable = worst imaginable
pain-after-this = After this?
pain-activity-option = { $activity } · { $day } { $time }
pain-activity-option-minutes = { $activity } · { $day } { $time }, { $minutes } min
profile-conditions-title = Known back conditions
profile-history-title = Health history
profile-episode-label = This episode of back pain started on
profile-age-prefer-not = Prefer not to say
movement-choose = Your movement profile

## The warning-sign (red-flag) questions of a pain entry, asked by the pain form and the
## quick-log window.

red-flags-legend = Any of these, new since your pain began?
red-flags-hint = These are rare but need urgent care. Tick any that apply.
red-flag-question-both_legs = Pain, numbness, tingling or weakness in both legs (or spreading from one leg to the other)
red-flag-question-saddle_numbness = Numbness or tingling around the genitals, buttocks or inner thighs (saddle area)
red-flag-question-bladder_bowel_change = Bladder or bowel change: can't pass urine or don't feel the need to, trouble starting or a weak flow, leaking urine, or new constipation or loss of bowel control
red-flag-question-sexual_function_change = New change in sexual sensation or function
red-flag-question-fever = Fever or chills
red-flag-question-leg_weakness_worsening = Leg weakness getting worse, a foot that drags or slaps, or new trouble walking
red-flag-question-night_pain = Pain at night that does not ease with rest or changing position
red-flag-question-back_lump = A new lump, swelling or change in the shape of your back

## The 0-10 score scale (shared/ScoreInput).

score-low-default = none
score-high-default = worst
score-optional = (optional)
score-end = { $score } = { $label }
score-clear = Clear

## The body map's words (shared/bodyMap.ts): the pain form draws it, Insights shades it.

body-map-view-front = Front of the body
body-map-view-back = Back of the body
# What a screen reader hears for one region: its name, side and current score.
body-map-region-aria = { $region }, { $side ->
        [left] your left side
        [right] your right side
       *[centre] middle
    }: { $state ->
        [unscored] marked, no score given
        [scored] pain { $score } out of 10
       *[unmarked] not marked
    }
body-map-region-score = { $region } { $score }/10
