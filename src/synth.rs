//! Synthetic notices for the scale benchmark (`benches/scale.sh`, BENCHMARKS.md
//! *Extraction at scale*): Korean and English notices written from sentence templates of
//! this module and filled with the entities of a [`Gazetteer`] (countries, capitals,
//! Korean cities, international organizations, Korean public bodies, officials and their
//! posts, event series, topics), with varied dates, numbers and shapes.
//!
//! Not test data for extraction quality (there is no gold): the notices exist to measure
//! how the pipeline's cost grows with the number of notices. Each notice is in the
//! corpus's plain-text format (a `source:`/`publisher:`/`title:`/`date:`/`lang:` header
//! block, a blank line, the body) and depends only on the seed and its index
//! ([`Generator::notice`]), so the first 1,000 notices of a 100,000-notice corpus are the
//! 1,000-notice corpus of the same seed. Names of bodies and officials are chosen among
//! those in force on the notice's date (gazetteer `from=`/`until=`).
//!
//! Shapes ([`Shape`]): a meeting hosted by an organization in a city on a date with
//! attending countries; an official's visit abroad; a ranking or survey result with ranks
//! and scores; the announcement of an upcoming edition of a series. About half of the
//! notices are Korean.

use crate::ingest::Gazetteer;
use crate::l10n::article::with_the;
use crate::l10n::josa::attach;
use crate::model::{DateValue, Entity, EntityKey, EntityKind, EventKind, Lang};
use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// A year and month (`(2019, 3)`), the precision of gazetteer validity periods.
type Month = (i32, u32);

/// First and last day (days since 1970-01-01) of the notice dates: 2010-01-01 to
/// 2024-12-31.
const FIRST_DAY: i64 = 14_610;
const LAST_DAY: i64 = 20_088;

/// Notices per sub-folder written by [`write_corpus`] (keeps folders small).
pub const PER_FOLDER: usize = 1000;

/// The kind of story a synthetic notice tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Shape {
    /// A meeting or forum held by a host in a city, with attending countries.
    Meeting,
    /// An official's visit to another country.
    Visit,
    /// A survey or index result: ranks and scores of countries.
    Ranking,
    /// An upcoming edition of a series announced with its date and place.
    Upcoming,
}

impl Shape {
    /// Every shape, in the order [`Generator::notice`] cycles through them.
    pub const ALL: [Shape; 4] = [
        Shape::Meeting,
        Shape::Visit,
        Shape::Ranking,
        Shape::Upcoming,
    ];

    /// A short lowercase name (`meeting`), used in file names.
    pub fn name(self) -> &'static str {
        match self {
            Shape::Meeting => "meeting",
            Shape::Visit => "visit",
            Shape::Ranking => "ranking",
            Shape::Upcoming => "upcoming",
        }
    }
}

/// One generated notice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SynthNotice {
    /// File name relative to the corpus folder: `NNN/NNNNNNN_<lang>_<shape>.txt` (folder
    /// = index / [`PER_FOLDER`]).
    pub path: PathBuf,
    /// Its language.
    pub lang: Lang,
    /// Its shape.
    pub shape: Shape,
    /// The whole file: header block, blank line, body (UTF-8, `\n` line ends).
    pub text: String,
}

/// A small deterministic pseudo-random generator (SplitMix64): the same seed gives the
/// same sequence on every platform and build.
#[derive(Debug, Clone)]
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `lo..=hi` (`lo` when `hi < lo`).
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        if hi <= lo {
            return lo;
        }
        lo + (self.next_u64() % (hi - lo + 1) as u64) as i64
    }

    /// An index below `n` (0 when `n` is 0).
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next_u64() % n as u64) as usize
        }
    }

    /// `true` with a probability of `percent` in 100.
    fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }
}

/// A name in both languages, with the months it is in force (gazetteer `from`/`until`).
#[derive(Debug, Clone)]
struct Named {
    /// The English label as it stands in running text (`the OECD`, `Estonia`).
    en: String,
    /// The English label alone (headings).
    en_bare: String,
    ko: String,
    from: Option<Month>,
    until: Option<Month>,
}

impl Named {
    fn in_force(&self, on: Month) -> bool {
        self.from.is_none_or(|f| f <= on) && self.until.is_none_or(|u| on < u)
    }
}

/// An official: a person and the post they hold.
#[derive(Debug, Clone)]
struct Official {
    person: Named,
    /// The post's label (`Minister of the Interior and Safety`, `행정안전부 장관`).
    post: Named,
    /// Whether the post is a Korean one (it visits abroad; a foreign one visits Korea).
    korean: bool,
}

/// A series of events.
#[derive(Debug, Clone)]
struct Series {
    name: Named,
    survey: bool,
    /// Its organization, when the gazetteer names one.
    org: Option<Named>,
    /// Edition years of a survey (may be empty).
    editions: Vec<i32>,
}

/// The entity pools the templates draw from, built once from the gazetteer.
#[derive(Debug, Clone)]
struct Pools {
    korea: Named,
    countries: Vec<Named>,
    /// Foreign capitals and the index of their country in `countries`.
    capitals: Vec<(Named, usize)>,
    korean_cities: Vec<Named>,
    intl_orgs: Vec<Named>,
    korean_bodies: Vec<Named>,
    officials: Vec<Official>,
    gatherings: Vec<Series>,
    surveys: Vec<Series>,
    topics: Vec<Named>,
}

