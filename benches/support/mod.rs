//! A deterministic generator of news-like text for the benchmarks: English articles with
//! capitalised names, places, organisations, dates and numbers in paragraphs, and a
//! word-segmented Vietnamese variant. The same seed always gives the same text.

#![allow(dead_code)]

/// The allocator the `newsls` binary uses (`src/main.rs`), so that the benchmarks measure
/// what the command line and the server do.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// SplitMix64: small, fast and the same on every platform.
#[derive(Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

const ONSETS: [&str; 24] = [
    "B", "D", "K", "M", "N", "S", "T", "Zh", "Al", "Er", "Ab", "Kur", "Ot", "Ba", "Ka", "Ny", "Ro",
    "Ed", "Ja", "Fe", "Ul", "Ai", "Tem", "Sar",
];
const MIDDLES: [&str; 16] = [
    "a", "e", "i", "o", "u", "ar", "an", "ab", "ek", "ur", "ul", "im", "az", "ob", "yn", "ol",
];
const ENDS: [&str; 12] = [
    "bek", "ev", "ov", "bay", "jan", "gul", "khan", "bek", "ali", "mir", "sha", "dor",
];
const SURNAME_ENDS: [&str; 8] = ["ev", "eva", "ov", "ova", "baev", "bekov", "aliev", "enko"];

/// A pronounceable capitalised word from the syllable tables.
fn word(rng: &mut Rng, ends: &[&str]) -> String {
    let mut s = String::from(*rng.pick(&ONSETS));
    for _ in 0..rng.below(2) + 1 {
        s.push_str(rng.pick::<&str>(&MIDDLES));
    }
    s.push_str(rng.pick::<&str>(ends));
    s
}

const PLACES: [&str; 40] = [
    "Bishkek",
    "Osh",
    "Jalal-Abad",
    "Moscow",
    "Washington",
    "Almaty",
    "Tashkent",
    "Kyrgyzstan",
    "Kazakhstan",
    "Russia",
    "China",
    "Germany",
    "France",
    "Brussels",
    "London",
    "Paris",
    "Berlin",
    "Beijing",
    "Taraz",
    "Talas",
    "Naryn",
    "Karakol",
    "Dushanbe",
    "Ankara",
    "Istanbul",
    "Kabul",
    "Tehran",
    "Prague",
    "Vienna",
    "Geneva",
    "Chui Province",
    "Issyk-Kul",
    "Manas",
    "Kant",
    "Astana",
    "Turkmenistan",
    "Tajikistan",
    "Uzbekistan",
    "Afghanistan",
    "Ukraine",
];

const ORGS: [&str; 20] = [
    "Reuters",
    "Interfax",
    "the European Union",
    "the United Nations",
    "NATO",
    "the OSCE",
    "the Kremlin",
    "the State Department",
    "the Foreign Ministry",
    "the Central Election Commission",
    "RFE/RL",
    "the Associated Press",
    "Gazprom",
    "the World Bank",
    "the International Monetary Fund",
    "the Red Cross",
    "Human Rights Watch",
    "Amnesty International",
    "the Supreme Court",
    "the National Security Service",
];

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const ROLES: [&str; 8] = [
    "President",
    "Prime Minister",
    "Foreign Minister",
    "opposition leader",
    "Governor",
    "spokesman",
    "Deputy Prime Minister",
    "former defense minister",
];

/// One entity of the shared pool: its full name and the other spellings articles use.
#[derive(Clone, Debug)]
pub struct PoolEntity {
    pub full: String,
    /// Surname alone, a transliteration variant, initials …
    pub variants: Vec<String>,
}

/// `n` people with distinct full names and their variants (surname alone, `-ev`/`-yev`,
/// `-aev`/`-ayev` transliterations, a first-name spelling variant).
pub fn people_pool(n: usize, seed: u64) -> Vec<PoolEntity> {
    let mut rng = Rng::new(seed);
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        let first = word(&mut rng, &ENDS);
        let last = word(&mut rng, &SURNAME_ENDS);
        let full = format!("{first} {last}");
        if !seen.insert(full.clone()) {
            continue;
        }
        let mut variants = vec![last.clone()];
        let translit = if last.ends_with("aev") {
            last.replacen("aev", "ayev", 1)
        } else if last.ends_with("ev") {
            format!("{}yev", &last[..last.len() - 2])
        } else if last.ends_with("ov") {
            format!("{}off", &last[..last.len() - 2])
        } else {
            last.clone()
        };
        if translit != last {
            variants.push(translit.clone());
            variants.push(format!("{first} {translit}"));
        }
        out.push(PoolEntity { full, variants });
    }
    out
}

