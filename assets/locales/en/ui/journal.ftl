# The journal's screens and forms: Today, the timeline, the pain, activity and check-in
# forms, the body map, the "afterwards" and relief questions.

## Words several journal forms share

journal-log-activity = Log activity
journal-save-changes = Save changes
journal-notes = Notes
journal-date-time-required = Enter a date and time.
journal-check-in-title = Daily check-in
journal-score-of-ten = { $score } out of 10
journal-completely = completely
journal-not-at-all = not at all

## Today

today-log-group = Log something
today-log-pain-hint = How your back feels now
today-log-activity-hint = Intimacy, exercise, sitting…
today-check-in-update = Update check-in
today-check-in-hint = Stress, sleep, stiffness
today-pain-saved = Pain entry saved.
today-activity-saved = Activity saved.
today-check-in-saved = Check-in saved.
today-so-far = Today so far
today-empty = Nothing logged yet today. A quick pain score after activities is what makes the patterns visible later.

## Timeline

timeline-filters = Filters
timeline-clear-filters = Clear filters
timeline-empty-title = Nothing here yet
timeline-empty-filtered = No entries match these filters.
timeline-empty = Entries you log on the Today screen appear here, newest first.
timeline-entries-on = Entries on { $day }
timeline-delete-confirm = Delete this entry?
timeline-delete = Delete
timeline-edit = Edit
timeline-show-older = Show older entries
timeline-deleted = Entry deleted.
undo-action = Undo

## One entry in a line or two (EntrySummary)

entry-pain-aria = Pain { $score } out of 10
entry-pain = Pain { $score }/10
entry-after-activity = after { $activity }, { $day } { $time }
entry-after-an-activity = after an activity
entry-leg-symptoms = Leg symptoms: { $side ->
        [both_legs] both legs
       *[one_leg] one leg
    }
entry-urgent-sign = Urgent sign recorded
entry-minutes = { $minutes } min
entry-warm-up = warm-up
entry-pain-before = pain before { $score }/10
entry-helped = helped { $score }/10
entry-helped-unknown = how much it helped: not answered yet
entry-exercises = { $count ->
        [one] { $count } exercise
       *[other] { $count } exercises
    }
entry-daily = Daily
entry-check-in = Check-in
entry-stress = stress { $score }/10
entry-slept = slept { $hours } h
entry-sleep-quality = sleep quality { $score }/10
entry-stiffness = morning stiffness { $score }/10

## The pain form

pain-form-edit = Edit pain entry
pain-form-score-follows = Follows the worst region you mark on the map until you choose a score here.
pain-form-leg-side-required = Say whether this is in one leg or both legs.
pain-form-leg-legend = Leg symptoms
pain-form-numbness = Numbness
pain-form-tingling = Tingling
pain-form-weakness = Weakness
pain-form-which-legs = Which legs
pain-form-one-leg = One leg
pain-form-both-legs = Both legs
pain-form-saddle-group = A question about the saddle area
pain-form-saddle-question = You marked numbness or pins and needles in the saddle area or genitals. Is it new since your pain began?
pain-form-saddle-yes = Yes: numbness or tingling around the genitals, buttocks or inner thighs (saddle area) that is new
pain-form-saddle-why = Why we ask: with back pain this can mean the nerves at the base of the spine are squeezed, which needs checking in hospital within hours (British Association of Spine Surgeons 2018 standards for cauda equina syndrome; NHS Norfolk and Waveney, "Got back pain"). Only you can say; nothing is recorded unless you tick it.
pain-form-both-legs-group = A question about both legs
pain-form-both-legs-question = You marked both legs. Are the pain, numbness, tingling or weakness in both legs at once, or spreading from one leg to the other?
pain-form-both-legs-yes = Yes: symptoms in both legs, or spreading from one leg to the other
pain-form-both-legs-why = Why we ask: symptoms in both legs is where guidance draws the line between "see a doctor" and "emergency" (British Association of Spine Surgeons 2018 standards for cauda equina syndrome; NHS Sheffield, "Aches and pains: back pain"). Only you can say; nothing is recorded unless you tick it.
pain-form-leg-group = Questions about the leg below the knee
pain-form-leg-question = You marked pain below the knee, the usual reach of pain from an irritated nerve (NICE guideline NG59, Low back pain and sciatica). Do you also have any of these?
pain-form-started = It started
pain-form-activity-followed = Activity this pain followed
pain-form-not-linked = Not linked to an activity
pain-form-suggested = Suggested: your most recent activity in the 48 hours before. Change it if that is not right.
pain-form-no-recent = No activity logged in the 48 hours before this time.
pain-form-fewer = Fewer details
pain-form-more = More details: feel, interference, legs, notes
pain-form-feel = What does it feel like?
pain-form-interference-daily = Interference with daily life
pain-form-interference-intimacy = Interference with intimacy
pain-form-save = Save pain entry

## The body map