fn month_of(d: DateValue) -> Month {
    match d {
        DateValue::Year(y) => (y, 1),
        DateValue::YearMonth(y, m) | DateValue::Date(y, m, _) => (y, m),
    }
}

impl Pools {
    /// The pools of `gaz`: entities with both an English and a Korean label (bodies standing
    /// for a lineage of renamed bodies are left out: their labels are never in text).
    ///
    /// # Panics
    /// When the gazetteer lacks the Republic of Korea (`country/kr`) or has no foreign
    /// capital, organization, official, series or topic with both labels.
    fn new(gaz: &Gazetteer) -> Pools {
        let named = |e: &Entity| -> Option<Named> {
            let record = gaz.record(&e.key)?;
            if record.is_lineage {
                return None;
            }
            let en = e.label(Lang::En)?;
            let ko = e.label(Lang::Ko)?;
            Some(Named {
                en: with_the(en, e.key.kind),
                en_bare: en.to_string(),
                ko: ko.to_string(),
                from: record.from.map(month_of),
                until: record.until.map(month_of),
            })
        };
        let of_kind = |kind: EntityKind| gaz.entities().iter().filter(move |e| e.key.kind == kind);
        let kr = EntityKey::new(EntityKind::Country, "kr");
        let korea = gaz
            .get(&kr)
            .and_then(named)
            .expect("the gazetteer names the Republic of Korea");
        let mut countries = Vec::new();
        let mut country_index = HashMap::new();
        for e in of_kind(EntityKind::Country).filter(|e| e.key != kr) {
            if let Some(n) = named(e) {
                country_index.insert(e.key.clone(), countries.len());
                countries.push(n);
            }
        }
        let mut capitals = Vec::new();
        let mut korean_cities = Vec::new();
        for e in of_kind(EntityKind::City) {
            let (Some(n), Some(country)) = (named(e), e.part_of.as_ref()) else {
                continue;
            };
            if *country == kr {
                korean_cities.push(n);
            } else if let Some(&i) = country_index.get(country)
                && gaz.record(&e.key).is_some_and(|r| r.capital)
            {
                capitals.push((n, i));
            }
        }
        let orgs = || of_kind(EntityKind::Organization);
        let intl_orgs = orgs()
            .filter(|e| !e.government && e.part_of.is_none())
            .filter_map(named)
            .collect();
        let korean_bodies = orgs()
            .filter(|e| {
                e.government
                    && gaz
                        .record(&e.key)
                        .is_some_and(|r| r.file == "orgs_korea.tsv")
            })
            .filter_map(named)
            .collect();
        let officials = of_kind(EntityKind::Person)
            .filter_map(|e| {
                let post = gaz.get(e.part_of.as_ref()?)?;
                let holder = post.part_of.as_ref().and_then(|k| gaz.get(k));
                let korean = holder.is_some_and(|h| h.key == kr || h.government);
                Some(Official {
                    person: named(e)?,
                    post: named(post)?,
                    korean,
                })
            })
            .collect();
        let (mut gatherings, mut surveys) = (Vec::new(), Vec::new());
        for e in of_kind(EntityKind::Series) {
            let Some(name) = named(e) else { continue };
            let record = gaz.record(&e.key);
            let series = Series {
                name,
                survey: record.and_then(|r| r.event_kind) == Some(EventKind::SurveyEdition),
                org: e.part_of.as_ref().and_then(|k| gaz.get(k)).and_then(named),
                editions: record.map(|r| r.editions.clone()).unwrap_or_default(),
            };
            if series.survey {
                surveys.push(series);
            } else {
                gatherings.push(series);
            }
        }
        let topics = of_kind(EntityKind::Topic).filter_map(named).collect();
        let pools = Pools {
            korea,
            countries,
            capitals,
            korean_cities,
            intl_orgs,
            korean_bodies,
            officials,
            gatherings,
            surveys,
            topics,
        };
        pools.check();
        pools
    }

    fn check(&self) {
        let sizes = [
            ("countries", self.countries.len()),
            ("capitals", self.capitals.len()),
            ("Korean cities", self.korean_cities.len()),
            ("international organizations", self.intl_orgs.len()),
            ("Korean bodies", self.korean_bodies.len()),
            ("officials", self.officials.len()),
            ("series", self.gatherings.len()),
            ("surveys", self.surveys.len()),
            ("topics", self.topics.len()),
        ];
        for (what, n) in sizes {
            assert!(
                n >= 4,
                "the gazetteer has too few {what} with both labels: {n}"
            );
        }
    }
}

/// Picks one of `items`, preferring those for which `ok` holds (any one when none does).
fn pick_where<'a, T>(rng: &mut Rng, items: &'a [T], ok: impl Fn(&T) -> bool) -> &'a T {
    let good: Vec<&T> = items.iter().filter(|t| ok(t)).collect();
    if good.is_empty() {
        &items[rng.below(items.len())]
    } else {
        good[rng.below(good.len())]
    }
}

/// Picks `n` distinct indices below `len` (fewer when `len < n`).
fn distinct(rng: &mut Rng, len: usize, n: usize) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::with_capacity(n);
    while out.len() < n.min(len) {
        let i = rng.below(len);
        if !out.contains(&i) {
            out.push(i);
        }
    }
    out
}

/// A calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Day {
    y: i32,
    m: u32,
    d: u32,
}

