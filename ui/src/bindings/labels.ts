// Generated from src-tauri/core/src/labels.rs during `cargo test`. Do not edit.
// The words are in assets/locales/<lang>/labels.ftl, message `<prefix>-<key>`;
// ui/src/shared/labels.ts reads them in the window's language.
import type { Region } from './Region';
import type { PainQuality } from './PainQuality';
import type { Onset } from './Onset';
import type { ActivityKind } from './ActivityKind';
import type { ReliefKind } from './ReliefKind';
import type { PartnerRole } from './PartnerRole';
import type { Prop } from './Prop';
import type { Condition } from './Condition';
import type { MovementProfile } from './MovementProfile';
import type { AgeBand } from './AgeBand';
import type { Tier } from './Tier';
import type { ReminderKind } from './ReminderKind';
import type { AlertEventKind } from './AlertEventKind';
import type { EntryKind } from './EntryKind';

/** The values of one kind, in the order screens list them, and their messages' prefix. */
export interface LabelTable<K extends string> {
  prefix: string;
  keys: readonly K[];
}

/** Where the pain is (the body map's regions; the person's own left and right). */
export const regionLabels: LabelTable<Region> = {
  prefix: "region",
  keys: [
    "lower_back_centre",
    "lower_back_left",
    "lower_back_right",
    "sacrum",
    "buttock_left",
    "buttock_right",
    "hip_left",
    "hip_right",
    "groin_left",
    "groin_right",
    "saddle",
    "genitals",
    "thigh_front_left",
    "thigh_front_right",
    "thigh_back_left",
    "thigh_back_right",
    "knee_left",
    "knee_right",
    "shin_left",
    "shin_right",
    "calf_left",
    "calf_right",
    "foot_left",
    "foot_right",
    "thigh_left",
    "thigh_right",
    "below_knee_left",
    "below_knee_right",
  ],
};

/** What the pain feels like. */
export const qualityLabels: LabelTable<PainQuality> = {
  prefix: "quality",
  keys: [
    "aching",
    "stiff",
    "sharp",
    "stabbing",
    "burning",
    "shooting",
    "throbbing",
    "cramping",
    "electric",
    "pins_and_needles",
    "numb",
  ],
};

/** When the pain started, relative to the activity before it. */
export const onsetLabels: LabelTable<Onset> = {
  prefix: "onset",
  keys: [
    "during",
    "right_after",
    "hours_later",
    "next_morning",
    "not_linked",
  ],
};

/** What kind of activity. */
export const activityLabels: LabelTable<ActivityKind> = {
  prefix: "activity",
  keys: [
    "intimacy",
    "stretching",
    "core_session",
    "walking_sport",
    "sitting",
    "lifting",
    "stress_relief",
    "pain_relief",
    "other",
  ],
};

/** What was done for the pain. */
export const reliefLabels: LabelTable<ReliefKind> = {
  prefix: "relief",
  keys: [
    "heat",
    "cold",
    "rest",
    "massage",
    "bath",
    "medicine",
    "tens",
    "physio",
    "other",
  ],
};

/** Which partner did most of the moving. */
export const roleLabels: LabelTable<PartnerRole> = {
  prefix: "role",
  keys: [
    "moving",
    "resting",
    "both",
  ],
};

/** Props used during intimacy. */
export const propLabels: LabelTable<Prop> = {
  prefix: "prop",
  keys: [
    "pillow_under_lower_back",
    "pillow_under_hips",
    "pillow_between_knees",
    "wedge",
    "rolled_towel",
    "bed_edge",
    "other",
  ],
};

/** Known back conditions in the profile. */
export const conditionLabels: LabelTable<Condition> = {
  prefix: "condition",
  keys: [
    "disc_herniation",
    "sciatica",
    "arthritis",
    "stenosis",
    "osteoporosis",
    "pelvic_alignment",
    "spondylolisthesis",
    "compression_fracture",
  ],
};

/** Which movements make the pain worse. */
export const movementLabels: LabelTable<MovementProfile> = {
  prefix: "movement",
  keys: [
    "flexion",
    "extension",
    "mixed",
    "unknown",
  ],
};

/** Age bands in the profile. */
export const ageLabels: LabelTable<AgeBand> = {
  prefix: "age",
  keys: [
    "under20",
    "from20_to34",
    "from35_to49",
    "from50_to64",
    "from65",
  ],
};

/** How soon to get care, as an alert's short heading. */
export const tierLabels: LabelTable<Tier> = {
  prefix: "tier",
  keys: [
    "emergency",
    "urgent",
    "see_doctor_soon",
    "self_care",
  ],
};

/** What a reminder is for. */
export const reminderLabels: LabelTable<ReminderKind> = {
  prefix: "reminder",
  keys: [
    "check_in",
    "programme",
    "morning_after",
    "weekly_check",
    "experiment_day",
  ],
};

/** What happened to an alert, in its history. */
export const alertEventLabels: LabelTable<AlertEventKind> = {
  prefix: "alert-event",
  keys: [
    "raised",
    "re_raised",
    "acknowledged",
    "resolved",
    "reopened",
  ],
};

/** Kinds of journal entry, as the timeline's filter names them. */
export const entryKindLabels: LabelTable<EntryKind> = {
  prefix: "entry-kind",
  keys: [
    "pain",
    "activity",
    "check_in",
  ],
};
