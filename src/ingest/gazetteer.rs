//! The gazetteer: known entities (countries, capitals, international organizations, Korean
//! ministries and agencies with former names, posts, event series) with ko/en labels,
//! aliases and Wikidata ids, loaded from the TSV files in `data/gazetteer/` (compiled into
//! the binary with `include_str!`, so the service always has them).
//!
//! File format (common brief): one entity a line, 8 TAB-separated cells
//! `kind slug label_en label_ko aliases wikidata part_of flags`, `#` comments and blank
//! lines allowed. Flags carry validity periods (`from=2014-11;until=2017-07`) because
//! Korean ministries are renamed and one Korean name (`행정안전부`) has meant two
//! ministries: [`Gazetteer::find`] and [`Gazetteer::lookup`] pick the one in force on the
//! notice date, and [`Gazetteer::date_by_sentence`] then re-reads each such name in the
//! time its sentence names (`2007년 행정자치부는` in a notice of 2019 is the 1998–2008
//! ministry). The periods of one renamed body point to one entity that stands for the body
//! under all its names (`lineage=` / `lineage` flags, [`Gazetteer::periods_of`]).
//!
//! Matching ([`Gazetteer::find`]) runs one Aho-Corasick automaton over every label and
//! alias. It collects *all* (overlapping) candidates, drops those that fail the boundary
//! rules (Latin: no ASCII letter or digit on either side, acronyms case-sensitive;
//! Hangul: no Hangul glued before it unless a known prefix such as `주한`, and only a
//! particle or a known noun after a short name), and then keeps the leftmost-longest
//! survivors. Filtering before choosing is why it does not use `MatchKind::LeftmostLongest`
//! directly: a longer candidate that fails a boundary check must not hide a shorter valid one.

use super::char_offsets;
use super::homograph;
use super::particles::{self, NOUN_SUFFIXES, PLACE_PREFIXES};
use crate::model::{
    DateMention, DateValue, Entity, EntityKey, EntityKind, EventKind, Label, Lang, Span,
};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::collections::HashMap;
use std::sync::OnceLock;
use unicode_normalization::UnicodeNormalization;

/// The gazetteer files compiled into the binary, in load order.
const BUILTIN_FILES: &[(&str, &str)] = &[
    (
        "countries.tsv",
        include_str!("../../data/gazetteer/countries.tsv"),
    ),
    (
        "cities.tsv",
        include_str!("../../data/gazetteer/cities.tsv"),
    ),
    (
        "regions.tsv",
        include_str!("../../data/gazetteer/regions.tsv"),
    ),
    (
        "orgs_international.tsv",
        include_str!("../../data/gazetteer/orgs_international.tsv"),
    ),
    (
        "orgs_korea.tsv",
        include_str!("../../data/gazetteer/orgs_korea.tsv"),
    ),
    ("posts.tsv", include_str!("../../data/gazetteer/posts.tsv")),
    (
        "persons.tsv",
        include_str!("../../data/gazetteer/persons.tsv"),
    ),
    (
        "series.tsv",
        include_str!("../../data/gazetteer/series.tsv"),
    ),
    (
        "topics.tsv",
        include_str!("../../data/gazetteer/topics.tsv"),
    ),
];

/// Why a gazetteer file could not be loaded. Every variant names the file and the 1-based
/// line, and carries the offending cell.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GazetteerError {
    /// A line does not have 8 TAB-separated cells.
    #[error("{file}:{line}: expected 8 TAB-separated cells, found {found}")]
    Cells {
        /// File name.
        file: String,
        /// 1-based line number.
        line: usize,
        /// Cells found.
        found: usize,
    },
    /// The kind cell is not one of the entity kinds.
    #[error("{file}:{line}: unknown kind {kind:?}")]
    Kind {
        /// File name.
        file: String,
        /// 1-based line number.
        line: usize,
        /// The cell.
        kind: String,
    },
    /// The slug is empty or not ASCII lowercase letters, digits and hyphens.
    #[error("{file}:{line}: invalid slug {slug:?} (ASCII lowercase, digits, hyphens)")]
    Slug {
        /// File name.
        file: String,
        /// 1-based line number.
        line: usize,
        /// The cell.
        slug: String,
    },
    /// The same kind/slug is defined twice.
    #[error("{file}:{line}: duplicate key {key} (first defined at {first})")]
    Duplicate {
        /// File name.
        file: String,
        /// 1-based line number.
        line: usize,
        /// The key.
        key: String,
        /// `file:line` of the first definition.
        first: String,
    },
    /// The line has neither an English nor a Korean label.
    #[error("{file}:{line}: {key} has no label")]
    NoLabel {
        /// File name.
        file: String,
        /// 1-based line number.
        line: usize,
        /// The key.
        key: String,
    },
    /// The Wikidata cell is not `Q` followed by digits.
    #[error("{file}:{line}: invalid Wikidata id {id:?}")]
    Wikidata {
        /// File name.
        file: String,
        /// 1-based line number.
        line: usize,
        /// The cell.
        id: String,
    },
    /// A `kind/slug` reference (part_of, succeeded_by) is malformed.
    #[error("{file}:{line}: invalid reference {reference:?} (expected kind/slug)")]
    Reference {
        /// File name.
        file: String,
        /// 1-based line number.
        line: usize,
        /// The cell.
        reference: String,
    },
    /// A flag value is malformed (`from=2014-13`, `event_kind=party`).
    #[error("{file}:{line}: invalid flag {flag:?}")]
    Flag {
        /// File name.
        file: String,
        /// 1-based line number.
        line: usize,
        /// The flag.
        flag: String,
    },
}

/// Gazetteer facts that are not part of [`Entity`]: validity period, successor, post
/// titles, series kinds, and where the line came from.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GazetteerRecord {
    /// `from=YYYY-MM`: first month the name/body was in force.
    pub from: Option<DateValue>,
    /// `until=YYYY-MM`: month it was renamed or dissolved (exclusive).
    pub until: Option<DateValue>,
    /// `succeeded_by=kind/slug`.
    pub succeeded_by: Option<EntityKey>,
    /// `lineage=org/slug` on each period of a renamed body: the entity that stands for
    /// the one body across all its names (see [`GazetteerRecord::is_lineage`]).
    pub lineage: Option<EntityKey>,
    /// `lineage` (bare): this entity stands for a body across its renamings (the periods
    /// point to it with `lineage=`); its labels describe it and are never matched in text.
    pub is_lineage: bool,
    /// `yields_to=topic/slug` on a topic: a near-synonym that a notice names only when it
    /// does not also name the preferred topic (`digital government` yields to
    /// `e-government`), so one field is not reported twice.
    pub yields_to: Option<EntityKey>,
    /// `capital`: the city is a capital.
    pub capital: bool,
    /// `title_en=…`: the bare title of a post (`Minister`).
    pub title_en: Option<String>,
    /// `title_ko=…`: the bare Korean title of a post (`장관`).
    pub title_ko: Option<String>,
    /// `event_kind=…` on a series: the kind of its events.
    pub event_kind: Option<EventKind>,
    /// `editions=2003,2004,…` on a survey series: the years of its editions, ascending
    /// (read for `3회 연속` counted from a start year); empty when not given.
    pub editions: Vec<i32>,
    /// Other `key=value` or bare flags, as written (e.g. `ko_order=year_first`).
    pub other: Vec<(String, Option<String>)>,
    /// The file the entity was defined in.
    pub file: String,
    /// The 1-based line number.
    pub line: usize,
}

/// One entity mention found by [`Gazetteer::find`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Match {
    /// Where the surface form is, in characters of the searched text (particle excluded).
    pub span: Span,
    /// The text at `span`.
    pub surface: String,
    /// The entity it resolves to.
    pub key: EntityKey,
    /// The Korean particle glued to it (`은` in `한국은`), if any.
    pub particle: Option<String>,
}

