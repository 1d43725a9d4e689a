//! The composite body maps: over a chosen period, how often each region hurt (the share of
//! pain entries that marked it) and how strongly (its mean and worst score), for all pain
//! entries and for the pain entries after each kind of activity (and each intimacy
//! position). Every map carries the number of entries it rests on. A coarse region from an
//! older journal (a thigh, "below the knee") counts for each finer region it covers, so the
//! map draws it where it was.

use super::{checked_range, first_logged_day, inside_sentence, TrendQuery};
use crate::domain::{body_map, ActivityKind, Region};
use crate::error::CoreResult;
use crate::guide::positions;
use crate::i18n::{self, args, tr_in};
use crate::labels::{label, Labelled};
use crate::store::{Journal, RegionRow};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use ts_rs::TS;

/// One drawn region of a composite map.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RegionTally {
    pub region: Region,
    /// Pain entries that marked it.
    pub entries: u32,
    /// Its mean score over the entries that scored it; None when none did.
    pub mean_score: Option<f64>,
    pub worst_score: Option<u8>,
}

/// A composite map: the regions that hurt (most often first) and how many pain entries it
/// rests on (entries without regions count there too: "how often" is a share of all).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CompositeMap {
    pub pain_entries: u32,
    pub regions: Vec<RegionTally>,
}

/// The map of the pain entries linked to one kind of activity, or to intimacy in one
/// position.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ActivityMap {
    pub kind: ActivityKind,
    pub position: Option<String>,
    /// "Intimacy", "Intimacy: spooning".
    pub label: String,
    pub map: CompositeMap,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct BodyMapReport {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub overall: CompositeMap,
    /// Most pain entries first.
    pub by_activity: Vec<ActivityMap>,
}

/// One pain entry as the maps need it.
#[derive(Debug, Clone, Default, PartialEq)]
struct EntryRegions {
    regions: BTreeMap<Region, Option<u8>>,
    activity: Option<ActivityKind>,
    positions: Vec<String>,
}

pub fn body_map_report(
    journal: &Journal,
    query: &TrendQuery,
    today: NaiveDate,
) -> CoreResult<BodyMapReport> {
    let to = query.to.unwrap_or(today);
    let from = match query.from {
        Some(from) => from,
        None => first_logged_day(journal)?.unwrap_or(to).min(to),
    };
    let (from, to) = checked_range(from, to)?;
    let entries = entries_from_rows(journal.region_rows(from, to)?);
    Ok(report_from_entries(&entries, from, to))
}

fn key<T: serde::de::DeserializeOwned>(text: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(text.to_string())).ok()
}

fn entries_from_rows(rows: Vec<RegionRow>) -> Vec<EntryRegions> {
    let mut out: Vec<(String, EntryRegions)> = Vec::new();
    for row in rows {
        if out.last().is_none_or(|(id, _)| *id != row.entry_id) {
            let positions = row
                .positions
                .as_deref()
                .and_then(|p| serde_json::from_str::<Vec<String>>(p).ok())
                .unwrap_or_default();
            let entry = EntryRegions {
                regions: BTreeMap::new(),
                activity: row.activity_kind.as_deref().and_then(key),
                positions,
            };
            out.push((row.entry_id.clone(), entry));
        }
        let Some((_, entry)) = out.last_mut() else {
            continue;
        };
        if let Some(region) = row.region.as_deref().and_then(key::<Region>) {
            let covers = &body_map().region(region).covers;
            if covers.is_empty() {
                entry.regions.insert(region, row.score);
            } else {
                for &finer in covers {
                    entry.regions.entry(finer).or_insert(row.score);
                }
            }
        }
    }
    out.into_iter().map(|(_, e)| e).collect()
}

fn composite<'a>(entries: impl Iterator<Item = &'a EntryRegions>) -> CompositeMap {
    let mut pain_entries = 0;
    let mut tallies: BTreeMap<Region, (u32, u32, u32, Option<u8>)> = BTreeMap::new();
    for entry in entries {
        pain_entries += 1;
        for (&region, &score) in &entry.regions {
            let t = tallies.entry(region).or_insert((0, 0, 0, None));
            t.0 += 1;
            if let Some(s) = score {
                t.1 += u32::from(s);
                t.2 += 1;
                t.3 = t.3.max(Some(s));
            }
        }
    }
    let mut regions: Vec<RegionTally> = tallies
        .into_iter()
        .map(|(region, (entries, sum, scored, worst))| RegionTally {
            region,
            entries,
            mean_score: (scored > 0).then(|| f64::from(sum) / f64::from(scored)),
            worst_score: worst,
        })
        .collect();
    regions.sort_by(|a, b| b.entries.cmp(&a.entries).then(a.region.cmp(&b.region)));
    CompositeMap {
        pain_entries,
        regions,
    }
}