map-legend = Where does it hurt?
map-help = Choose each place that hurts and give it its own score. Keyboard: arrow keys move between regions, Enter marks one, a number key scores it (+ and − for 10), Delete removes it. Left and right are your own.
map-front = Front
map-back = Back
map-shading = Shading darkens with the score, and each marked region shows its number;
map-shading-stripes = stripes and “?” mean marked without a score.
map-detail = { $region }: score and feel
map-region-score = How much does it hurt here ({ $region })?
map-region-feel = What does it feel like here?
map-done = Done with { $region }
map-remove = Remove { $region }
map-list = Choose from a list instead
map-list-legend = Regions (the same as the map)
map-list-no-score = { $region }: no score yet
map-list-score = { $region }: { $score }/10
map-list-score-feel = { $region }: { $score }/10, { $feel }
map-list-no-score-feel = { $region }: no score yet, { $feel }

## The activity form

activity-form-edit = Edit activity
activity-form-what = What did you do?
activity-form-kind = Activity kind
activity-form-duration = Duration (minutes)
activity-form-duration-invalid = Duration must be a whole number of minutes, up to 1440.
activity-form-positions = Position(s)
activity-form-role = Your role
activity-form-props = Props
activity-form-warm-up = Warmed up first (stretches, warm shower)
activity-form-pain-before = Pain just before
activity-form-relief-question = What did you do for it?
activity-form-medicine = Medicine name
activity-form-dose = Dose
activity-form-dose-example = e.g. 400 mg
activity-form-medicine-private = The medicine name and dose are private, like notes: a partner share leaves them out unless you share notes.
activity-form-for-pain = For which pain entry?
activity-form-for-pain-none = Not linked to a pain entry
activity-form-for-pain-option = { $time } · { $score }/10
activity-form-for-pain-other = The linked entry (another day)
activity-form-for-pain-hint = The pain entries of that day. Linking says which pain it was done for.
activity-form-helped = How much did it help?
activity-form-helped-hint = Leave it empty until you know; Today asks later, or edit the entry.
activity-form-save = Save activity

## The daily check-in

check-in-stress-required = Choose a stress level from 0 to 10.
check-in-sleep-invalid = Sleep must be between 0 and 24 hours.
check-in-day = Day
check-in-stress = Stress today
check-in-calm = calm
check-in-overwhelmed = overwhelmed
check-in-sleep-hours = Hours of sleep
check-in-sleep-quality = Sleep quality
check-in-very-poor = very poor
check-in-excellent = excellent
check-in-stiffness = Stiffness on waking
check-in-very-stiff = very stiff
check-in-save = Save check-in

## "How was your back afterwards?" on Today and the timeline

outcome-question = How was your back afterwards?
outcome-question-for = How was your back afterwards? { $activity }
outcome-no-pain = No pain
outcome-it-hurt = It hurt…
outcome-score-label = How much, from 1 to 10
outcome-waiting = { $evenings ->
        [yes] { $count ->
            [one] { $count } evening waiting for an answer.
           *[other] { $count } evenings waiting for an answer.
        }
       *[no] { $count ->
            [one] { $count } activity waiting for an answer.
           *[other] { $count } activities waiting for an answer.
        }
    }
outcome-why = An evening that went well counts as much as one that hurt: it is how Insights can tell what helps.
outcome-window = { $days ->
        [one] Asked for { $days } day; after that an unanswered one stays “unknown” in Insights, never counted as no pain.
       *[other] Asked for { $days } days; after that an unanswered one stays “unknown” in Insights, never counted as no pain.
    }
outcome-saved = { $score ->
        [0] Saved: no pain after { $activity }.
       *[other] Saved: { $score }/10 after { $activity }.
    }
outcome-afterwards = { $score ->
        [0] Afterwards: no pain
       *[other] Afterwards: { $score }/10
    }
outcome-no-answer = No answer yet
outcome-answer = Answer
outcome-activity = { $activity }, { $day } { $time }

## "How much did it help?" on Today, for relief logged without an answer

relief-what = { $kind ->
        [heat] the heat
        [cold] the cold
        [rest] the rest
        [massage] the massage
        [bath] the bath
        [medicine] the medicine
        [tens] the TENS
        [physio] the physiotherapy
       *[other] it
    }
relief-question = How much did { $what } help?
relief-scale = 0 = not at all, 10 = completely. Not sure yet? Leave it: it stays unanswered, never counted as 0.
relief-not-now = Not now
relief-not-now-label = Not now: ask about { $what } another day
relief-saved = Saved: { $what } helped { $score }/10.

## After a pain entry linked to intimacy

after-intimacy-title = Pain after intimacy: talk it through
after-intimacy-text = You logged { $score }/10 after intimacy. Going through what happened together, kindly and specifically, is the first thing that helps. The gentle cool-down and the positions guide may help too.
after-intimacy-cool-down = Start the cool-down
after-intimacy-positions = Positions and conversation prompts