/// One distinct surface form (label or alias) and the entities it names.
#[derive(Debug, Clone)]
struct Surface {
    text: String,
    /// All-caps acronyms (`UN`, `EU`) match case-sensitively.
    case_sensitive: bool,
    /// Indices into `entities`.
    entities: Vec<usize>,
}

/// The loaded gazetteer.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    entities: Vec<Entity>,
    records: Vec<GazetteerRecord>,
    by_key: HashMap<EntityKey, usize>,
    surfaces: Vec<Surface>,
    /// Surface text (exact) → index into `surfaces`.
    exact: HashMap<String, usize>,
    /// ASCII-lowercased surface text → indices of case-insensitive surfaces.
    folded: HashMap<String, Vec<usize>>,
    /// Matches every surface (ASCII case-insensitively); `None` when there are none.
    automaton: Option<AhoCorasick>,
    /// (series form, series slug) of every label of every series, built by the first
    /// caller of [`Gazetteer::series_forms`] and kept for the gazetteer's life.
    series_forms: OnceLock<Vec<(String, String)>>,
}

static BUILTIN: OnceLock<Gazetteer> = OnceLock::new();

impl Gazetteer {
    /// The (series form, series slug) pairs of this gazetteer's series labels: built by
    /// `build` on the first call (the forms of `extract::identity`, which need a notice
    /// context to read names), then kept, so that no notice computes them again.
    pub(crate) fn series_forms(
        &self,
        build: impl FnOnce() -> Vec<(String, String)>,
    ) -> &[(String, String)] {
        self.series_forms.get_or_init(build)
    }