fn report_from_entries(entries: &[EntryRegions], from: NaiveDate, to: NaiveDate) -> BodyMapReport {
    let locale = i18n::current();
    let mut by_activity = Vec::new();
    for &kind in ActivityKind::ALL {
        let linked: Vec<&EntryRegions> = entries
            .iter()
            .filter(|e| e.activity == Some(kind))
            .collect();
        if linked.is_empty() {
            continue;
        }
        by_activity.push(ActivityMap {
            kind,
            position: None,
            label: label(kind).to_string(),
            map: composite(linked.iter().copied()),
        });
        if kind == ActivityKind::Intimacy {
            for position in positions() {
                let after: Vec<&EntryRegions> = linked
                    .iter()
                    .copied()
                    .filter(|e| e.positions.contains(&position.id))
                    .collect();
                if !after.is_empty() {
                    by_activity.push(ActivityMap {
                        kind,
                        position: Some(position.id.clone()),
                        label: tr_in(
                            locale,
                            "insights-body-map-after-position",
                            Some(&args([
                                ("kind", label(kind).into()),
                                ("position", inside_sentence(locale, &position.name).into()),
                            ])),
                        ),
                        map: composite(after.into_iter()),
                    });
                }
            }
        }
    }
    by_activity.sort_by_key(|a| std::cmp::Reverse(a.map.pain_entries));
    BodyMapReport {
        from,
        to,
        overall: composite(entries.iter()),
        by_activity,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(entry: &str, region: Option<&str>, score: Option<u8>, kind: Option<&str>) -> RegionRow {
        RegionRow {
            entry_id: entry.into(),
            region: region.map(String::from),
            score,
            activity_kind: kind.map(String::from),
            positions: None,
        }
    }

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn counts_how_often_and_how_strongly_each_region_hurt() {
        let rows = vec![
            row("a", Some("buttock_left"), Some(6), Some("intimacy")),
            row("a", Some("thigh_back_left"), Some(3), Some("intimacy")),
            row("b", Some("buttock_left"), Some(4), None),
            row("c", None, None, None),
            row("d", Some("buttock_left"), None, Some("intimacy")),
        ];
        let report =
            report_from_entries(&entries_from_rows(rows), d("2026-11-01"), d("2026-11-30"));
        assert_eq!(
            report.overall.pain_entries, 4,
            "an entry without regions counts too"
        );
        let buttock = &report.overall.regions[0];
        assert_eq!(buttock.region, Region::ButtockLeft);
        assert_eq!(buttock.entries, 3);
        assert_eq!(
            buttock.mean_score,
            Some(5.0),
            "over the two entries that scored it"
        );
        assert_eq!(buttock.worst_score, Some(6));
        let intimacy = &report.by_activity[0];
        assert_eq!(
            (intimacy.kind, intimacy.map.pain_entries),
            (ActivityKind::Intimacy, 2)
        );
        assert_eq!(intimacy.map.regions[0].region, Region::ButtockLeft);
    }

    #[test]
    fn a_coarse_old_region_counts_where_it_is_drawn() {
        let rows = vec![row("a", Some("thigh_left"), Some(5), None)];
        let report =
            report_from_entries(&entries_from_rows(rows), d("2026-11-01"), d("2026-11-30"));
        let regions: Vec<Region> = report.overall.regions.iter().map(|t| t.region).collect();
        assert_eq!(regions, vec![Region::ThighFrontLeft, Region::ThighBackLeft]);
    }

    #[test]
    fn positions_get_their_own_maps() {
        let mut a = row("a", Some("buttock_left"), Some(6), Some("intimacy"));
        a.positions = Some(format!("[\"{}\"]", positions()[0].id));
        let report = report_from_entries(
            &entries_from_rows(vec![a]),
            d("2026-11-01"),
            d("2026-11-30"),
        );
        assert_eq!(report.by_activity.len(), 2);
        assert_eq!(
            report.by_activity[1].position.as_deref(),
            Some(positions()[0].id.as_str())
        );
        assert!(report.by_activity[1].label.starts_with("Intimacy: "));
    }
}
