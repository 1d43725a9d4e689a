# The words for journal values: one group per kind of value, the id is the group's prefix
# and the value's key as the journal spells it (src-tauri/core/src/labels.rs lists them).

## Where the pain is (the body map's regions; the person's own left and right).
region-lower_back_centre = Lower back, centre
region-lower_back_left = Lower back, left
region-lower_back_right = Lower back, right
region-sacrum = Tailbone and sacrum
region-buttock_left = Left buttock
region-buttock_right = Right buttock
region-hip_left = Left hip
region-hip_right = Right hip
region-groin_left = Left groin
region-groin_right = Right groin
region-saddle = Saddle area (between the legs)
region-genitals = Genitals
region-thigh_front_left = Left thigh, front
region-thigh_front_right = Right thigh, front
region-thigh_back_left = Left thigh, back
region-thigh_back_right = Right thigh, back
region-knee_left = Left knee
region-knee_right = Right knee
region-shin_left = Left shin
region-shin_right = Right shin
region-calf_left = Left calf
region-calf_right = Right calf
region-foot_left = Left foot
region-foot_right = Right foot
region-thigh_left = Left thigh
region-thigh_right = Right thigh
region-below_knee_left = Left leg below knee
region-below_knee_right = Right leg below knee

## What the pain feels like.
quality-aching = Aching
quality-stiff = Stiff
quality-sharp = Sharp
quality-stabbing = Stabbing
quality-burning = Burning
quality-shooting = Shooting
quality-throbbing = Throbbing
quality-cramping = Cramping
quality-electric = Electric
quality-pins_and_needles = Pins and needles
quality-numb = Numb

## When the pain started, relative to the activity before it.
onset-during = During it
onset-right_after = Right after
onset-hours_later = Hours later
onset-next_morning = Next morning
onset-not_linked = Not linked to an activity

## What kind of activity.
activity-intimacy = Intimacy
activity-stretching = Stretching
activity-core_session = Core session
activity-walking_sport = Walking / sport
activity-sitting = Long sitting
activity-lifting = Lifting
activity-stress_relief = Stress relief
activity-pain_relief = Something for the pain
activity-other = Other

## What was done for the pain.
relief-heat = Heat
relief-cold = Cold
relief-rest = Rest
relief-massage = Massage
relief-bath = A bath
relief-medicine = Medicine
relief-tens = TENS
relief-physio = Physiotherapy visit
relief-other = Something else

## Which partner did most of the moving.
role-moving = Moving partner
role-resting = Resting partner
role-both = Both / took turns

## Props used during intimacy.
prop-pillow_under_lower_back = Pillow under lower back
prop-pillow_under_hips = Pillow under hips
prop-pillow_between_knees = Pillow between knees
prop-wedge = Wedge
prop-rolled_towel = Rolled towel
prop-bed_edge = Edge of the bed
prop-other = Other prop

## Known back conditions in the profile.
condition-disc_herniation = Disc herniation
condition-sciatica = Sciatica
condition-arthritis = Arthritis
condition-stenosis = Spinal stenosis
condition-osteoporosis = Osteoporosis
condition-pelvic_alignment = Pelvic alignment problem
condition-spondylolisthesis = Spondylolisthesis
condition-compression_fracture = Compression fracture of the spine

## Which movements make the pain worse.
movement-flexion = Bending forward hurts (flexion-intolerant)
movement-extension = Arching back hurts (extension-intolerant)
movement-mixed = Both directions hurt (mixed)
movement-unknown = Not sure yet

## Age bands in the profile.
age-under20 = Under 20
age-from20_to34 = 20-34
age-from35_to49 = 35-49
age-from50_to64 = 50-64
age-from65 = 65 or over

## How soon to get care, as an alert's short heading.
tier-emergency = Emergency
tier-urgent = Urgent: today
tier-see_doctor_soon = See a doctor soon
tier-self_care = Self-care caution

## What a reminder is for.
reminder-check_in = Daily check-in
reminder-programme = Stretches and core programme
reminder-morning_after = Morning-after check
reminder-weekly_check = Weekly check (PEG)
reminder-experiment_day = Today's plan (while an experiment runs)

## What happened to an alert, in its history.
alert-event-raised = Raised
alert-event-re_raised = Raised again (new or worse evidence)
alert-event-acknowledged = Acknowledged
alert-event-resolved = Resolved
alert-event-reopened = Applies again (same evidence)

## Kinds of journal entry, as the timeline's filter names them.
entry-kind-pain = Pain
entry-kind-activity = Activities
entry-kind-check_in = Check-ins