    /// The gazetteer compiled into the binary from `data/gazetteer/*.tsv`, parsed once.
    ///
    /// # Panics
    /// If the compiled-in files are invalid; the test `builtin_gazetteer_parses` guards
    /// against shipping such files.
    pub fn builtin() -> &'static Gazetteer {
        BUILTIN.get_or_init(|| match Gazetteer::parse(BUILTIN_FILES) {
            Ok(g) => g,
            Err(e) => panic!("built-in gazetteer is invalid: {e}"),
        })
    }

    /// Parses gazetteer TSV files given as `(file name, content)` pairs, in order.
    /// References (`part_of`, `succeeded_by`) may point to entities of any file; a
    /// reference to an unknown entity is kept and logged (see
    /// [`Gazetteer::dangling_references`]); unknown flags are kept in
    /// [`GazetteerRecord::other`] and logged.
    ///
    /// Errors: the first malformed line, as a [`GazetteerError`] naming `file:line`.
    pub fn parse(tsv_files: &[(&str, &str)]) -> Result<Gazetteer, GazetteerError> {
        let mut g = Gazetteer::default();
        for (file, content) in tsv_files {
            for (n, raw) in content.lines().enumerate() {
                let line = n + 1;
                let raw = raw.trim_end_matches('\r');
                if raw.trim().is_empty() || raw.trim_start().starts_with('#') {
                    continue;
                }
                let (entity, record) = parse_line(file, line, raw)?;
                if let Some(&first) = g.by_key.get(&entity.key) {
                    let r = &g.records[first];
                    return Err(GazetteerError::Duplicate {
                        file: file.to_string(),
                        line,
                        key: entity.key.to_string(),
                        first: format!("{}:{}", r.file, r.line),
                    });
                }
                g.by_key.insert(entity.key.clone(), g.entities.len());
                g.entities.push(entity);
                g.records.push(record);
            }
        }
        for (key, target) in g.dangling_references() {
            tracing::warn!(%key, %target, "gazetteer reference to an unknown entity");
        }
        g.index();
        Ok(g)
    }

    /// Builds the surface maps and the automaton from `entities`.
    fn index(&mut self) {
        for (i, e) in self.entities.iter().enumerate() {
            if self.records[i].is_lineage {
                continue;
            }
            for label in e.labels.iter().chain(&e.alt_labels) {
                let text = label.text.clone();
                let s = match self.exact.get(&text) {
                    Some(&s) => s,
                    None => {
                        self.surfaces.push(Surface {
                            case_sensitive: is_acronym(&text),
                            text: text.clone(),
                            entities: Vec::new(),
                        });
                        self.exact.insert(text, self.surfaces.len() - 1);
                        self.surfaces.len() - 1
                    }
                };
                if !self.surfaces[s].entities.contains(&i) {
                    self.surfaces[s].entities.push(i);
                }
            }
        }
        for (s, surface) in self.surfaces.iter().enumerate() {
            if !surface.case_sensitive {
                self.folded
                    .entry(surface.text.to_ascii_lowercase())
                    .or_default()
                    .push(s);
            }
        }
        if !self.surfaces.is_empty() {
            let built = AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::Standard)
                .build(self.surfaces.iter().map(|s| s.text.as_str()));
            match built {
                Ok(ac) => self.automaton = Some(ac),
                Err(e) => tracing::error!(error = %e, "cannot build the gazetteer automaton"),
            }
        }
    }

    /// Every entity, in file order.
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// The entity with this key, if known.
    pub fn get(&self, key: &EntityKey) -> Option<&Entity> {
        self.by_key.get(key).map(|&i| &self.entities[i])
    }

    /// The gazetteer facts of the entity with this key (flags, source line), if known.
    pub fn record(&self, key: &EntityKey) -> Option<&GazetteerRecord> {
        self.by_key.get(key).map(|&i| &self.records[i])
    }

    /// The periods of the body `lineage` stands for (the entities flagged
    /// `lineage=<its key>`), with their records, in file order.
    pub fn periods_of(&self, lineage: &EntityKey) -> Vec<(&Entity, &GazetteerRecord)> {
        self.entities
            .iter()
            .zip(&self.records)
            .filter(|(_, r)| r.lineage.as_ref() == Some(lineage))
            .collect()
    }

    /// `(entity, target)` pairs of `part_of` / `succeeded_by` references to keys that no
    /// line defines.
    pub fn dangling_references(&self) -> Vec<(EntityKey, EntityKey)> {
        let mut out = Vec::new();
        for (e, r) in self.entities.iter().zip(&self.records) {
            for target in e
                .part_of
                .iter()
                .chain(&r.succeeded_by)
                .chain(&r.yields_to)
                .chain(&r.lineage)
            {
                if !self.by_key.contains_key(target) {
                    out.push((e.key.clone(), target.clone()));
                }
            }
        }
        out
    }

    /// Whether the entity with key `key` was abolished (its `until` month, with no
    /// successor and no lineage it continues in) on or before `on`. A renamed body
    /// (`succeeded_by=` or `lineage=`) has not ended: its old name written later means
    /// the body under that name ([`Gazetteer::find`]). `false` for an unknown key or one
    /// without `until`.
    pub fn ended_by(&self, key: &EntityKey, on: DateValue) -> bool {
        self.record(key).is_some_and(|r| {
            r.succeeded_by.is_none()
                && r.lineage.is_none()
                && r.until.is_some_and(|u| date_key(u) <= date_key(on))
        })
    }

    /// Whether the entity at `i` is in force on `on` (`from` ≤ on < `until`, month
    /// precision; a year-only date counts as its January).
    fn valid_on(&self, i: usize, on: DateValue) -> bool {
        let r = &self.records[i];
        let on = date_key(on);
        r.from.is_none_or(|f| date_key(f) <= on) && r.until.is_none_or(|u| on < date_key(u))
    }

    /// Picks one of several entities sharing a surface form: the first (in file order) in
    /// force on `on`; when none is in force on `on`, the one of the nearest period
    /// ([`Gazetteer::nearest_period`]: a name kept after a renaming means the body that
    /// last bore it); without a date, the first one without `until` (the current body),
    /// else the first.
    fn resolve(&self, candidates: &[usize], on: Option<DateValue>) -> Option<usize> {
        if let Some(on) = on {
            if let Some(&i) = candidates.iter().find(|&&i| self.valid_on(i, on)) {
                return Some(i);
            }
            if let Some(i) = self.nearest_period(candidates, on) {
                return Some(i);
            }
        }
        candidates
            .iter()
            .copied()
            .find(|&i| self.records[i].until.is_none())
            .or_else(|| candidates.first().copied())
    }

    /// Among `candidates` none of which is in force on `on`: the one whose period ended
    /// last on or before `on` (a notice written after a renaming that uses the old name
    /// means the body that bore it last, `행정자치부` in 2018 → the 2014–17 ministry), else
    /// the one whose period begins first after `on`. `None` when no candidate has a
    /// period.
    fn nearest_period(&self, candidates: &[usize], on: DateValue) -> Option<usize> {
        let on = date_key(on);
        let ended = candidates
            .iter()
            .copied()
            .filter_map(|i| self.records[i].until.map(|u| (date_key(u), i)))
            .filter(|(u, _)| *u <= on)
            .max_by_key(|(u, _)| *u)
            .map(|(_, i)| i);
        ended.or_else(|| {
            candidates
                .iter()
                .copied()
                .filter_map(|i| self.records[i].from.map(|f| (date_key(f), i)))
                .filter(|(f, _)| *f > on)
                .min_by_key(|(f, _)| *f)
                .map(|(_, i)| i)
        })
    }

    /// The entities of `kind` named by `surface` exactly (as [`Gazetteer::lookup`] reads
    /// it: acronyms case-sensitively, other surfaces ASCII case-insensitively), as
    /// indices in file order.
    fn named_by(&self, surface: &str, kind: EntityKind) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        if let Some(&s) = self.exact.get(surface) {
            out.extend(&self.surfaces[s].entities);
        }
        for &s in self
            .folded
            .get(&surface.to_ascii_lowercase())
            .into_iter()
            .flatten()
        {
            out.extend(&self.surfaces[s].entities);
        }
        out.sort_unstable();
        out.dedup();
        out.retain(|&i| self.entities[i].key.kind == kind);
        out
    }

    /// Whether the period of the entity at `i` overlaps the time `at` stands for (a
    /// year: any month of it; a month: that month; a day: that day).
    fn in_force_during(&self, i: usize, at: DateValue) -> bool {
        let r = &self.records[i];
        let (first, last) = date_range(at);
        r.from.is_none_or(|f| date_key(f) <= last) && r.until.is_none_or(|u| first < date_key(u))
    }

    /// Re-resolves a match whose surface several periods of a renamed body share
    /// (`행정자치부` 1998–2008 and 2014–17) by `at`, the time its sentence talks about:
    /// the first of them (file order) in force during `at`. `None` when the surface names
    /// one entity only, or none of its entities was in force during `at` (the caller then
    /// keeps the match resolved by the notice date).
    pub fn in_force_at(&self, m: &Match, at: DateValue) -> Option<EntityKey> {
        let named = self.named_by(&m.surface, m.key.kind);
        if named.len() < 2 {
            return None;
        }
        named
            .into_iter()
            .find(|&i| self.in_force_during(i, at))
            .map(|i| self.entities[i].key.clone())
    }

    /// `matches` of `text` with the renamed bodies dated by their sentence rather than by
    /// the notice: a name several periods share is resolved by a date written in its
    /// sentence ([`sentence_times`]: the nearest before it, else the nearest after it in
    /// the same clause), and stays resolved by the notice date (as [`Gazetteer::find`]
    /// did) when the sentence has no such date, when the date is later than the notice
    /// date (a plan's date says nothing about the name in force when the notice was
    /// written), or when no period of the name covers it. A body abolished before the
    /// notice date ([`Gazetteer::ended_by`]) is dropped unless its sentence dates it to
    /// its period (`2007년 정보통신부는 …` stays; a 2019 sentence naming `정보통신부` means
    /// some other body, such as a foreign ministry). `sentences`, `dates` and the
    /// matches' spans are in chars of `text`.
    pub fn date_by_sentence(
        &self,
        text: &str,
        mut matches: Vec<Match>,
        sentences: &[Span],
        dates: &[DateMention],
        notice_date: Option<DateValue>,
    ) -> Vec<Match> {
        let chars: Vec<char> = text.chars().collect();
        // Dates by position, those after the notice date left out; sentences are in text
        // order, so both are searched by halves (a long notice has many of each).
        let mut usable: Vec<&DateMention> = dates
            .iter()
            .filter(|d| notice_date.is_none_or(|n| date_key(d.value) <= date_range(n).1))
            .collect();
        usable.sort_by_key(|d| (d.span.begin, d.span.end));
        let mut ended_undated: Vec<usize> = Vec::new();
        for (n, m) in matches.iter_mut().enumerate() {
            let ended = m.key.kind == EntityKind::Organization
                && notice_date.is_some_and(|on| self.ended_by(&m.key, on));
            if !ended && self.named_by(&m.surface, m.key.kind).len() < 2 {
                continue;
            }
            let i = sentences.partition_point(|s| s.end < m.span.end);
            let Some(sentence) = sentences
                .get(i)
                .filter(|s| s.begin <= m.span.begin && m.span.end <= s.end)
            else {
                if ended {
                    ended_undated.push(n);
                }
                continue;
            };
            let from = usable.partition_point(|d| d.span.begin < sentence.begin);
            let to = usable.partition_point(|d| d.span.begin < sentence.end);
            let in_sentence: Vec<&DateMention> = usable[from..to.max(from)]
                .iter()
                .filter(|d| d.span.end <= sentence.end)
                .copied()
                .collect();
            let times = sentence_times(&chars, m.span, &in_sentence);
            if let Some(key) = times.iter().find_map(|&at| self.in_force_at(m, at)) {
                m.key = key;
            }
            if ended
                && !times.iter().any(|&at| {
                    self.by_key
                        .get(&m.key)
                        .is_some_and(|&k| self.in_force_during(k, at))
                })
            {
                ended_undated.push(n);
            }
        }
        let mut n = 0;
        matches.retain(|_| {
            n += 1;
            !ended_undated.contains(&(n - 1))
        });
        matches
    }

    /// Looks a surface form up exactly (after NFC normalisation and whitespace trimming):
    /// a label or alias, case-sensitively for all-caps acronyms and ASCII
    /// case-insensitively otherwise. `kind` restricts the kinds considered; `on` picks
    /// among entities of different periods (see [`Gazetteer::find`]). No particle
    /// stripping: use `particles::strip_particle_known` first.
    pub fn lookup(
        &self,
        surface: &str,
        kind: Option<EntityKind>,
        on: Option<DateValue>,
    ) -> Option<&Entity> {
        let surface: String = surface.trim().nfc().collect();
        let mut candidates: Vec<usize> = Vec::new();
        if let Some(&s) = self.exact.get(&surface) {
            candidates.extend(&self.surfaces[s].entities);
        }
        if let Some(ss) = self.folded.get(&surface.to_ascii_lowercase()) {
            for &s in ss {
                for &i in &self.surfaces[s].entities {
                    if !candidates.contains(&i) {
                        candidates.push(i);
                    }
                }
            }
        }
        candidates.retain(|&i| kind.is_none_or(|k| self.entities[i].key.kind == k));
        self.resolve(&candidates, on).map(|i| &self.entities[i])
    }

    /// Finds every gazetteer entity mentioned in `text` (normalised, see
    /// `ingest::normalize`), leftmost-longest and non-overlapping, in text order.
    ///
    /// Spans are in characters of `text`. Latin-script surfaces need a word boundary
    /// (no ASCII letter or digit on either side) and match ASCII case-insensitively,
    /// except all-caps acronyms (`UN`, `EU`, `OECD`), which match only as written, and
    /// organizations' capitalised names of several words, which never match text written
    /// all in lowercase (`digital nations` is prose).
    /// Hangul surfaces must not be glued to a preceding Hangul word unless it is a known
    /// prefix (`주한`); after them comes a non-Hangul character, a particle (returned in
    /// [`Match::particle`]), a common noun (`정부`, `대사관`), or — for names of three or
    /// more characters — anything (compounds such as `탈린디지털서밋`). A surface naming
    /// several entities (`행정안전부`) resolves by validity period against `on`, the
    /// notice date. `lang` is accepted for future language-specific rules and currently
    /// does not restrict matching (Korean notices quote English names and vice versa).
    pub fn find(&self, text: &str, lang: Lang, on: Option<DateValue>) -> Vec<Match> {
        let _ = lang;
        let Some(ac) = &self.automaton else {
            return Vec::new();
        };
        let char_at = char_offsets(text);
        // (begin byte, end byte, surface index, particle)
        let mut candidates: Vec<(usize, usize, usize, Option<String>)> = Vec::new();
        for m in ac.find_overlapping_iter(text) {
            let (b, e) = (m.start(), m.end());
            let s = &self.surfaces[m.pattern().as_usize()];
            if s.case_sensitive && &text[b..e] != s.text.as_str() {
                continue;
            }
            if self.proper_name_in_lowercase(s, &text[b..e]) {
                continue;
            }
            if let Some(particle) = boundary_ok(text, b, e) {
                candidates.push((b, e, m.pattern().as_usize(), particle));
            }
        }
        candidates.extend(self.bracketed_acronym_candidates(text));
        // Longest first, then leftmost: `the United Nations E-Government Survey` is the
        // series, not `the United Nations` followed by loose words.
        candidates.sort_by(|a, b| (b.1 - b.0).cmp(&(a.1 - a.0)).then(a.0.cmp(&b.0)));
        let mut out = Vec::new();
        let mut taken: Vec<(usize, usize)> = Vec::new();
        for (b, e, s, particle) in candidates {
            if taken.iter().any(|&(tb, te)| b < te && tb < e) {
                continue;
            }
            let Some(i) = self.resolve(&self.surfaces[s].entities, on) else {
                continue;
            };
            taken.push((b, e));
            out.push(Match {
                span: Span {
                    begin: char_at[b],
                    end: char_at[e],
                },
                surface: text[b..e].to_string(),
                key: self.entities[i].key.clone(),
                particle,
            });
        }
        out.sort_by_key(|m| (m.span.begin, m.span.end));
        self.drop_common_word_homographs(text, out)
    }

    /// `true` if `m` is a match of the Korean label of an entity flagged
    /// [`homograph::FLAG`] (aliases such as `그루지야` are not common words).
    fn is_homograph(&self, m: &Match) -> bool {
        has_hangul(&m.surface)
            && self
                .record(&m.key)
                .is_some_and(|r| r.other.iter().any(|(k, _)| k == homograph::FLAG))
            && self.get(&m.key).is_some_and(|e| {
                e.labels
                    .iter()
                    .any(|l| l.lang == "ko" && l.text == m.surface)
            })
    }

    /// `found` (matches in `text`, spans in chars) without the homograph matches that
    /// lack country context ([`homograph::country_context`]).
    fn drop_common_word_homographs(&self, text: &str, mut found: Vec<Match>) -> Vec<Match> {
        if !found.iter().any(|m| self.is_homograph(m)) {
            return found;
        }
        let chars: Vec<char> = text.chars().collect();
        let countries: Vec<Span> = found
            .iter()
            .filter(|m| m.key.kind == EntityKind::Country && !self.is_homograph(m))
            .map(|m| m.span)
            .collect();
        found
            .retain(|m| !self.is_homograph(m) || homograph::country_context(&chars, m, &countries));
        found
    }
}