/// A date with the preposition it takes (`on April 7`, `in May 2005`, `last week`).
fn date_en(rng: &mut Rng) -> String {
    match rng.below(8) {
        0 => format!("on {} {}", rng.pick(&MONTHS), rng.below(28) + 1),
        1 => format!(
            "on {} {}, {}",
            rng.pick(&MONTHS),
            rng.below(28) + 1,
            2000 + rng.below(15)
        ),
        2 => format!("on {}", rng.pick(&DAYS)),
        3 => "last week".to_string(),
        4 => "today".to_string(),
        5 => format!("in {} {}", rng.pick(&MONTHS), 2000 + rng.below(15)),
        6 => "yesterday".to_string(),
        _ => format!("in {}", 1990 + rng.below(25)),
    }
}

/// `s` with its first letter in upper case (`the Kremlin` at the start of a sentence).
fn capitalise(s: String) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => s,
    }
}

fn number(rng: &mut Rng) -> String {
    match rng.below(4) {
        0 => format!("{}", rng.below(90) + 10),
        1 => format!("{},{:03}", rng.below(90) + 1, rng.below(1000)),
        2 => format!("{}.{} percent", rng.below(40), rng.below(10)),
        _ => format!("{} million", rng.below(500) + 1),
    }
}

/// A person's mention: the full name the first time, then a variant.
fn person(rng: &mut Rng, pool: &[PoolEntity], cast: &[usize], seen: &mut Vec<usize>) -> String {
    let i = *rng.pick(cast);
    let e = &pool[i];
    if seen.contains(&i) && !e.variants.is_empty() && rng.chance(70) {
        rng.pick(&e.variants).clone()
    } else {
        seen.push(i);
        e.full.clone()
    }
}

/// One English sentence.
fn sentence_en(
    rng: &mut Rng,
    pool: &[PoolEntity],
    cast: &[usize],
    seen: &mut Vec<usize>,
) -> String {
    let p = person(rng, pool, cast, seen);
    let q = person(rng, pool, cast, seen);
    let loc = rng.pick(&PLACES).to_string();
    let loc2 = rng.pick(&PLACES).to_string();
    let org = rng.pick(&ORGS).to_string();
    let role = rng.pick(&ROLES).to_string();
    let date = date_en(rng);
    let num = number(rng);
    let s = match rng.below(10) {
        0 => format!("{role} {p} said {date} that {num} people had gathered in {loc}."),
        1 => format!("{p} met {q} in {loc} {date}, according to {org}."),
        2 => format!(
            "\"We will not allow anyone to destabilise {loc},\" {p} told reporters in {loc2}."
        ),
        3 => format!("{org} reported that {num} troops were moved from {loc} to {loc2} {date}."),
        4 => format!(
            "The talks between {p} and {q} were the first since {loc} voted {date}, officials said."
        ),
        5 => format!("{p}'s supporters blocked the road to {loc} for several hours, {org} said."),
        6 => format!("In {loc}, prices rose by {num} after the decision announced {date}."),
        7 => format!("A spokesman for {org} declined to comment on the report from {loc}."),
        8 => format!("{p}, who fled to {loc} {date}, has denied the charges brought by {org}."),
        _ => format!(
            "Witnesses said the crowd in central {loc} had grown to about {num} by evening."
        ),
    };
    capitalise(s)
}

/// One English article of about `bytes` bytes: a headline, a dateline, paragraphs.
pub fn article_en(rng: &mut Rng, pool: &[PoolEntity], bytes: usize) -> String {
    let cast: Vec<usize> = (0..6).map(|_| rng.below(pool.len())).collect();
    let mut seen = Vec::new();
    let mut s = String::with_capacity(bytes + 400);
    let head = person(rng, pool, &cast, &mut seen);
    s.push_str(&format!(
        "{} Says Talks In {} Will Continue\n\n",
        head,
        rng.pick(&PLACES)
    ));
    s.push_str(&format!(
        "{}, {} {} (Reuters) - ",
        rng.pick(&PLACES).to_uppercase(),
        rng.pick(&MONTHS),
        rng.below(28) + 1
    ));
    let mut in_par = 0;
    while s.len() < bytes {
        s.push_str(&sentence_en(rng, pool, &cast, &mut seen));
        in_par += 1;
        if in_par >= 3 + rng.below(3) {
            s.push_str("\n\n");
            in_par = 0;
        } else {
            s.push(' ');
        }
    }
    s.push('\n');
    s
}

