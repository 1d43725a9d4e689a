// Generated from src-tauri/core/src/labels.rs during `cargo test`. Do not edit.
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

/** Where the pain is (the body map's regions; the person's own left and right). */
export const regionLabels: Record<Region, string> = {
  lower_back_centre: "Lower back, centre",
  lower_back_left: "Lower back, left",
  lower_back_right: "Lower back, right",
  sacrum: "Tailbone and sacrum",
  buttock_left: "Left buttock",
  buttock_right: "Right buttock",
  hip_left: "Left hip",
  hip_right: "Right hip",
  groin_left: "Left groin",
  groin_right: "Right groin",
  saddle: "Saddle area (between the legs)",
  genitals: "Genitals",
  thigh_front_left: "Left thigh, front",
  thigh_front_right: "Right thigh, front",
  thigh_back_left: "Left thigh, back",
  thigh_back_right: "Right thigh, back",
  knee_left: "Left knee",
  knee_right: "Right knee",
  shin_left: "Left shin",
  shin_right: "Right shin",
  calf_left: "Left calf",
  calf_right: "Right calf",
  foot_left: "Left foot",
  foot_right: "Right foot",
  thigh_left: "Left thigh",
  thigh_right: "Right thigh",
  below_knee_left: "Left leg below knee",
  below_knee_right: "Right leg below knee",
};

/** What the pain feels like. */
export const qualityLabels: Record<PainQuality, string> = {
  aching: "Aching",
  stiff: "Stiff",
  sharp: "Sharp",
  stabbing: "Stabbing",
  burning: "Burning",
  shooting: "Shooting",
  throbbing: "Throbbing",
  cramping: "Cramping",
  electric: "Electric",
  pins_and_needles: "Pins and needles",
  numb: "Numb",
};

/** When the pain started, relative to the activity before it. */
export const onsetLabels: Record<Onset, string> = {
  during: "During it",
  right_after: "Right after",
  hours_later: "Hours later",
  next_morning: "Next morning",
  not_linked: "Not linked to an activity",
};

/** What kind of activity. */
export const activityLabels: Record<ActivityKind, string> = {
  intimacy: "Intimacy",
  stretching: "Stretching",
  core_session: "Core session",
  walking_sport: "Walking / sport",
  sitting: "Long sitting",
  lifting: "Lifting",
  stress_relief: "Stress relief",
  pain_relief: "Something for the pain",
  other: "Other",
};

/** What was done for the pain. */
export const reliefLabels: Record<ReliefKind, string> = {
  heat: "Heat",
  cold: "Cold",
  rest: "Rest",
  massage: "Massage",
  bath: "A bath",
  medicine: "Medicine",
  tens: "TENS",
  physio: "Physiotherapy visit",
  other: "Something else",
};

/** Which partner did most of the moving. */
export const roleLabels: Record<PartnerRole, string> = {
  moving: "Moving partner",
  resting: "Resting partner",
  both: "Both / took turns",
};

/** Props used during intimacy. */
export const propLabels: Record<Prop, string> = {
  pillow_under_lower_back: "Pillow under lower back",
  pillow_under_hips: "Pillow under hips",
  pillow_between_knees: "Pillow between knees",
  wedge: "Wedge",
  rolled_towel: "Rolled towel",
  bed_edge: "Edge of the bed",
  other: "Other prop",
};

/** Known back conditions in the profile. */
export const conditionLabels: Record<Condition, string> = {
  disc_herniation: "Disc herniation",
  sciatica: "Sciatica",
  arthritis: "Arthritis",
  stenosis: "Spinal stenosis",
  osteoporosis: "Osteoporosis",
  pelvic_alignment: "Pelvic alignment problem",
  spondylolisthesis: "Spondylolisthesis",
  compression_fracture: "Compression fracture of the spine",
};

/** Which movements make the pain worse. */
export const movementLabels: Record<MovementProfile, string> = {
  flexion: "Bending forward hurts (flexion-intolerant)",
  extension: "Arching back hurts (extension-intolerant)",
  mixed: "Both directions hurt (mixed)",
  unknown: "Not sure yet",
};

/** Age bands in the profile. */
export const ageLabels: Record<AgeBand, string> = {
  under20: "Under 20",
  from20_to34: "20-34",
  from35_to49: "35-49",
  from50_to64: "50-64",
  from65: "65 or over",
};

/** How soon to get care, as an alert's short heading. */
export const tierLabels: Record<Tier, string> = {
  emergency: "Emergency",
  urgent: "Urgent: today",
  see_doctor_soon: "See a doctor soon",
  self_care: "Self-care caution",
};

/** What a reminder is for. */
export const reminderLabels: Record<ReminderKind, string> = {
  check_in: "Daily check-in",
  programme: "Stretches and core programme",
  morning_after: "Morning-after check",
  weekly_check: "Weekly check (PEG)",
  experiment_day: "Today's plan (while an experiment runs)",
};

/** What happened to an alert, in its history. */
export const alertEventLabels: Record<AlertEventKind, string> = {
  raised: "Raised",
  re_raised: "Raised again (new or worse evidence)",
  acknowledged: "Acknowledged",
  resolved: "Resolved",
  reopened: "Applies again (same evidence)",
};

/** Kinds of journal entry, as the timeline's filter names them. */
export const entryKindLabels: Record<EntryKind, string> = {
  pain: "Pain",
  activity: "Activities",
  check_in: "Check-ins",
};