impl Gazetteer {
    /// Countries whose English name is written with one inner letter dropped (`Demark`),
    /// in a capitalised word of `text` that no match in `found` covers and that no other
    /// capitalised word stands next to (`David Cameron` is a name, not `Cameroon`). Only names of seven
    /// letters or more are read so (a shorter name loses too much to be recognised, and
    /// `Swede` is a word); Hangul text is not read. Spans are characters of `text`;
    /// returns the matches in text order.
    pub fn find_misspelt_countries(&self, text: &str, found: &[Match]) -> Vec<Match> {
        let names: Vec<(&str, &EntityKey)> = self
            .entities
            .iter()
            .filter(|e| e.key.kind == EntityKind::Country)
            .filter_map(|e| e.label(Lang::En).map(|l| (l, &e.key)))
            .filter(|(l, _)| l.len() >= 7 && l.bytes().all(|b| b.is_ascii_alphabetic()))
            .collect();
        let covered = SpanIndex::new(found.iter().map(|m| m.span));
        let chars: Vec<char> = text.chars().collect();
        let mut out = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            if !chars[i].is_ascii_alphabetic() {
                i += 1;
                continue;
            }
            let begin = i;
            while i < chars.len() && chars[i].is_alphanumeric() {
                i += 1;
            }
            let span = Span { begin, end: i };
            let word: String = chars[begin..i].iter().collect();
            if !word.starts_with(|c: char| c.is_ascii_uppercase())
                || covered.overlaps(span)
                || next_to_capitalised_word(&chars, span)
            {
                continue;
            }
            let hit = names
                .iter()
                .find(|(name, _)| name.len() == word.len() + 1 && drops_one(name, &word));
            if let Some((_, key)) = hit {
                out.push(Match {
                    span,
                    surface: word,
                    key: (*key).clone(),
                    particle: None,
                });
            }
        }
        out
    }

    /// Names written in full with their acronym in brackets before the head noun: `OECD
    /// Open, Useful and Re-usable data (OURdata) Index`, where `<ACRONYM> <head>`
    /// (`OURdata Index`) is a known surface. The candidate begins where a surface of the
    /// same entity written without the bracket (`OECD Open, Useful and Re-usable data
    /// Index`) begins, else at the bracket, and ends after the head noun. Returns
    /// (begin byte, end byte, surface index, particle) as in [`Gazetteer::find`].
    fn bracketed_acronym_candidates(
        &self,
        text: &str,
    ) -> Vec<(usize, usize, usize, Option<String>)> {
        let mut out = Vec::new();
        for (close, _) in text.match_indices(')') {
            let Some(open) = text[..close].rfind('(') else {
                continue;
            };
            let acronym = &text[open + 1..close];
            let Some(head) = head_noun_after(&text[close + 1..]) else {
                continue;
            };
            if !is_bracketed_acronym(acronym) {
                continue;
            }
            let end = close + 1 + head.1;
            let head = head.0;
            let Some(probe) = self.surface_index(&format!("{acronym} {head}")) else {
                continue;
            };
            let name_end = text[..open].trim_end().len();
            let (begin, surface) = self
                .full_name_before(text, name_end, head, probe)
                .unwrap_or((open, probe));
            out.push((begin, end, surface, None));
        }
        out
    }

    /// The index of the surface written exactly as `surface` (else ASCII
    /// case-insensitively), if any.
    fn surface_index(&self, surface: &str) -> Option<usize> {
        self.exact.get(surface).copied().or_else(|| {
            self.folded
                .get(&surface.to_ascii_lowercase())
                .and_then(|v| v.first().copied())
        })
    }

    /// The longest surface naming an entity of surface `probe` that the text ending at
    /// byte `name_end`, followed by ` <head>`, ends with (ASCII case-insensitively), at a
    /// word boundary: (begin byte in `text`, surface index).
    fn full_name_before(
        &self,
        text: &str,
        name_end: usize,
        head: &str,
        probe: usize,
    ) -> Option<(usize, usize)> {
        let wanted = &self.surfaces[probe].entities;
        let joined = format!("{} {head}", &text[..name_end]).to_ascii_lowercase();
        self.surfaces
            .iter()
            .enumerate()
            .filter(|(_, s)| s.entities.iter().any(|i| wanted.contains(i)))
            .filter(|(_, s)| s.text.len() > head.len() + 1)
            .filter(|(_, s)| joined.ends_with(&s.text.to_ascii_lowercase()))
            .filter_map(|(i, s)| {
                let begin = name_end.checked_sub(s.text.len() - head.len() - 1)?;
                let left_ok = text.is_char_boundary(begin)
                    && !text[..begin]
                        .chars()
                        .next_back()
                        .is_some_and(|c| c.is_alphanumeric());
                left_ok.then_some((begin, i, s.text.len()))
            })
            .max_by_key(|&(_, _, len)| len)
            .map(|(b, i, _)| (b, i))
    }

    /// `true` if an organization's capitalised name of several words (`Digital Nations`,
    /// `United Nations`) is written all in lowercase (`16 leading digital nations`): words
    /// of the prose, not the name. Topics keep matching in lowercase (`e-participation
    /// index`), as prose names them so.
    fn proper_name_in_lowercase(&self, s: &Surface, written: &str) -> bool {
        let capitalised = s
            .text
            .split_whitespace()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .count();
        capitalised >= 2
            && !written.chars().any(char::is_uppercase)
            && s.entities
                .iter()
                .all(|&i| self.entities[i].key.kind == EntityKind::Organization)
    }
}