/// English news text of about `bytes` bytes: articles of 2–3 KB one after the other.
pub fn english_text(bytes: usize, seed: u64) -> String {
    let pool = people_pool(400, seed);
    let mut rng = Rng::new(seed.wrapping_add(1));
    let mut s = String::with_capacity(bytes + 4000);
    while s.len() < bytes {
        let size = 2000 + rng.below(1000);
        s.push_str(&article_en(&mut rng, &pool, size));
        s.push('\n');
    }
    s
}

const VI_PLACES: [&str; 16] = [
    "Bishkek",
    "Kyrgyzstan",
    "Nga",
    "Mỹ",
    "Trung_Quốc",
    "Kazakhstan",
    "Hà_Nội",
    "Thành_phố Hồ_Chí_Minh",
    "Osh",
    "Moskva",
    "Pháp",
    "Đức",
    "Nhật_Bản",
    "Hàn_Quốc",
    "Anh",
    "Uzbekistan",
];
const VI_ORGS: [&str; 8] = [
    "Liên_Hợp_Quốc",
    "Interfax",
    "Reuters",
    "AFP",
    "Bộ Ngoại_giao",
    "Liên_minh châu_Âu",
    "NATO",
    "CSTO",
];
const VI_DATES: [&str; 8] = [
    "hôm_nay",
    "tối nay",
    "Sáng nay",
    "cách đây 3 ngày",
    "hôm_qua",
    "tuần trước",
    "năm 2005",
    "hiện_nay",
];

/// A Vietnamese, word-segmented (`_` joins the syllables of a word) article of about `bytes`.
pub fn article_vi(rng: &mut Rng, pool: &[PoolEntity], bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + 400);
    while s.len() < bytes {
        let p = pool[rng.below(pool.len())].full.replace(' ', "_");
        let loc = rng.pick(&VI_PLACES);
        let loc2 = rng.pick(&VI_PLACES);
        let org = rng.pick(&VI_ORGS);
        let date = if rng.chance(30) {
            format!(
                "{:02}/{:02}/{}",
                rng.below(28) + 1,
                rng.below(12) + 1,
                2000 + rng.below(15)
            )
        } else {
            rng.pick(&VI_DATES).to_string()
        };
        let n = rng.below(900) + 10;
        let sent = match rng.below(6) {
            0 => format!("Tổng_thống {p} cho_biết {date} rằng {n} người đã tập_trung tại {loc} ."),
            1 => format!("Theo {org} , {p} đã rời {loc} {date} để tới {loc2} ."),
            2 => format!("{p} nói với hãng tin {org} rằng tình_hình ở {loc} vẫn căng_thẳng ."),
            3 => format!("Khoảng {n} binh_sĩ đã được điều tới {loc} {date} , {org} đưa tin ."),
            4 => format!("Cựu thủ_tướng {p} đã gặp đại_diện của {org} tại {loc} ."),
            _ => format!("Người biểu_tình ở {loc} yêu_cầu {p} từ_chức ngay {date} ."),
        };
        s.push_str(&sent);
        s.push(if rng.chance(25) { '\n' } else { ' ' });
    }
    s.push('\n');
    s
}

/// Vietnamese word-segmented news text of about `bytes` bytes.
pub fn vietnamese_text(bytes: usize, seed: u64) -> String {
    let pool = people_pool(400, seed);
    let mut rng = Rng::new(seed.wrapping_add(2));
    let mut s = String::with_capacity(bytes + 4000);
    while s.len() < bytes {
        let size = 2000 + rng.below(1000);
        s.push_str(&article_vi(&mut rng, &pool, size));
        s.push('\n');
    }
    s
}

/// `n` English articles of 2–3 KB sharing a pool of `pool_size` people (with variants).
pub fn articles(n: usize, pool_size: usize, seed: u64) -> Vec<String> {
    let pool = people_pool(pool_size, seed);
    let mut rng = Rng::new(seed.wrapping_add(3));
    (0..n)
        .map(|i| {
            let size = 2000 + rng.below(1000);
            if i % 10 == 9 {
                article_vi(&mut rng, &pool, size)
            } else {
                article_en(&mut rng, &pool, size)
            }
        })
        .collect()
}

/// The folder cargo builds into (where `target/bench-corpus-en.txt` goes).
pub fn target_dir() -> std::path::PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target"))
}