impl Day {
    fn from_unix(days: i64) -> Day {
        match DateValue::from_unix_days(days) {
            DateValue::Date(y, m, d) => Day { y, m, d },
            _ => unreachable!("from_unix_days gives a full date"),
        }
    }

    fn month(self) -> Month {
        (self.y, self.m)
    }
}

/// The English month names (the ones the date extractor reads).
const MONTHS_EN: [&str; 12] = crate::ingest::dates::MONTH_NAMES;

fn month_en(m: u32) -> &'static str {
    MONTHS_EN[(m as usize + 11) % 12]
}

/// `1st`, `2nd`, `3rd`, `11th`, `22nd`, …
fn ordinal_en(n: i64) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// `1,234,567`.
fn thousands(n: i64) -> String {
    let digits = n.abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0 { format!("-{out}") } else { out }
}

/// The way a day is written, in the notice's language, relative to the notice's date
/// `now` (a day of the same year may drop the year; of the same month, the month in
/// Korean).
fn day_text(rng: &mut Rng, lang: Lang, day: Day, now: Day) -> String {
    let same_year = day.y == now.y;
    match (lang, rng.below(3)) {
        (Lang::En, 0) => format!("on {} {} {}", day.d, month_en(day.m), day.y),
        (Lang::En, 1) if same_year => format!("on {} {}", month_en(day.m), day.d),
        (Lang::En, _) => format!("on {} {}, {}", month_en(day.m), day.d, day.y),
        (Lang::Ko, 0) if day.month() == now.month() => format!("{}일", day.d),
        (Lang::Ko, 1) if same_year => format!("{}월 {}일", day.m, day.d),
        (Lang::Ko, _) => format!("{}년 {}월 {}일", day.y, day.m, day.d),
    }
}

/// A span of days (`from 3 to 5 June 2019`, `2019년 6월 3일부터 5일까지`).
fn span_text(lang: Lang, first: Day, last: Day) -> String {
    match lang {
        Lang::En if first.m == last.m => format!(
            "from {} {} to {}, {}",
            month_en(first.m),
            first.d,
            last.d,
            first.y
        ),
        Lang::En => format!(
            "from {} {} to {} {}, {}",
            month_en(first.m),
            first.d,
            month_en(last.m),
            last.d,
            last.y
        ),
        Lang::Ko if first.m == last.m => {
            format!(
                "{}년 {}월 {}일부터 {}일까지",
                first.y, first.m, first.d, last.d
            )
        }
        Lang::Ko => format!(
            "{}년 {}월 {}일부터 {}월 {}일까지",
            first.y, first.m, first.d, last.m, last.d
        ),
    }
}

/// Writes synthetic notices from the entities of a gazetteer; see the module docs.
#[derive(Debug, Clone)]
pub struct Generator {
    pools: Pools,
    seed: u64,
}

/// The state of one notice being written.
struct Draft<'p> {
    rng: Rng,
    pools: &'p Pools,
    lang: Lang,
    /// The notice's date.
    now: Day,
    /// Its unix day.
    today: i64,
}

