# The command line's words for pairing, the guide, encryption, `generate`, experiment
# details, the export and backup summaries, and its own usage errors (not clap's). Flags
# ($flag, $nrs…) and commands are arguments: they stay as typed in every language.

## Usage errors
cli-tools-whole-number = { $flag } must be a whole number
cli-tools-number = { $flag } must be a number
cli-tools-minutes = { $flag } must be a number of minutes
cli-tools-minutes-or-off = give a number of minutes, or { $off }
cli-tools-either = { $flag } must be { $a } or { $b }
cli-tools-capped = { $flag } is capped at { $max }
cli-tools-date = { $flag } must be a date like 2026-11-27
cli-tools-time = { $flag } must be an RFC 3339 time, e.g. 2026-11-27T21:30:00+01:00
cli-tools-json = { $flag } must be JSON: { $error }
cli-tools-not-json = not JSON: { $error }
cli-tools-unreadable = { $file } could not be read ({ $reason })
cli-tools-required = { $flag } is required
cli-tools-unknown = unknown { $flag } "{ $value }"
cli-tools-unknown-sign = unknown { $flag } "{ $value }" (known: { $known })
cli-tools-unknown-command = unknown command "{ $command }"
cli-tools-answer = { $flag } takes ID=yes or ID=no
cli-tools-nrs-required = { $nrs } is required (0-10) unless a { $region } has a score
cli-tools-none-or-nrs = give { $none } or { $nrs } N (0-10)
cli-tools-no-data-dir = no { $flag } given and no home folder found
cli-tools-partner-id = { $flag } must be an id as shown by `{ $command }`
cli-tools-env-unset = the environment variable { $var } is not set
cli-tools-passphrase-file = the passphrase file could not be read ({ $reason })
cli-tools-set-passphrase = set { $var } to the passphrase (it is never read from the command line)
cli-tools-set-new-passphrase = set { $var } to the new passphrase (it is never read from the command line)
cli-tools-import-what = say what the file is: { $partner } NAME (a partner's share) or { $backup } (your own backup)
cli-tools-generate-not-empty = this journal already has entries; generate into an empty data folder
cli-tools-no-pairing = no pairing is called "{ $name }": see `{ $command }`
cli-tools-pairing-ambiguous = more than one pairing is called "{ $name }": give its id (see `{ $command }`)
cli-tools-made-private = made the data folder private ({ $count ->
        [one] 1 file or folder was
       *[other] { $count } files or folders were
    } readable by other accounts)

## Pairing
cli-tools-pairing-line = { $id }  { $name }  safety phrase: { $phrase }
cli-tools-pairing-last-share = last share: no. { $sequence }
cli-tools-pairing-expires = their data expires { $date }
cli-tools-pairing-expired = (their share expired; its data was removed on { $date })
cli-tools-pairing-again = NEEDS PAIRING AGAIN (your keys changed)
cli-tools-pair-code = Your pairing code (give it to your partner; it holds no secret):
cli-tools-pair-key-id = key id { $id }
cli-tools-paired = Paired with { $name }.
cli-tools-safety-phrase = Safety phrase: { $phrase }  (compare it with the one on { $name }'s screen; if it differs, remove this pairing)
cli-tools-not-paired = Not paired with anyone.
cli-tools-renamed = Renamed to { $name }.
cli-tools-pairing-removed = Removed the pairing and { $count ->
        [one] 1 of their entries
       *[other] { $count } of their entries
    }.
cli-tools-rekeyed = New keys. Every partner must pair again with this code:
cli-tools-note-shared = Saved; it goes to your partner with your next share (with { $flag }).
cli-tools-note-private = Saved; it stays in your journal.
cli-tools-signed-share-written = Wrote a signed share for { $name } to { $file }: { $pain } pain, { $activities } activities, { $checkIns } check-ins. Once given, a file cannot be taken back.
cli-tools-signed-share-imported = Imported share no. { $sequence } from { $name } (signature checked): { $added } new, { $updated } updated, { $unchanged } unchanged, { $removed } removed, { $notes } evening notes
cli-tools-signed-share-imported-expires = Imported share no. { $sequence } from { $name } (signature checked): { $added } new, { $updated } updated, { $unchanged } unchanged, { $removed } removed, { $notes } evening notes; removed on { $expires } as { $name } chose

## Today, reminders, the idle lock
cli-tools-paused = paused: { $reason }
cli-tools-get-help-first = get help first: { $action }
cli-tools-core-programme = core programme: level { $level } ({ $routine }): { $reason }
cli-tools-snoozed = snoozed until { $until }
cli-tools-idle-lock = idle lock: { $minutes }

## generate
cli-tools-generated = generated { $entries } entries ({ $pain } pain, { $activities } activities, { $checkIns } check-ins) from { $from } to { $to } in { $seconds } s

## Experiment details
cli-tools-experiment-title = { $title } (seed { $seed })
cli-tools-experiment-block = block { $block }: { $from } to { $to } { $arm ->
        [with] with
       *[without] without
    }
cli-tools-experiment-today = Today: { $text }
cli-tools-experiment-no-arm = Today: no arm ({ $state ->
        [running] running
        [paused] paused
        [finished] finished
       *[abandoned] abandoned
    }).
cli-tools-experiment-difference = difference { $difference } (95 % interval over blocks { $lo } to { $hi })
cli-tools-experiment-p = randomisation test p = { $p }
cli-tools-experiment-adherence = followed the arm on { $percent } % of the days answered

## Export, import, backups
cli-tools-fhir-written = Wrote a FHIR R4 bundle to { $file }: { $pain } pain, { $peg } PEG, { $activities } activities, { $checkIns } check-ins, { $flags } flags{ $patient ->
        [yes] , with a Patient
       *[no] {""}
    }
cli-tools-export-written = Wrote { $kind ->
        [partner] partner share
       *[backup] own backup
    } ({ $encrypted ->
        [yes] encrypted
       *[no] PLAIN, UNENCRYPTED JSON for your own use
    }) to { $file }: { $pain } pain, { $activities } activities, { $checkIns } check-ins, { $alerts } alerts
cli-tools-partner-line = { $id }  { $name }  exported { $date }  { $pain } pain, { $activities } activities, { $checkIns } check-ins
cli-tools-partner-removed = Removed the partner and { $count ->
        [one] 1 entry
       *[other] { $count } entries
    }.
cli-tools-together = Together with { $name } (within { $minutes } minutes):
cli-tools-together-line = { $at }  you: pain { $before } -> { $after }   { $name }: pain { $theirBefore } -> { $theirAfter }
cli-tools-together-unmatched = Logged by only one of you: { $mine } (you), { $theirs } ({ $name })
cli-tools-auto-backup-written = Wrote today's backup to { $file }
cli-tools-auto-backup-exists = Today's backup already exists.
cli-tools-backed-up = Backed up to { $file } ({ $pain } pain, { $activities } activities, { $checkIns } check-ins; verified)
cli-tools-restored = Restored ({ $pain } pain, { $activities } activities, { $checkIns } check-ins). The journal as it was is saved at { $file }
