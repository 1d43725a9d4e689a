# Titles the Rust side gives things a person reads: an experiment's change, the file
# dialogs, and the guide's reasons for avoiding a movement.

## An experiment's change, named when it is shown ($kind: the change's key)
titles-change = { $kind ->
        [warm_up] A warm-up before intimacy
        [hip_pillow] A pillow under the hips
        [hip_hinge] The hip-hinge cue
        [morning_stretch] A stretch routine the morning after
       *[core_days] Core programme days
    }
titles-change-position = The position "{ $name }"
# A partner's experiment whose words were not shared.
titles-change-position-unshared = A position from the positions guide
titles-change-custom-unshared = A change in their own words (not shared)

## The file dialogs: their titles and the file types they offer
titles-dialog-partner-share-save = Save the encrypted partner share
titles-dialog-backup-encrypted-save = Save the encrypted backup
titles-dialog-export-plain-save = Save the plain (unencrypted) export
titles-dialog-csv-save = Save entries as CSV
titles-dialog-fhir-save = Save the FHIR bundle
titles-dialog-partner-share-open = Open your partner's share
titles-dialog-export-open = Open your own Backstory export
titles-dialog-report-save = Save the clinician report
titles-dialog-backup-save = Save a full backup
titles-dialog-backup-restore = Restore a Backstory backup
titles-dialog-signed-share-save = Save the share for your partner
titles-dialog-signed-share-open = Open your partner's signed share
titles-filter-partner-share = Backstory partner share
titles-filter-export-encrypted = Encrypted Backstory export
titles-filter-export-json = Backstory export (JSON)
titles-filter-csv = CSV
titles-filter-fhir = FHIR R4 bundle (JSON)
titles-filter-export = Backstory export
titles-filter-pdf = PDF
titles-filter-backup = Backstory backup
titles-filter-signed-share = Backstory signed share
titles-filter-all = All files

## The guide: why a movement is avoided ($movement: flexion, extension or rotation)
# After "avoided with", one of the reasons.
titles-avoided-profile = { $movement ->
        [flexion] your movement profile (bending forward hurts)
       *[extension] your movement profile (arching hurts)
    }
# $because: the reasons, as a list.
titles-avoided-movement = { $movement ->
        [flexion] bending forward
        [extension] arching
       *[rotation] twisting
    } is avoided with { $because }

## An experiment's result and today's arm, made when shown
titles-experiment-abandoned = Abandoned after { $days ->
        [one] 1 day
       *[other] { $days } days
    }.
titles-experiment-paused = Paused while an alert is open; paused days are not counted.
titles-experiment-no-verdict = { $title }: no verdict yet ({ $done } of { $planned } blocks done, at least { $minBlocks } needed; { $knownWith } vs { $knownWithout } days known, { $unknownWith } vs { $unknownWithout } unknown; at least { $minDays } known days on each side).
# $head and $why: experiment-head-… and the reasons (experiments.ftl).
titles-experiment-averages = { $title }: pain averaged { $with } with and { $without } without ({ $knownWith } vs { $knownWithout } days known, { $unknownWith } vs { $unknownWithout } unknown) — { $verdict ->
        [lower] less pain with it, by a change that matters
        [higher] more pain with it, by a change that matters
       *[unsettled] { $head }: { $why }
    }.
titles-experiment-chance = Chance alone would give a difference this large in { $percent } % of the possible schedules.
titles-experiment-today = Experiment day { $day } of { $total }: a day { $arm ->
        [with] WITH
       *[without] WITHOUT
    } the change.