impl Draft<'_> {
    fn en_ko(&self, en: String, ko: String) -> String {
        match self.lang {
            Lang::En => en,
            Lang::Ko => ko,
        }
    }

    fn country(&mut self) -> Named {
        self.pools.countries[self.rng.below(self.pools.countries.len())].clone()
    }

    fn countries(&mut self, n: usize) -> Vec<Named> {
        distinct(&mut self.rng, self.pools.countries.len(), n)
            .into_iter()
            .map(|i| self.pools.countries[i].clone())
            .collect()
    }

    /// A foreign capital and its country.
    fn capital(&mut self) -> (Named, Named) {
        let (city, i) = &self.pools.capitals[self.rng.below(self.pools.capitals.len())];
        (city.clone(), self.pools.countries[*i].clone())
    }

    fn korean_city(&mut self) -> Named {
        self.pools.korean_cities[self.rng.below(self.pools.korean_cities.len())].clone()
    }

    /// A host city: Korean (with Korea as its country) or a foreign capital.
    fn host_city(&mut self) -> (Named, Named) {
        if self.rng.chance(50) {
            (self.korean_city(), self.pools.korea.clone())
        } else {
            self.capital()
        }
    }

    fn korean_body(&mut self) -> Named {
        let on = self.now.month();
        pick_where(&mut self.rng, &self.pools.korean_bodies, |b| b.in_force(on)).clone()
    }

    fn intl_org(&mut self) -> Named {
        self.pools.intl_orgs[self.rng.below(self.pools.intl_orgs.len())].clone()
    }

    fn topics(&mut self, n: usize) -> Vec<Named> {
        distinct(&mut self.rng, self.pools.topics.len(), n)
            .into_iter()
            .map(|i| self.pools.topics[i].clone())
            .collect()
    }

    fn official(&mut self, korean: bool) -> Official {
        let on = self.now.month();
        pick_where(&mut self.rng, &self.pools.officials, |o| {
            o.korean == korean && o.person.in_force(on) && o.post.in_force(on)
        })
        .clone()
    }

    /// A day `lo..=hi` days from the notice's date.
    fn day_from_now(&mut self, lo: i64, hi: i64) -> Day {
        let offset = self.rng.range(lo, hi);
        Day::from_unix(self.today + offset)
    }

    fn day(&mut self, day: Day) -> String {
        day_text(&mut self.rng, self.lang, day, self.now)
    }

    /// A list `A, B and C` / `A, B, C`.
    fn list(&self, names: &[Named]) -> String {
        match self.lang {
            Lang::Ko => names
                .iter()
                .map(|n| n.ko.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            Lang::En => {
                let en: Vec<&str> = names.iter().map(|n| n.en.as_str()).collect();
                match en.split_last() {
                    Some((last, rest)) if !rest.is_empty() => {
                        format!("{} and {last}", rest.join(", "))
                    }
                    _ => en.join(""),
                }
            }
        }
    }

    /// One of the closing sentences any shape may end with.
    fn closing(&mut self) -> String {
        let body = self.korean_body();
        let topic = self.topics(1).remove(0);
        let (n, k, since) = (
            self.rng.range(40, 3000),
            self.rng.range(2, 40),
            self.now.y - self.rng.range(2, 12) as i32,
        );
        let (city, country) = self.capital();
        let percent = self.rng.range(3, 95);
        match (self.lang, self.rng.below(8)) {
            (Lang::En, 0) => format!(
                "{} has carried out joint projects with {k} partner countries since {since}.",
                upper_first(&body.en)
            ),
            (Lang::En, 1) => format!(
                "Over the last {k} years, more than {} public servants have finished its courses on {}.",
                thousands(n),
                topic.en
            ),
            (Lang::En, 2) => format!(
                "Questions can be sent to the international affairs desk of {}.",
                body.en
            ),
            (Lang::En, 3) => format!(
                "A live stream of the sessions drew some {} viewers.",
                thousands(n)
            ),
            (Lang::En, 4) => format!(
                "In a poll of {} users taken in {since}, {percent} per cent said they preferred online services on {}.",
                thousands(n * 10),
                topic.en
            ),
            (Lang::En, 5) => format!(
                "An office that {} opened in {}, {} in {since} now advises {k} neighbouring governments.",
                body.en, city.en, country.en
            ),
            (Lang::En, 6) => format!(
                "Officials expect the number of joint pilot projects on {} to reach {k} by {}.",
                topic.en,
                self.now.y + 3
            ),
            (Lang::En, _) => format!(
                "Materials from the sessions, about {} pages in all, will be shared with every participating delegation.",
                thousands(n / 4 + 10)
            ),
            (Lang::Ko, 0) => format!(
                "{} {since}년 이후 {k}개 협력국과 공동 사업을 벌여 왔다.",
                attach(&body.ko, "은/는")
            ),
            (Lang::Ko, 1) => format!(
                "최근 {k}년 동안 공무원 {}명 이상이 {} 과정을 마쳤다.",
                thousands(n),
                topic.ko
            ),
            (Lang::Ko, 2) => format!("문의 사항은 {} 국제업무 담당 부서로 하면 된다.", body.ko),
            (Lang::Ko, 3) => format!(
                "각 세션은 인터넷으로도 중계돼 시청자 {}명가량이 지켜봤다.",
                thousands(n)
            ),
            (Lang::Ko, 4) => format!(
                "{since}년 이용자 {}명을 대상으로 한 조사에서는 {percent}%가 {} 분야의 온라인 서비스를 더 선호한다고 답했다.",
                thousands(n * 10),
                topic.ko
            ),
            (Lang::Ko, 5) => format!(
                "{} {since}년 {} {}에 문을 연 사무소는 현재 인근 {k}개국 정부에 자문을 제공하고 있다.",
                body.ko, country.ko, city.ko
            ),
            (Lang::Ko, 6) => format!(
                "정부는 {} 분야 공동 시범사업이 {}년까지 {k}건으로 늘어날 것으로 보고 있다.",
                topic.ko,
                self.now.y + 3
            ),
            (Lang::Ko, _) => format!(
                "약 {}쪽 분량의 회의 자료는 참가한 모든 대표단에 공유될 예정이다.",
                thousands(n / 4 + 10)
            ),
        }
    }
}

/// `text` with its first letter in upper case.
fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The parts of a notice a shape writes.
struct Written {
    title: String,
    publisher: String,
    paragraphs: Vec<String>,
}

impl Generator {
    /// A generator over the entities of `gaz`, for `seed`.
    ///
    /// # Panics
    /// When `gaz` has too few entities with both an English and a Korean label (see
    /// `Pools::new`); the built-in gazetteer has enough.
    pub fn new(gaz: &Gazetteer, seed: u64) -> Generator {
        Generator {
            pools: Pools::new(gaz),
            seed,
        }
    }

    /// Notice number `index` (0-based): the same for the same seed and index, whatever
    /// was generated before. Shapes take turns by index; the language, date and every
    /// entity and number are drawn from the seed and the index.
    pub fn notice(&self, index: usize) -> SynthNotice {
        let mut rng = Rng::new(self.seed ^ (index as u64).wrapping_mul(0xA076_1D64_78BD_642F));
        rng.next_u64();
        let lang = if rng.chance(50) { Lang::Ko } else { Lang::En };
        let shape = Shape::ALL[index % Shape::ALL.len()];
        let today = rng.range(FIRST_DAY, LAST_DAY);
        let mut draft = Draft {
            rng,
            pools: &self.pools,
            lang,
            now: Day::from_unix(today),
            today,
        };
        let written = match shape {
            Shape::Meeting => meeting(&mut draft),
            Shape::Visit => visit(&mut draft),
            Shape::Ranking => ranking(&mut draft),
            Shape::Upcoming => upcoming(&mut draft),
        };
        let now = draft.now;
        let mut text = String::new();
        let _ = write!(
            text,
            "source: https://synthetic.example/notice/{}/{index}\npublisher: {}\ntitle: {}\n\
             date: {:04}-{:02}-{:02}\nlang: {}\n\n{}\n",
            self.seed,
            written.publisher,
            written.title,
            now.y,
            now.m,
            now.d,
            lang.tag(),
            written.paragraphs.join("\n\n")
        );
        SynthNotice {
            path: PathBuf::from(format!(
                "{:03}/{index:07}_{}_{}.txt",
                index / PER_FOLDER,
                lang.tag(),
                shape.name()
            )),
            lang,
            shape,
            text,
        }
    }
}