/// Whether the text in a bracket is an acronym: one Latin word of 2–15 letters, digits
/// or hyphens with an uppercase letter (`OURdata`, `DGI`, `GCI`).
fn is_bracketed_acronym(s: &str) -> bool {
    (2..=15).contains(&s.len())
        && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && s.bytes().any(|b| b.is_ascii_uppercase())
}

/// The capitalised Latin word after the whitespace that `rest` begins with (`" Index
/// in 2019"` → `Index`), and the byte where it ends in `rest`.
fn head_noun_after(rest: &str) -> Option<(&str, usize)> {
    let word = rest.trim_start();
    let ws = rest.len() - word.len();
    let len = word
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .unwrap_or(word.len());
    (ws > 0 && word.starts_with(|c: char| c.is_ascii_uppercase())).then(|| (&word[..len], ws + len))
}

/// `true` if `short` is `name` with one inner letter left out (ASCII, `name` one
/// longer): `Demark`, `Moroco`. A first or last letter left out makes other words too
/// often (`German`, `Somali`, `Georgi`).
fn drops_one(name: &str, short: &str) -> bool {
    let (n, s) = (name.as_bytes(), short.as_bytes());
    let same_start = n.iter().zip(s).take_while(|(a, b)| a == b).count();
    (1..n.len() - 1).contains(&same_start) && n[same_start + 1..] == s[same_start..]
}

/// Spans sorted by begin, with the greatest length, for overlap look-ups by binary
/// search instead of a scan of every span.
struct SpanIndex {
    spans: Vec<Span>,
    max_len: usize,
}

impl SpanIndex {
    /// The index of `spans` (any order).
    fn new(spans: impl Iterator<Item = Span>) -> SpanIndex {
        let mut spans: Vec<Span> = spans.collect();
        spans.sort();
        let max_len = spans
            .iter()
            .map(|s| s.end.saturating_sub(s.begin))
            .max()
            .unwrap_or(0);
        SpanIndex { spans, max_len }
    }

    /// `true` if a span of the index overlaps `span` (shares at least one char).
    fn overlaps(&self, span: Span) -> bool {
        let lo = self
            .spans
            .partition_point(|s| s.begin.saturating_add(self.max_len) < span.begin);
        let hi = self.spans.partition_point(|s| s.begin < span.end);
        self.spans[lo..hi.max(lo)]
            .iter()
            .any(|s| s.begin < span.end && span.begin < s.end)
    }
}

/// `true` if a capitalised word is written right before or after the word at `span`
/// (one space apart): the word is then part of a name (`David Cameron`, not `Cameroon`).
fn next_to_capitalised_word(chars: &[char], span: Span) -> bool {
    let before = span.begin >= 2
        && chars[span.begin - 1] == ' '
        && chars[..span.begin - 1]
            .iter()
            .rev()
            .take_while(|c| c.is_alphabetic())
            .last()
            .is_some_and(|c| c.is_uppercase());
    let after = chars.get(span.end) == Some(&' ')
        && chars.get(span.end + 1).is_some_and(|c| c.is_uppercase());
    before || after
}

