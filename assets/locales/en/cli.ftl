# What the command line prints for a person (not the --json output, not clap's --help).
# Ids, dates as YYYY-MM-DD and times stay as the journal writes them, so they can be
# copied into the next command.

cli-status-opens = { $path }: opens
cli-more = (more: use --offset { $offset })
cli-line-pain = { $at }  pain { $nrs }/10  { $id }
cli-line-check-in = { $date }  check-in stress { $stress }/10  { $id }
cli-saved-pain = saved pain entry { $id }
cli-saved-activity = saved activity { $id }
cli-saved-relief = saved relief { $id }
cli-relief-helped = relief { $id } helped { $relief }/10
cli-relief-unknown = relief { $id }: how much it helped is unknown
cli-saved-outcome = saved: { $nrs }/10 afterwards ({ $at }), pain entry { $id }
cli-nothing-pending = nothing waiting for an answer (last { $days } days)
cli-outcome-unknown = { $id }  unknown (no answer yet)
cli-asked-after = asked after: { $kinds }
cli-alert-raised = red-flag alert raised: { $rule } (see `backstory alerts`)
cli-saved-check-in = saved the check-in of { $date }
cli-no-check-in = no check-in on { $date }
cli-deleted = deleted { $id }
cli-restored = restored { $id }
cli-suggested = suggested:
cli-no-link = no activity to link

## Alerts
cli-no-alerts = no alerts on record
cli-alert-needs-attention = needs attention
cli-alert-acknowledged-at = acknowledged { $at }
cli-alert-resolved = resolved
cli-alert-line = [{ $tier }] { $rule }: { $title } ({ $state }; raised { $count ->
        [one] 1 time
       *[other] { $count } times
    }, last { $last })
cli-alert-acknowledged = acknowledged { $rule }

## PEG
cli-peg-saved = saved the PEG check for { $from } to { $to }: score { $score } (pain { $pain }, enjoyment { $enjoyment }, activity { $activity })
cli-peg-none = No PEG check yet.
cli-peg-latest = Latest PEG: { $score } on { $date }
cli-peg-latest-due = Latest PEG: { $score } on { $date } (a new check is due)
cli-peg-week = week of { $week }: { $score } (pain { $pain }, enjoyment { $enjoyment }, activity { $activity })
cli-peg-week-none = week of { $week }: no check

## Experiments
cli-no-experiment = No experiment yet.

## Sharing
cli-wrote-csv = Wrote CSV to { $file }
cli-wrote-report = Wrote the clinician report ({ $from } to { $to }) to { $file }
cli-imported = Imported: { $added } new, { $updated } updated, { $unchanged } unchanged, { $removed } removed
cli-imported-partner = Imported into { $name }'s journal: { $added } new, { $updated } updated, { $unchanged } unchanged, { $removed } removed
cli-no-partners = No partner shares imported.