/// The publisher line for a Korean body.
fn publisher_of(lang: Lang, body: &Named) -> String {
    match lang {
        Lang::En => format!("{}, Republic of Korea", body.en_bare),
        Lang::Ko => format!("{} ({})", body.ko, body.en_bare),
    }
}

/// The name of a gathering: an edition of a series (`OECD E-Leaders Meeting 2019`, `the
/// 5th Seoul Digital Forum`) or a named forum on a topic with a partner country.
fn gathering_name(d: &mut Draft<'_>, year: i32) -> (Named, Option<Named>) {
    let series = d.pools.gatherings[d.rng.below(d.pools.gatherings.len())].clone();
    let nth = d.rng.range(2, 30);
    let s = &series.name;
    let name = match d.rng.below(3) {
        0 => Named {
            en: format!("{} {year}", s.en),
            en_bare: format!("{} {year}", s.en_bare),
            ko: format!("{year} {}", s.ko),
            ..s.clone()
        },
        1 => Named {
            en: format!("the {} {}", ordinal_en(nth), s.en_bare),
            en_bare: format!("{} {}", ordinal_en(nth), s.en_bare),
            ko: format!("제{nth}차 {}", s.ko),
            ..s.clone()
        },
        _ => {
            let partner = d.country();
            let topic = d.topics(1).remove(0);
            let en = format!(
                "Korea-{} Forum on {}",
                partner.en_bare,
                upper_first(&topic.en_bare)
            );
            Named {
                en: format!("the {en}"),
                en_bare: en,
                ko: format!("한-{} {} 포럼", partner.ko, topic.ko),
                ..s.clone()
            }
        }
    };
    (name, series.org)
}

/// A meeting held by a host in a city, with attending countries.
fn meeting(d: &mut Draft<'_>) -> Written {
    let offset = d.rng.range(-14, 0);
    let start = Day::from_unix(d.today + offset);
    let last = Day::from_unix(d.today + offset + d.rng.range(0, 2));
    let (event, series_org) = gathering_name(d, start.y);
    let body = d.korean_body();
    let host = match series_org {
        Some(org) if d.rng.chance(40) => org,
        _ => body.clone(),
    };
    let (city, country) = d.host_city();
    let guest_count = d.rng.range(2, 5) as usize;
    let guests = d.countries(guest_count);
    let topics = d.topics(2);
    let (delegates, nations) = (d.rng.range(30, 900), d.rng.range(8, 60));
    let when = if start == last {
        d.day(start)
    } else {
        span_text(d.lang, start, last)
    };
    let mut p = Vec::new();
    p.push(d.en_ko(
        format!(
            "{} hosted {} in {}, {} {when}, bringing together {} delegates from {nations} countries.",
            upper_first(&host.en),
            event.en,
            city.en,
            country.en,
            thousands(delegates)
        ),
        format!(
            "{} {when} {} {}에서 {} 열었다고 밝혔다.",
            attach(&host.ko, "은/는"),
            country.ko,
            city.ko,
            attach(&format!("「{}」", event.ko), "을/를")
        ),
    ));
    p.push(d.en_ko(
        format!(
            "Delegations from {} joined sessions on {} and {}.",
            d.list(&guests),
            topics[0].en,
            topics[1].en
        ),
        format!(
            "행사에는 {} 등 {nations}개국 대표 {}명이 참석해 {} {} 분야의 협력 방안을 논의했다.",
            d.list(&guests),
            thousands(delegates),
            attach(&topics[0].ko, "과/와"),
            topics[1].ko
        ),
    ));
    if d.rng.chance(60) {
        let o = d.official(true);
        p.push(d.en_ko(
            format!(
                "Opening the event, {} {} said that common rules for {} would let governments serve people better.",
                o.post.en_bare, o.person.en_bare, topics[0].en
            ),
            format!(
                "{} {} 개회 연설에서 “{} 분야의 공통 규칙이 있으면 각국 정부가 국민에게 더 나은 서비스를 제공할 수 있다”고 강조했다.",
                o.post.ko,
                attach(&o.person.ko, "은/는"),
                topics[0].ko
            ),
        ));
    }
    if d.rng.chance(50) {
        let (next_city, next_country) = d.capital();
        p.push(d.en_ko(
            format!(
                "Participants agreed to meet again in {}, {} in {}.",
                next_city.en,
                next_country.en,
                start.y + 1
            ),
            format!(
                "참가국들은 {}년 {} {}에서 다시 모이기로 했다.",
                start.y + 1,
                next_country.ko,
                next_city.ko
            ),
        ));
    }
    add_closings(d, &mut p);
    Written {
        title: d.en_ko(
            format!(
                "{} holds {} in {}",
                host.en_bare, event.en_bare, city.en_bare
            ),
            format!("{}, {}에서 {} 개최", host.ko, city.ko, event.ko),
        ),
        publisher: publisher_of(d.lang, &body),
        paragraphs: p,
    }
}