/// Checks the context of a candidate match `text[b..e]`. `None` rejects it;
/// `Some(particle)` accepts it, with the Korean particle that follows, if any.
fn boundary_ok(text: &str, b: usize, e: usize) -> Option<Option<String>> {
    let surface = &text[b..e];
    let first = surface.chars().next()?;
    let last = surface.chars().last()?;
    let before = text[..b].chars().next_back();
    let after = text[e..].chars().next();
    // Left side.
    if first.is_ascii_alphanumeric() && before.is_some_and(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    // `e-government innovation`: a lowercase word after `x-` is the second half of a
    // hyphenated compound (`Korea-France` still gives `France`).
    if first.is_ascii_lowercase()
        && before == Some('-')
        && text[..b - 1]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric())
    {
        return None;
    }
    if particles::is_hangul(first) && before.is_some_and(particles::is_hangul) {
        let word_start = text[..b]
            .char_indices()
            .rev()
            .find(|(_, c)| !particles::is_hangul(*c))
            .map_or(0, |(i, c)| i + c.len_utf8());
        if !PLACE_PREFIXES.contains(&&text[word_start..b]) {
            return None;
        }
    }
    // Right side.
    let rest = &text[e..];
    if last.is_ascii_alphanumeric() && after.is_some_and(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    if after.is_some_and(particles::is_hangul) {
        if let Some(p) = particles::particle_after(last, rest) {
            return Some(Some(p.to_string()));
        }
        if NOUN_SUFFIXES.iter().any(|s| rest.starts_with(s)) {
            return Some(None);
        }
        // A Latin name glued to Hangul (`OECD회원국`) or a long Hangul name in a compound.
        if !particles::is_hangul(last) || surface.chars().count() >= 3 {
            return Some(None);
        }
        return None;
    }
    Some(None)
}

/// `true` for an all-caps acronym (`UN`, `OECD`, `UN DESA`, `D-5`): at least two ASCII
/// capitals and no lowercase letter.
fn is_acronym(s: &str) -> bool {
    s.chars().filter(|c| c.is_ascii_uppercase()).count() >= 2
        && !s.chars().any(|c| c.is_lowercase())
}

/// A sortable `(year, month, day)` for validity comparisons.
fn date_key(d: DateValue) -> (i32, u32, u32) {
    match d {
        DateValue::Year(y) => (y, 1, 1),
        DateValue::YearMonth(y, m) => (y, m, 1),
        DateValue::Date(y, m, d) => (y, m, d),
    }
}

/// The times a sentence gives a name at `span`, most telling first: the date written
/// nearest before it (`2007년 행정자치부는`, `In 2007, the Ministry …`), then the nearest
/// after it when no comma or semicolon stands between (`행정자치부는 2007년 …`). `dates`
/// are those of the name's sentence; spans are in chars of `chars`.
fn sentence_times(chars: &[char], span: Span, dates: &[&DateMention]) -> Vec<DateValue> {
    let before = dates
        .iter()
        .filter(|d| d.span.end <= span.begin)
        .max_by_key(|d| d.span.end)
        .map(|d| d.value);
    let after = dates
        .iter()
        .filter(|d| d.span.begin >= span.end)
        .min_by_key(|d| d.span.begin)
        .filter(|d| {
            !chars[span.end..d.span.begin.min(chars.len())]
                .iter()
                .any(|c| matches!(c, ',' | ';' | '，'))
        })
        .map(|d| d.value);
    before.into_iter().chain(after).collect()
}

/// The first and the last day a date stands for, as sortable keys: `2008` is
/// 2008-01-01 to 2008-12-31, `2008-02` its first to its last day (31 for every month:
/// only the order matters).
fn date_range(d: DateValue) -> ((i32, u32, u32), (i32, u32, u32)) {
    match d {
        DateValue::Year(y) => ((y, 1, 1), (y, 12, 31)),
        DateValue::YearMonth(y, m) => ((y, m, 1), (y, m, 31)),
        DateValue::Date(y, m, d) => ((y, m, d), (y, m, d)),
    }
}

/// `true` if `s` contains a Hangul letter (decides the language tag of an alias).
fn has_hangul(s: &str) -> bool {
    s.chars().any(particles::is_hangul)
}

fn parse_key(file: &str, line: usize, cell: &str) -> Result<EntityKey, GazetteerError> {
    let bad = || GazetteerError::Reference {
        file: file.to_string(),
        line,
        reference: cell.to_string(),
    };
    let (kind, slug) = cell.split_once('/').ok_or_else(bad)?;
    let kind = EntityKind::from_segment(kind.trim()).ok_or_else(bad)?;
    let slug = slug.trim();
    if !valid_slug(slug) {
        return Err(bad());
    }
    Ok(EntityKey::new(kind, slug))
}

fn valid_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Parses one non-comment line into an entity and its record.
fn parse_line(
    file: &str,
    line: usize,
    raw: &str,
) -> Result<(Entity, GazetteerRecord), GazetteerError> {
    let cells: Vec<String> = raw.split('\t').map(|c| c.trim().nfc().collect()).collect();
    if cells.len() != 8 {
        return Err(GazetteerError::Cells {
            file: file.to_string(),
            line,
            found: cells.len(),
        });
    }
    let kind = EntityKind::from_segment(&cells[0]).ok_or_else(|| GazetteerError::Kind {
        file: file.to_string(),
        line,
        kind: cells[0].clone(),
    })?;
    if !valid_slug(&cells[1]) {
        return Err(GazetteerError::Slug {
            file: file.to_string(),
            line,
            slug: cells[1].clone(),
        });
    }
    let mut entity = Entity::new(EntityKey::new(kind, cells[1].as_str()));
    if cells[2].is_empty() && cells[3].is_empty() {
        return Err(GazetteerError::NoLabel {
            file: file.to_string(),
            line,
            key: entity.key.to_string(),
        });
    }
    if !cells[2].is_empty() {
        entity.labels.push(Label::new(cells[2].as_str(), Lang::En));
    }
    if !cells[3].is_empty() {
        entity.labels.push(Label::new(cells[3].as_str(), Lang::Ko));
    }
    for alias in cells[4].split('|').map(str::trim).filter(|a| !a.is_empty()) {
        let lang = if has_hangul(alias) {
            Lang::Ko
        } else {
            Lang::En
        };
        let label = Label::new(alias, lang);
        if !entity.labels.contains(&label) && !entity.alt_labels.contains(&label) {
            entity.alt_labels.push(label);
        }
    }
    if !cells[5].is_empty() {
        let id = &cells[5];
        if !(id.len() > 1 && id.starts_with('Q') && id[1..].chars().all(|c| c.is_ascii_digit())) {
            return Err(GazetteerError::Wikidata {
                file: file.to_string(),
                line,
                id: id.clone(),
            });
        }
        entity.wikidata = Some(id.clone());
    }
    if !cells[6].is_empty() {
        entity.part_of = Some(parse_key(file, line, &cells[6])?);
    }
    let mut record = GazetteerRecord {
        file: file.to_string(),
        line,
        ..GazetteerRecord::default()
    };
    for flag in cells[7].split(';').map(str::trim).filter(|f| !f.is_empty()) {
        let bad = || GazetteerError::Flag {
            file: file.to_string(),
            line,
            flag: flag.to_string(),
        };
        let (name, value) = match flag.split_once('=') {
            Some((n, v)) => (n.trim(), Some(v.trim())),
            None => (flag, None),
        };
        match (name, value) {
            ("gov", None) => entity.government = true,
            ("capital", None) => record.capital = true,
            ("iso", Some(v)) => entity.iso_code = Some(v.to_ascii_uppercase()),
            ("from", Some(v)) => record.from = Some(DateValue::parse_iso(v).ok_or_else(bad)?),
            ("until", Some(v)) => record.until = Some(DateValue::parse_iso(v).ok_or_else(bad)?),
            ("succeeded_by", Some(v)) => record.succeeded_by = Some(parse_key(file, line, v)?),
            ("lineage", Some(v)) => record.lineage = Some(parse_key(file, line, v)?),
            ("lineage", None) => record.is_lineage = true,
            ("yields_to", Some(v)) => record.yields_to = Some(parse_key(file, line, v)?),
            ("title_en", Some(v)) => record.title_en = Some(v.to_string()),
            ("title_ko", Some(v)) => record.title_ko = Some(v.to_string()),
            ("editions", Some(v)) => {
                record.editions = v
                    .split(',')
                    .map(|y| y.trim().parse().ok())
                    .collect::<Option<Vec<i32>>>()
                    .filter(|ys| ys.windows(2).all(|w| w[0] < w[1]))
                    .ok_or_else(bad)?;
            }
            ("event_kind", Some(v)) => {
                record.event_kind = Some(parse_event_kind(v).ok_or_else(bad)?);
            }
            (name, value) => {
                if name != "ko_order" && name != homograph::FLAG {
                    tracing::warn!(file, line, flag, "unknown gazetteer flag");
                }
                record
                    .other
                    .push((name.to_string(), value.map(str::to_string)));
            }
        }
    }
    Ok((entity, record))
}

/// Parses the `event_kind` flag value.
pub fn parse_event_kind(v: &str) -> Option<EventKind> {
    Some(match v {
        "meeting" => EventKind::Meeting,
        "forum" | "summit" => EventKind::Forum,
        "seminar" | "workshop" | "conference" => EventKind::Seminar,
        "signing" => EventKind::Signing,
        "visit" => EventKind::Visit,
        "training" => EventKind::Training,
        "survey" => EventKind::SurveyEdition,
        "other" => EventKind::Other,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const ORGS: &str = "# test gazetteer\n\
org\tmopas\tMinistry of Public Administration and Security\t행정안전부\tMOPAS\t\t\tgov;from=2008-02;until=2013-03;succeeded_by=org/mospa\n\
org\tmospa\tMinistry of Security and Public Administration\t안전행정부\t안행부\t\t\tgov;from=2013-03;until=2014-11;succeeded_by=org/moi\n\
org\tmoi\tMinistry of the Interior\t행정자치부\t행자부\t\t\tgov;from=2014-11;until=2017-07;succeeded_by=org/mois\n\
org\tmois\tMinistry of the Interior and Safety\t행정안전부\tMOIS|행안부\t\t\tgov;from=2017-07\n\
org\toecd\tOECD\t경제협력개발기구\tOrganisation for Economic Co-operation and Development\tQ41550\t\t\n\
org\tun\tUnited Nations\t국제연합\tUN|유엔\tQ1065\t\t\n\
org\teu\tEuropean Union\t유럽연합\tEU\tQ458\t\t\n";
    const PLACES: &str = "country\tkr\tRepublic of Korea\t대한민국\tKorea|South Korea|한국|우리나라\tQ884\t\tiso=KR\n\
country\tee\tEstonia\t에스토니아\t\tQ191\t\tiso=EE\n\
country\tin\tIndia\t인도\t\tQ668\t\tiso=IN\n\
country\tfr\tFrance\t프랑스\t\tQ142\t\tiso=FR\n\
city\ttallinn\tTallinn\t탈린\t\tQ1770\tcountry/ee\tcapital\n\
post\tminister-of-the-interior\tMinister of the Interior\t행정자치부 장관\t\t\torg/moi\ttitle_en=Minister;title_ko=장관\n";

    fn test_gazetteer() -> Gazetteer {
        Gazetteer::parse(&[("orgs.tsv", ORGS), ("places.tsv", PLACES)]).expect("test gazetteer")
    }

    /// (begin, end, surface, slug, particle) of every match.
    fn found(
        g: &Gazetteer,
        text: &str,
        on: Option<DateValue>,
    ) -> Vec<(usize, usize, String, String, Option<String>)> {
        g.find(text, Lang::Ko, on)
            .into_iter()
            .map(|m| (m.span.begin, m.span.end, m.surface, m.key.slug, m.particle))
            .collect()
    }

    #[test]
    fn builtin_gazetteer_parses() {
        let g = Gazetteer::parse(BUILTIN_FILES).expect("built-in gazetteer");
        assert_eq!(g.dangling_references(), Vec::new());
    }

    #[test]
    fn parse_reads_labels_aliases_and_flags() {
        let g = test_gazetteer();
        let kr = g
            .get(&EntityKey::new(EntityKind::Country, "kr"))
            .expect("kr");
        assert_eq!(kr.label(Lang::En), Some("Republic of Korea"));
        assert_eq!(kr.label(Lang::Ko), Some("대한민국"));
        assert_eq!(kr.iso_code.as_deref(), Some("KR"));
        assert_eq!(kr.wikidata.as_deref(), Some("Q884"));
        assert!(kr.alt_labels.contains(&Label::new("한국", Lang::Ko)));
        assert!(kr.alt_labels.contains(&Label::new("South Korea", Lang::En)));
        let moi = g
            .record(&EntityKey::new(EntityKind::Organization, "moi"))
            .expect("moi");
        assert_eq!(moi.from, Some(DateValue::YearMonth(2014, 11)));
        assert_eq!(moi.until, Some(DateValue::YearMonth(2017, 7)));
        assert_eq!(
            moi.succeeded_by,
            Some(EntityKey::new(EntityKind::Organization, "mois"))
        );
        assert_eq!((moi.file.as_str(), moi.line), ("orgs.tsv", 4));
        let tallinn = g
            .record(&EntityKey::new(EntityKind::City, "tallinn"))
            .expect("tallinn");
        assert!(tallinn.capital);
        let post = g
            .record(&EntityKey::new(
                EntityKind::Post,
                "minister-of-the-interior",
            ))
            .expect("post");
        assert_eq!(post.title_ko.as_deref(), Some("장관"));
        assert_eq!(g.dangling_references(), Vec::new());
    }

    #[test]
    fn parse_errors_name_file_and_line() {
        let cases: &[(&str, &str)] = &[
            (
                "# c\norg\tx\tX\n",
                "bad.tsv:2: expected 8 TAB-separated cells, found 3",
            ),
            (
                "thing\tx\tX\t\t\t\t\t\n",
                "bad.tsv:1: unknown kind \"thing\"",
            ),
            (
                "org\tBad Slug\tX\t\t\t\t\t\n",
                "bad.tsv:1: invalid slug \"Bad Slug\"",
            ),
            ("org\tx\t\t\t\t\t\t\n", "bad.tsv:1: org/x has no label"),
            (
                "org\tx\tX\t\t\tP5\t\t\n",
                "bad.tsv:1: invalid Wikidata id \"P5\"",
            ),
            (
                "org\tx\tX\t\t\t\tnowhere\t\n",
                "bad.tsv:1: invalid reference \"nowhere\"",
            ),
            (
                "org\tx\tX\t\t\t\t\tfrom=2014-13\n",
                "bad.tsv:1: invalid flag \"from=2014-13\"",
            ),
            (
                "org\tx\tX\t\t\t\t\t\n\norg\tx\tY\t\t\t\t\t\n",
                "bad.tsv:3: duplicate key org/x (first defined at bad.tsv:1)",
            ),
        ];
        for (content, want) in cases {
            let err = Gazetteer::parse(&[("bad.tsv", content)]).expect_err(content);
            assert!(err.to_string().starts_with(want), "{err} vs {want}");
        }
    }

    #[test]
    fn dangling_references_are_reported() {
        let g = Gazetteer::parse(&[("a.tsv", "city\tx\tX\t\t\t\tcountry/zz\t\n")]).expect("parse");
        assert_eq!(
            g.dangling_references(),
            vec![(
                EntityKey::new(EntityKind::City, "x"),
                EntityKey::new(EntityKind::Country, "zz")
            )]
        );
    }

    #[test]
    fn find_hangul_with_particles_and_char_offsets() {
        let g = test_gazetteer();
        let text = "올해 한국은 에스토니아 탈린에서 OECD의 회의를 열었다.";
        assert_eq!(
            found(&g, text, None),
            vec![
                (3, 5, "한국".into(), "kr".into(), Some("은".into())),
                (7, 12, "에스토니아".into(), "ee".into(), None),
                (13, 15, "탈린".into(), "tallinn".into(), Some("에서".into())),
                (18, 22, "OECD".into(), "oecd".into(), Some("의".into())),
            ]
        );
        // Char offsets, not bytes: the span selects the surface.
        for m in g.find(text, Lang::Ko, None) {
            let s: String = text
                .chars()
                .skip(m.span.begin)
                .take(m.span.end - m.span.begin)
                .collect();
            assert_eq!(s, m.surface);
        }
    }

    #[test]
    fn find_boundary_rules() {
        let g = test_gazetteer();
        // text, slugs expected
        let cases: &[(&str, &[&str])] = &[
            ("The UN and the EU met.", &["un", "eu"]),
            ("Unity is not the un.", &[]),
            ("They reunite in Europe.", &[]),
            ("KOREA and korea and Korean", &["kr", "kr"]),
            ("the Korea-France seminar", &["kr", "fr"]),
            ("UNESCO is not listed", &[]),
            ("인도는 참석했다", &["in"]),
            ("인도적 지원", &[]),
            ("동인도 회사", &[]),
            ("주한프랑스대사관에서", &["fr"]),
            ("한국정부는", &["kr"]),
            ("한국어를 배운다", &[]),
            ("에스토니아디지털 정부", &["ee"]),
            ("OECD회원국", &["oecd"]),
            ("경제협력개발기구(OECD)는", &["oecd", "oecd"]),
            (
                "Organisation for Economic Co-operation and Development (OECD)",
                &["oecd", "oecd"],
            ),
            ("유엔에서", &["un"]),
            // A capitalised organization name written in lowercase is prose.
            ("the united nations of the world", &[]),
            ("the European Union and the United Nations", &["eu", "un"]),
        ];
        for (text, want) in cases {
            let got: Vec<String> = g
                .find(text, Lang::En, None)
                .into_iter()
                .map(|m| m.key.slug)
                .collect();
            assert_eq!(got, *want, "{text}");
        }
    }

    /// (text, slugs) — the longest of overlapping surfaces wins, and a lowercase word
    /// glued after `x-` is no match.
    /// (text, slugs) — a country name with one letter dropped, written for this test.
    #[test]
    fn misspelt_country_names() {
        let g = Gazetteer::parse(&[(
            "t.tsv",
            "country\tdk\tDenmark\t덴마크\t\tQ35\t\tiso=DK\n\
             country\tse\tSweden\t스웨덴\t\tQ34\t\tiso=SE\n",
        )])
        .expect("test gazetteer");
        for (text, want) in [
            ("Delegates from Demark came.", vec!["dk"]),
            ("Delegates from Denmak and Demark came.", vec!["dk", "dk"]),
            ("Delegates from Denmark came.", vec![]),
            ("A Swede came; demark is lowercase.", vec![]),
            ("Delegates from Demarks came.", vec![]),
            // A first or last letter dropped, or a word inside a name: no country.
            ("Delegates from Denmar came.", vec![]),
            ("Delegates from Enmark came.", vec![]),
            ("Mr. Olaf Demark came.", vec![]),
            ("Demark Olsen came.", vec![]),
            ("Demark (first) came.", vec!["dk"]),
        ] {
            let found = g.find(text, Lang::En, None);
            let got: Vec<String> = g
                .find_misspelt_countries(text, &found)
                .into_iter()
                .map(|m| m.key.slug)
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn find_prefers_longest_overlap() {
        let g = Gazetteer::parse(&[(
            "t.tsv",
            "org\tun\tUnited Nations\t\tthe United Nations\t\t\t\n\
series\tun-survey\tUnited Nations Data Survey\t\t\t\torg/un\t\n\
topic\tgi\tgovernment innovation\t\t\t\t\t\n\
topic\teg\te-government\t\t\t\t\t\n",
        )])
        .expect("test gazetteer");
        for (text, want) in [
            (
                "Read the United Nations Data Survey now.",
                vec!["un-survey"],
            ),
            ("Ask the United Nations now.", vec!["un"]),
            ("They praised e-government innovation.", vec!["eg"]),
            ("They praised government innovation.", vec!["gi"]),
        ] {
            let got: Vec<String> = g
                .find(text, Lang::En, None)
                .into_iter()
                .map(|m| m.key.slug)
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn find_resolves_renamed_ministries_by_date() {
        let g = test_gazetteer();
        let cases: &[(Option<DateValue>, &str)] = &[
            (Some(DateValue::Date(2011, 9, 21)), "mopas"),
            (Some(DateValue::Date(2018, 10, 14)), "mois"),
            (Some(DateValue::YearMonth(2017, 7)), "mois"),
            (Some(DateValue::Date(2013, 2, 28)), "mopas"),
            // Neither in force: the body that bore the name last before the date.
            (Some(DateValue::Date(2015, 1, 1)), "mopas"),
            (Some(DateValue::YearMonth(2014, 1)), "mopas"),
            // Before any period: the first body to bear the name.
            (Some(DateValue::Year(2005)), "mopas"),
            (None, "mois"),
        ];
        for (on, want) in cases {
            let got = found(&g, "행정안전부는 발표했다", *on);
            assert_eq!(got.len(), 1, "{on:?}");
            assert_eq!(got[0].3, *want, "{on:?}");
        }
    }

    /// A renamed ministry's name used after its period (`행정자치부` in 2018, `Ministry of
    /// the Interior` in 2019) is the body that bore it last, in both languages.
    #[test]
    fn names_out_of_period_resolve_to_the_last_bearer() {
        let g = Gazetteer::parse(&[(
            "orgs.tsv",
            "org\tmogaha\tMinistry of Government Administration and Home Affairs\t행정자치부\t\t\t\tgov;from=1998-02;until=2008-02\n\
org\tmoi\tMinistry of the Interior\t행정자치부\tMOI\t\t\tgov;from=2014-11;until=2017-07\n\
org\tmoi-old\tMinistry of the Interior\t내무부\t\t\t\tgov;from=1948-07;until=1998-02\n",
        )])
        .expect("gazetteer");
        let on = Some(DateValue::Date(2018, 5, 1));
        for surface in ["행정자치부", "Ministry of the Interior"] {
            let got = g.lookup(surface, None, on).map(|e| e.key.slug.as_str());
            assert_eq!(got, Some("moi"), "{surface}");
        }
        let got = g.lookup("행정자치부", None, Some(DateValue::Year(2010)));
        assert_eq!(got.map(|e| e.key.slug.as_str()), Some("mogaha"));
        let got = found(&g, "행정자치부는 발표했다", on);
        assert_eq!(got[0].3, "moi");
    }

    #[test]
    fn lookup_exact_labels() {
        let g = test_gazetteer();
        let on = Some(DateValue::Date(2012, 1, 1));
        type Case<'a> = (
            &'a str,
            Option<EntityKind>,
            Option<DateValue>,
            Option<&'a str>,
        );
        let cases: &[Case] = &[
            ("한국", None, None, Some("kr")),
            (" south korea ", None, None, Some("kr")),
            ("UN", None, None, Some("un")),
            ("un", None, None, None),
            ("행정안전부", None, on, Some("mopas")),
            ("행정안전부", None, None, Some("mois")),
            ("행정안전부", Some(EntityKind::Country), None, None),
            ("한국은", None, None, None),
            ("Tallinn", Some(EntityKind::City), None, Some("tallinn")),
        ];
        for (surface, kind, on, want) in cases {
            let got = g.lookup(surface, *kind, *on).map(|e| e.key.slug.as_str());
            assert_eq!(got, *want, "{surface}");
        }
    }

    #[test]
    fn lookup_and_find_accept_decomposed_hangul_labels() {
        let decomposed: String = "탈린".nfd().collect();
        let g = test_gazetteer();
        assert_eq!(
            g.lookup(&decomposed, None, None)
                .map(|e| e.key.slug.as_str()),
            Some("tallinn")
        );
        let tsv = format!("city\tt\tTallinn\t{decomposed}\t\t\t\t\n");
        let g2 = Gazetteer::parse(&[("nfd.tsv", &tsv)]).expect("parse");
        assert_eq!(g2.find("탈린에서", Lang::Ko, None).len(), 1);
    }

    /// `SpanIndex::overlaps` agrees with a scan of every span, whatever their order.
    #[test]
    fn span_index_overlaps_match_a_full_scan() {
        let spans = [(9, 12), (0, 30), (3, 4), (20, 21)].map(|(begin, end)| Span { begin, end });
        for n in 1..=spans.len() {
            let index = SpanIndex::new(spans[..n].iter().rev().copied());
            for begin in 0..35 {
                for end in begin + 1..36 {
                    let scan = spans[..n].iter().any(|s| s.begin < end && begin < s.end);
                    assert_eq!(
                        index.overlaps(Span { begin, end }),
                        scan,
                        "{n} {begin}..{end}"
                    );
                }
            }
        }
    }

    /// A full name with its acronym in brackets before the head noun resolves as the
    /// `<ACRONYM> <head>` surface, over the whole name when a bracket-less surface of
    /// the entity fits it.
    #[test]
    fn full_name_with_bracketed_acronym() {
        let g = Gazetteer::builtin();
        let text =
            "Korea came 1st in the OECD Open, Useful and Re-usable data (OURdata) Index in 2019.";
        let found = g.find(text, Lang::En, None);
        let m = found
            .iter()
            .find(|m| m.key.slug == "oecd-ourdata-index")
            .expect("series found");
        assert_eq!(
            m.surface,
            "OECD Open, Useful and Re-usable data (OURdata) Index"
        );
        // Only `<ACRONYM> <head>` known: the match begins at the bracket.
        let text = "It joined the new data (OURdata) Index work.";
        let found = g.find(text, Lang::En, None);
        assert!(
            found
                .iter()
                .any(|m| m.key.slug == "oecd-ourdata-index" && m.surface == "(OURdata) Index"),
            "{found:?}"
        );
        // A bracket that is no acronym, or no head noun after it: nothing.
        for text in ["the (ourdata) Index", "the (OURdata) index"] {
            assert!(
                !g.find(text, Lang::En, None)
                    .iter()
                    .any(|m| m.key.slug == "oecd-ourdata-index"),
                "{text}"
            );
        }
    }

    /// `editions=` lists a survey's edition years, ascending; anything else is an error.
    #[test]
    fn edition_years_flag() {
        let line =
            |flags: &str| format!("series\ts\tS Survey\tS 평가\t\t\t\tevent_kind=survey;{flags}\n");
        let g = Gazetteer::parse(&[("t.tsv", line("editions=2015, 2017,2019").as_str())])
            .expect("parses");
        let key = EntityKey::new(EntityKind::Series, "s");
        assert_eq!(
            g.record(&key).map(|r| r.editions.clone()),
            Some(vec![2015, 2017, 2019])
        );
        for bad in ["editions=2017,2015", "editions=2015,x"] {
            assert!(
                Gazetteer::parse(&[("t.tsv", line(bad).as_str())]).is_err(),
                "{bad}"
            );
        }
        let un = EntityKey::new(EntityKind::Series, "un-e-government-survey");
        assert!(
            Gazetteer::builtin()
                .record(&un)
                .is_some_and(|r| r.editions.contains(&2014))
        );
    }
}
