# The guide's screens: the guide itself, the guided player, the stress tools, the positions
# page and the partner check. The catalogue's own words (exercises, routines, positions)
# come from the Rust side.

## The guide

guide-intro = Exercise is the main treatment for lasting low back pain; stretches and relaxation make it more comfortable. Stop anything that causes severe pain, and see a professional if pain persists.
guide-load-error = The guide could not be loaded.
guide-for-you-title = For you today
guide-looking = Looking at your journal…
guide-get-help-first = Get help first.
guide-paused = Paused.
guide-paused-suggestions = Paused suggestions.
guide-see-alert = See the alert
guide-start = Start
guide-open = Open
guide-start-named = Start { $name }
guide-open-named = Open { $name }
guide-pick-label = { $action }: { $title }
guide-change-profile = Change your profile
guide-leg-caution = You logged pain below the knee this week, so stretches that can pull on the nerve are left out.
guide-level-now = You are now on core level { $level }.
guide-saved-notice = Saved to your journal. You can see it in the timeline.
guide-load-flexion = bends forward
guide-load-extension = arches back
guide-load-rotation = twists
guide-load-neutral = neutral spine
guide-programme-title = Core programme: level { $level } of { $levels }
guide-level-label = Level
guide-sessions-label = Sessions at this level
guide-sessions-all-done = All { $needed } sessions done ({ $done } in the last { $days } days)
guide-sessions-progress = { $done } of { $needed } sessions
guide-start-level = Start level { $level }
guide-move-level = Move to level { $level }
guide-rules-title = How moving up and down works
guide-rules-up = Up:
guide-rules-down = Down:
guide-source = Source: { $sources }
guide-sources = Sources: { $sources }
guide-routines-title = Routines
guide-routine-meta = { $count ->
    [one] 1 exercise
   *[other] { $count } exercises
  } · Source: { $sources }
guide-exercises-title = Stretches and core exercises
guide-filter-label = Show
guide-filter-all = All
guide-filter-stretch = Stretches
guide-filter-core = Core
guide-kind-stretch = Stretch
guide-kind-core = Core
guide-illustration-alt = { $name }: { $target }
guide-try = Try it
guide-try-named = Try { $name }
guide-how-to = How to
guide-hide = Hide
guide-asks-of-back = What it asks of the back: { $safety }
guide-hidden-title = Hidden for your profile ({ $count })
guide-stress-title = Stress and relaxation
guide-all-sources = All sources
guide-source-entry = { $publisher } ({ $year }). { $title }.

## The guided player

guide-minutes = { $minutes } min
guide-duration-unknown = duration not recorded
guide-player-exercise-of = Exercise { $index } of { $count }
guide-player-beep = Beep at each change
guide-player-progress = Routine progress
guide-player-adapted = Adapted for you ({ $count ->
    [one] 1 change
   *[other] { $count } changes
  })
guide-player-replaced = { $reason }: { $name } instead.
guide-player-left-out = { $reason }: left out.
guide-player-stop = Stop.
guide-player-noted = Noted.
guide-player-finished = Well done: routine finished
guide-player-saved = Session saved
guide-player-saved-summary = Saved to your journal: { $duration }, { $exercises ->
    [one] 1 exercise
   *[other] { $exercises } exercises
  }.
guide-player-saved-summary-pain = Saved to your journal: { $duration }, { $exercises ->
    [one] 1 exercise
   *[other] { $exercises } exercises
  }, and { $pain ->
    [one] 1 pain note
   *[other] { $pain } pain notes
  } linked to it.
guide-back-to-guide = Back to the guide
guide-phase-ready = Get ready
guide-phase-hold = Hold
guide-phase-relax = Relax
guide-phase-move = Move
guide-phase-rest = Rest
guide-player-paused = Paused
guide-player-controls = Player controls
guide-pause = Pause
guide-resume = Resume
guide-skip = Skip
guide-player-hurt = This hurt
guide-player-stop-save = Stop and save
guide-hurt-title = What hurt during { $name }?
guide-hurt-how-much = How much, from 0 to 10
guide-hurt-low = no pain
guide-hurt-high = worst
guide-hurt-below-knee = Pain spreading below the knee means stop.
guide-save = Save
guide-how-to-title = How to do it
guide-take-care = Take care
guide-leave = Leave without saving

## Stress tools

guide-stress-saved = Saved: { $name }, { $duration }
guide-stress-logged = Logged as stress relief in your journal.
guide-stress-how = How
guide-stress-minutes = Minutes
guide-stress-pacer = Breathing pacer
guide-stress-phase-cue = { $phase } · { $seconds }
guide-stress-press-start = Press start when ready
guide-stress-find-position = Find a comfortable position, then press start.
guide-stress-prompt-of = Prompt { $index } of { $count }
guide-stress-mark-done = When you have done it, mark it done to log it.
guide-stress-left = { $time } left
guide-stress-time = Time
guide-stress-finish = Finish and save
guide-stress-beep = Soft beep at each change
guide-stress-did-it = I did this: log it
guide-stress-back = Back without saving

## Positions and talking together

guide-positions-title = Positions and talking together
guide-positions-emergency = An emergency alert is open: { $titles }. Act on it before anything on this page. This notice stays until the alert is resolved.
guide-positions-saved-profile = Saved profile:
guide-positions-because = Advice shown for { $profile }, because { $reasons }.
guide-positions-change = Change it
guide-positions-quiz = Not sure? Answer a few quick questions
guide-suggest-profile = Suggest a profile
guide-suggested = Suggested:
guide-positions-use = Use this profile
guide-positions-saved = Saved: { $profile }. Suggestions and exercises now follow this profile.
guide-positions-advice-title = What to try, what to avoid
guide-positions-show-for = Show advice for
guide-positions-moving = Moving partner
guide-positions-resting = Resting partner
guide-positions-try = Try
guide-positions-avoid = Avoid
guide-positions-moving-try-none = Nothing specific: keep the back neutral and move from the hips.
guide-positions-resting-try-none = Nothing specific: a supported, neutral back.
guide-positions-avoid-none = The studies ranked nothing as worst for this profile and role.
guide-positions-leg-pain = Any position that sends pain down a leg: stop and change position.
guide-positions-ranked = ranked { $rank } of 5
guide-positions-evidence = Where this comes from
guide-positions-props = Props
guide-positions-habits = Good habits
guide-positions-limits = What these studies can and cannot tell you

## Talking with a partner

guide-partner-load-error = Could not load the partner guide.
guide-partner-talk-title = Talking with your partner
guide-partner-check-title = Before and after: a check to do together
guide-partner-check-hint = Nothing here is saved: it is a list to talk through. Log pain separately so you can see the pattern.
guide-partner-before = Before
guide-partner-after = After
guide-partner-get-help = Get help now:
guide-partner-more = Conversation prompts and positions