/// Two to five closing sentences.
fn add_closings(d: &mut Draft<'_>, p: &mut Vec<String>) {
    for _ in 0..d.rng.range(2, 5) {
        let s = d.closing();
        p.push(s);
    }
}

/// An official's visit: a Korean official abroad, or a foreign one in Korea.
fn visit(d: &mut Draft<'_>) -> Written {
    let abroad = d.rng.chance(65);
    let o = d.official(abroad);
    let (city, country) = if abroad {
        d.capital()
    } else {
        (d.korean_city(), d.pools.korea.clone())
    };
    let ahead = d.rng.chance(50);
    let offset = if ahead {
        d.rng.range(1, 20)
    } else {
        d.rng.range(-10, -3)
    };
    let first = Day::from_unix(d.today + offset);
    let last = Day::from_unix(d.today + offset + d.rng.range(1, 4));
    let topics = d.topics(2);
    let body = d.korean_body();
    let trainees = d.rng.range(10, 120);
    let span = span_text(d.lang, first, last);
    let mut p = Vec::new();
    p.push(d.en_ko(
        format!(
            "{} {} {} an official visit to {}, {} {span}.",
            o.post.en_bare,
            o.person.en_bare,
            if ahead { "will pay" } else { "paid" },
            city.en,
            country.en
        ),
        format!(
            "{} {} {span} {} {} {}",
            o.post.ko,
            attach(&o.person.ko, "은/는"),
            country.ko,
            attach(&city.ko, "을/를"),
            if ahead {
                "공식 방문한다."
            } else {
                "공식 방문했다."
            }
        ),
    ));
    p.push(d.en_ko(
        format!(
            "The delegation {} senior officials of {} to discuss cooperation on {}.",
            if ahead { "is to meet" } else { "met" },
            country.en,
            topics[0].en
        ),
        format!(
            "방문단은 {} 정부 고위 인사들과 만나 {} 분야 협력을 {}.",
            country.ko,
            topics[0].ko,
            if ahead {
                "협의할 예정이다"
            } else {
                "협의했다"
            }
        ),
    ));
    if d.rng.chance(60) {
        let until = first.y + d.rng.range(2, 5) as i32;
        p.push(d.en_ko(
            format!(
                "Both sides {} a memorandum of understanding on {} that runs until {until}.",
                if ahead { "plan to sign" } else { "signed" },
                topics[1].en
            ),
            format!(
                "양측은 {until}년까지 유효한 {} 양해각서를 {}.",
                topics[1].ko,
                if ahead {
                    "체결할 계획이다"
                } else {
                    "체결했다"
                }
            ),
        ));
    }
    let kcity = d.korean_city();
    p.push(d.en_ko(
        format!(
            "{} also intends to bring {trainees} civil servants to {} for a training course later in {}.",
            upper_first(&body.en),
            kcity.en,
            first.y
        ),
        format!(
            "{} {}년 하반기에 공무원 {trainees}명을 {} 초청해 연수 과정을 열 계획이다.",
            attach(&body.ko, "은/는"),
            first.y,
            attach(&kcity.ko, "으로/로")
        ),
    ));
    add_closings(d, &mut p);
    Written {
        title: d.en_ko(
            format!(
                "{} {} visits {}",
                o.post.en_bare, o.person.en_bare, country.en_bare
            ),
            format!("{} {}, {} 방문", o.post.ko, o.person.ko, country.ko),
        ),
        publisher: publisher_of(d.lang, &body),
        paragraphs: p,
    }
}

/// A survey result: ranks and scores of several countries.
fn ranking(d: &mut Draft<'_>) -> Written {
    let survey = d.pools.surveys[d.rng.below(d.pools.surveys.len())].clone();
    let year = survey
        .editions
        .iter()
        .rev()
        .find(|&&y| y <= d.now.y)
        .copied()
        .unwrap_or(d.now.y);
    let previous = survey
        .editions
        .iter()
        .rev()
        .find(|&&y| y < year)
        .copied()
        .unwrap_or(year - 2);
    let published = d.day_from_now(-20, 0);
    let total = d.rng.range(30, 193);
    let mut ranks = distinct(&mut d.rng, 30, 4);
    ranks.sort_unstable();
    let focus_first = d.rng.chance(50);
    let mut countries = d.countries(3);
    let korea = d.pools.korea.clone();
    let at = if focus_first { 0 } else { d.rng.below(4) };
    countries.insert(at, korea.clone());
    let rank = |i: usize| ranks[i] as i64 + 1;
    let korea_rank = rank(at);
    let score = d.rng.range(6000, 9990);
    let delta = d.rng.range(1, 400);
    let indicators = d.rng.range(5, 80);
    let topics = d.topics(2);
    let body = d.korean_body();
    let others: Vec<usize> = (0..4).filter(|&i| i != at).collect();
    let when = d.day(published);
    let by_en = survey
        .org
        .as_ref()
        .map(|o| format!(", released by {} {when}", o.en))
        .unwrap_or_default();
    let by_ko = survey
        .org
        .as_ref()
        .map(|o| format!("{} {when} 발표한 ", attach(&o.ko, "이/가")))
        .unwrap_or_default();
    let mut p = Vec::new();
    p.push(d.en_ko(
        format!(
            "{} came {} out of {total} countries in {} {year}{by_en}.",
            upper_first(&korea.en),
            ordinal_en(korea_rank),
            with_the(&survey.name.en_bare, EntityKind::Series)
        ),
        format!(
            "{} {by_ko}「{} {year}」에서 {total}개국 가운데 {korea_rank}위에 올랐다.",
            attach(&korea.ko, "은/는"),
            survey.name.ko
        ),
    ));
    p.push(d.en_ko(
        format!(
            "Its score was 0.{score:04}, {:.4} points higher than in the {previous} edition.",
            delta as f64 / 10_000.0
        ),
        format!(
            "점수는 0.{score:04}점으로 {previous}년 평가보다 {:.4}점 높아졌다.",
            delta as f64 / 10_000.0
        ),
    ));
    let [a, b, c] = [others[0], others[1], others[2]];
    p.push(d.en_ko(
        format!(
            "{} and {} were placed {} and {}, and {} finished {}.",
            upper_first(&countries[a].en),
            countries[b].en,
            ordinal_en(rank(a)),
            ordinal_en(rank(b)),
            countries[c].en,
            ordinal_en(rank(c))
        ),
        format!(
            "{} {} 각각 {}위와 {}위였으며 {} {}위를 기록했다.",
            attach(&countries[a].ko, "과/와"),
            attach(&countries[b].ko, "이/가"),
            rank(a),
            rank(b),
            attach(&countries[c].ko, "은/는"),
            rank(c)
        ),
    ));
    p.push(d.en_ko(
        format!(
            "This round looked at {indicators} indicators, among them {} and {}.",
            topics[0].en, topics[1].en
        ),
        format!(
            "이번 평가에서는 {} {} 등 {indicators}개 지표를 살폈다.",
            attach(&topics[0].ko, "과/와"),
            topics[1].ko
        ),
    ));
    p.push(d.en_ko(
        format!(
            "{} said the findings will feed into its work on {}.",
            upper_first(&body.en),
            topics[0].en
        ),
        format!(
            "{} 이번 결과를 {} 정책에 반영하겠다고 말했다.",
            attach(&body.ko, "은/는"),
            topics[0].ko
        ),
    ));
    add_closings(d, &mut p);
    Written {
        title: d.en_ko(
            format!(
                "Korea ranks {} in {} {year}",
                ordinal_en(korea_rank),
                survey.name.en_bare
            ),
            format!("한국, {} {year} {korea_rank}위", survey.name.ko),
        ),
        publisher: publisher_of(d.lang, &body),
        paragraphs: p,
    }
}

/// The announcement of an upcoming edition of a series.
fn upcoming(d: &mut Draft<'_>) -> Written {
    let offset = d.rng.range(20, 300);
    let first = Day::from_unix(d.today + offset);
    let last = Day::from_unix(d.today + offset + d.rng.range(1, 3));
    let (event, series_org) = gathering_name(d, first.y);
    let body = d.korean_body();
    let announcer = series_org.unwrap_or_else(|| {
        if d.rng.chance(30) {
            d.intl_org()
        } else {
            body.clone()
        }
    });
    let (city, country) = d.host_city();
    let (prev_city, _) = d.capital();
    let topics = d.topics(2);
    let (people, nations, budget) = (
        d.rng.range(50, 5000),
        d.rng.range(5, 120),
        d.rng.range(5, 250),
    );
    let announced = d.day_from_now(-3, 0);
    let when = d.day(announced);
    let span = span_text(d.lang, first, last);
    let mut p = Vec::new();
    p.push(d.en_ko(
        format!(
            "{} announced {when} that {} will take place in {}, {} {span}.",
            upper_first(&announcer.en),
            event.en,
            city.en,
            country.en
        ),
        format!(
            "{} {} {span} {} {}에서 열린다고 {when} 발표했다.",
            attach(&announcer.ko, "은/는"),
            attach(&event.ko, "이/가"),
            country.ko,
            city.ko
        ),
    ));
    p.push(d.en_ko(
        format!(
            "Organisers expect around {} participants from {nations} countries.",
            thousands(people)
        ),
        format!(
            "주최 측은 {nations}개국에서 {}명 안팎이 참가할 것으로 내다봤다.",
            thousands(people)
        ),
    ));
    p.push(d.en_ko(
        format!(
            "The agenda centres on {}, and the second day has a ministerial session on {}.",
            topics[0].en, topics[1].en
        ),
        format!(
            "{} 핵심 의제이며 둘째 날에는 {} 주제로 한 장관급 세션이 마련된다.",
            attach(&topics[0].ko, "이/가"),
            attach(&topics[1].ko, "을/를")
        ),
    ));
    if d.rng.chance(60) {
        p.push(d.en_ko(
            format!(
                "The edition before was held in {} in {}.",
                prev_city.en,
                first.y - 1
            ),
            format!("직전 회의는 {}년 {}에서 열렸다.", first.y - 1, prev_city.ko),
        ));
    }
    if d.rng.chance(50) {
        p.push(d.en_ko(
            format!(
                "The host city has earmarked USD {}.{} million for the event.",
                budget / 10,
                budget % 10
            ),
            format!("개최 도시는 행사 준비에 예산 {}억 원을 배정했다.", budget),
        ));
    }
    add_closings(d, &mut p);
    Written {
        title: d.en_ko(
            format!("{} to host {}", city.en_bare, event.en_bare),
            format!("{} {}서 개최 예정", event.ko, city.ko),
        ),
        publisher: publisher_of(d.lang, &body),
        paragraphs: p,
    }
}

/// How many notices and bytes [`write_corpus`] wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CorpusStats {
    /// Notices written.
    pub notices: usize,
    /// Korean notices among them.
    pub korean: usize,
    /// Bytes of all files.
    pub bytes: u64,
}

/// Writes notices `0..count` of `generator` under `out` (created if needed; sub-folders of
/// [`PER_FOLDER`] notices, see [`SynthNotice::path`]), replacing files of the same names.
/// Errors: the folder or a file cannot be written.
pub fn write_corpus(
    generator: &Generator,
    count: usize,
    out: &Path,
) -> std::io::Result<CorpusStats> {
    let mut stats = CorpusStats::default();
    for index in 0..count {
        let notice = generator.notice(index);
        let path = out.join(&notice.path);
        if index.is_multiple_of(PER_FOLDER)
            && let Some(dir) = path.parent()
        {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(&path, notice.text.as_bytes())?;
        stats.notices += 1;
        stats.korean += usize::from(notice.lang == Lang::Ko);
        stats.bytes += notice.text.len() as u64;
    }
    Ok(stats)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::{MediaType, process};

    fn generator(seed: u64) -> Generator {
        Generator::new(Gazetteer::builtin(), seed)
    }

    #[test]
    fn same_seed_and_index_same_notice() {
        let (a, b) = (generator(7), generator(7));
        for i in [0, 1, 2, 3, 999, 54_321] {
            assert_eq!(a.notice(i), b.notice(i));
        }
        let other = generator(8);
        assert_ne!(a.notice(5).text, other.notice(5).text);
        assert_ne!(a.notice(5).text, a.notice(9).text);
    }

    #[test]
    fn both_languages_and_every_shape() {
        let g = generator(1);
        let notices: Vec<SynthNotice> = (0..200).map(|i| g.notice(i)).collect();
        let korean = notices.iter().filter(|n| n.lang == Lang::Ko).count();
        assert!((60..=140).contains(&korean), "{korean} Korean of 200");
        for shape in Shape::ALL {
            for lang in Lang::ALL {
                assert!(
                    notices.iter().any(|n| n.shape == shape && n.lang == lang),
                    "{shape:?} {lang}"
                );
            }
        }
    }

    #[test]
    fn header_block_and_file_name() {
        let n = generator(3).notice(1233);
        assert_eq!(
            n.path,
            PathBuf::from(format!("001/0001233_{}_visit.txt", n.lang.tag()))
        );
        let (head, body) = n
            .text
            .split_once("\n\n")
            .expect("blank line after the header");
        let keys: Vec<&str> = head
            .lines()
            .map(|l| l.split_once(": ").expect("key: value").0)
            .collect();
        assert_eq!(keys, ["source", "publisher", "title", "date", "lang"]);
        assert!(head.contains(&format!("lang: {}", n.lang.tag())));
        assert!(body.len() > 300, "{body}");
    }

    #[test]
    fn sample_ingests_in_its_language() {
        let g = generator(42);
        let gaz = Gazetteer::builtin();
        for i in 0..48 {
            let n = g.notice(i * 37);
            let x = process(n.text.as_bytes(), MediaType::Text, gaz)
                .unwrap_or_else(|e| panic!("{}: {e}\n{}", n.path.display(), n.text));
            assert_eq!(x.notice.lang, n.lang, "{}", n.text);
            assert!(x.notice.date.is_some(), "{}", n.text);
            assert!(!x.entities.is_empty(), "{}", n.text);
        }
    }

    #[test]
    fn numbers_and_dates_are_written_as_notices_write_them() {
        assert_eq!(ordinal_en(1), "1st");
        assert_eq!(ordinal_en(12), "12th");
        assert_eq!(ordinal_en(23), "23rd");
        assert_eq!(thousands(1_234_567), "1,234,567");
        assert_eq!(thousands(999), "999");
        let (a, b) = (
            Day {
                y: 2019,
                m: 6,
                d: 3,
            },
            Day {
                y: 2019,
                m: 6,
                d: 5,
            },
        );
        assert_eq!(span_text(Lang::En, a, b), "from June 3 to 5, 2019");
        assert_eq!(span_text(Lang::Ko, a, b), "2019년 6월 3일부터 5일까지");
        let c = Day {
            y: 2019,
            m: 7,
            d: 1,
        };
        assert_eq!(span_text(Lang::En, a, c), "from June 3 to July 1, 2019");
        assert_eq!(span_text(Lang::Ko, a, c), "2019년 6월 3일부터 7월 1일까지");
    }

    #[test]
    fn write_corpus_writes_folders_of_notices() {
        let dir = tempfile::tempdir().expect("temp dir");
        let g = generator(5);
        let stats = write_corpus(&g, 12, dir.path()).expect("written");
        assert_eq!(stats.notices, 12);
        let first = std::fs::read_to_string(dir.path().join(g.notice(0).path)).expect("file");
        assert_eq!(first, g.notice(0).text);
        assert_eq!(
            std::fs::read_dir(dir.path().join("000")).unwrap().count(),
            12
        );
    }
}
