use super::*;
use crate::text::Lang;
use proptest::prelude::*;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// (covered text, value) pairs.
fn run(text: &str, lang: Lang, dct: Option<&str>) -> Vec<(String, String)> {
    let chars: Vec<char> = text.chars().collect();
    find_dates(text, lang, dct.map(d))
        .into_iter()
        .map(|m| (chars[m.start..m.end].iter().collect(), m.value))
        .collect()
}

#[track_caller]
fn one(text: &str, lang: Lang, dct: &str, span: &str, value: &str) {
    let r = run(text, lang, Some(dct));
    assert_eq!(r, vec![(span.to_string(), value.to_string())], "{text:?}");
}

#[track_caller]
fn none(text: &str, lang: Lang) {
    let r = run(text, lang, Some("2010-04-15"));
    assert!(r.is_empty(), "{text:?} -> {r:?}");
}

const DCT: &str = "2010-04-15"; // a Thursday, ISO week 2010-W15

fn en(text: &str, span: &str, value: &str) {
    one(text, Lang::En, DCT, span, value);
}

fn vi(text: &str, span: &str, value: &str) {
    one(text, Lang::Vi, "2005-03-24", span, value);
}

/// Every expression of a Vietnamese text: spans and values separated by `|`.
#[track_caller]
fn vi_all(text: &str, spans: &str, values: &str) {
    let r = run(text, Lang::Vi, Some("2005-03-24"));
    let want: Vec<(String, String)> = spans
        .split('|')
        .zip(values.split('|'))
        .map(|(s, v)| (s.to_string(), v.to_string()))
        .collect();
    assert_eq!(r, want, "{text:?}");
}

#[test]
fn english_absolute() {
    en("on April 7, 2010 it", "April 7, 2010", "2010-04-07");
    en("on 7 April 2010 it", "7 April 2010", "2010-04-07");
    en("on 2010-04-07 it", "2010-04-07", "2010-04-07");
    en("in April 2010 .", "April 2010", "2010-04");
    en("since 2005 .", "2005", "2005");
    en("in the 1990s .", "the 1990s", "199");
    en("on 1996-08-30 .", "1996-08-30", "1996-08-30");
    en("on Sept. 27, 1989 .", "Sept. 27, 1989", "1989-09-27");
    en("on Monday, April 19 .", "Monday, April 19", "2010-04-19");
    en("in the early 1980s", "the early 1980s", "198");
    en("in the winter of 1994 .", "the winter of 1994", "1994-WI");
}

#[test]
fn english_partial() {
    en("on April 7 the", "April 7", "2010-04-07");
    en("on April 14 .", "April 14", "2010-04-14");
    en("held on April 19 .", "April 19", "2010-04-19");
    en("in March the", "March", "2010-03");
    // far ahead of the DCT's month: last year's
    en("in December the", "December", "2009-12");
    en("in early April .", "early April", "2010-04");
    en("in mid-November .", "mid-November", "2009-11");
    en("in May the", "May", "2010-05");
    none("He may go.", Lang::En);
    none("May I go?", Lang::En);
}

#[test]
fn english_weekdays() {
    en("said on Friday that", "Friday", "2010-04-09");
    en("said Thursday that", "Thursday", "2010-04-15");
    en("He will meet on Monday .", "Monday", "2010-04-19");
    en("last Friday .", "last Friday", "2010-04-09");
    en("next Friday .", "next Friday", "2010-04-16");
    en("on Sunday night .", "Sunday night", "2010-04-11");
}

#[test]
fn english_relative() {
    en("Today it", "Today", "2010-04-15");
    en("tonight .", "tonight", "2010-04-15");
    en("this morning .", "this morning", "2010-04-15");
    en("yesterday .", "yesterday", "2010-04-14");
    en("tomorrow .", "tomorrow", "2010-04-16");
    en("last week 's upheaval", "last week", "2010-W14");
    en("this week .", "this week", "2010-W15");
    en("next month .", "next month", "2010-05");
    en("last year .", "last year", "2009");
    en("this year .", "this year", "2010");
    en("three years ago .", "three years ago", "2007");
    en("3 days ago .", "3 days ago", "2010-04-12");
    en("a year ago .", "a year ago", "2009");
    en("several days ago .", "several days ago", "PAST_REF");
    en("the next day .", "the next day", "2010-04-16");
    en("last summer .", "last summer", "2009-SU");
    en("in the third quarter .", "the third quarter", "2010-Q3");
    en("third-quarter profit", "third-quarter", "2010-Q3");
    en("earlier this month", "earlier this month", "2010-04");
    en("last weekend .", "last weekend", "2010-W14-WE");
}

#[test]
fn english_vague() {
    en("is now here", "now", "PRESENT_REF");
    en("is currently here", "currently", "PRESENT_REF");
    en("at the moment .", "the moment", "PRESENT_REF");
    en("at this point .", "this point", "PRESENT_REF");
    en("in the past .", "the past", "PAST_REF");
    en("for the future .", "the future", "FUTURE_REF");
    none("recently and previously", Lang::En);
    none("for six months", Lang::En);
    none("at 0:01:24 .", Lang::En);
    none("the moment he came", Lang::En);
    none("1500 troops", Lang::En);
    none("$2010 and 2010%", Lang::En);
}

#[test]
fn english_numeric_ambiguity() {
    let m = find_dates("on 04/05/2010 .", Lang::En, None);
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].value, "2010-04-05");
    assert_eq!(m[0].ambiguous_with.as_deref(), Some("2010-05-04"));
    // another date settles the order: day first
    let m = find_dates("on 04/05/2010 and 25/04/2010 .", Lang::En, None);
    assert_eq!(m[0].value, "2010-05-04");
    assert_eq!(m[0].ambiguous_with, None);
    assert_eq!(m[1].value, "2010-04-25");
    // same reading both ways: no ambiguity
    let m = find_dates("on 04/04/2010 .", Lang::En, None);
    assert_eq!(m[0].ambiguous_with, None);
    // Vietnamese is day-first
    let m = find_dates("ngày 04/05/2010 .", Lang::Vi, None);
    assert_eq!(m[0].value, "2010-05-04");
    assert_eq!(m[0].ambiguous_with, None);
}

#[test]
fn no_dct_resolves_against_preceding_full_date() {
    let text = "On April 7, 2010 there were riots. Today they stopped. On April 9 mourning.";
    let m = find_dates(text, Lang::En, None);
    let vals: Vec<&str> = m.iter().map(|x| x.value.as_str()).collect();
    assert_eq!(vals, ["2010-04-07", "2010-04-07", "2010-04-09"]);
    assert_eq!(m[0].anchor, None);
    assert_eq!(m[1].anchor, Some(d("2010-04-07")));
    let m = find_dates("Then on April 7 and today and now.", Lang::En, None);
    let vals: Vec<&str> = m.iter().map(|x| x.value.as_str()).collect();
    assert_eq!(vals, ["XXXX-04-07", "XXXX-XX-XX", "PRESENT_REF"]);
    assert!(m.iter().all(|x| x.anchor.is_none()));
    let m = find_dates("today", Lang::En, Some(d(DCT)));
    assert_eq!(m[0].anchor, Some(d(DCT)));
    // before the first full date: the document's date as the text gives it (its latest)
    let text = "Today the talks began. Ministers met on April 7, 2010 and on April 9, 2010.";
    let m = find_dates(text, Lang::En, None);
    assert_eq!(m[0].value, "2010-04-09");
    assert_eq!(m[0].anchor, Some(d("2010-04-09")));
    let m = find_dates(
        "Thủ_tướng hôm_nay gặp ông . Ngày 12/3/2020 , ông nói .",
        Lang::Vi,
        None,
    );
    assert_eq!(m[0].value, "2020-03-12");
}

#[test]
fn infer_dct_latest_full_date() {
    let text = "BISHKEK, April 8, 2010 - Riots on 04/07/2010. Earlier, on March 3, 2009.";
    assert_eq!(infer_dct(text, Lang::En), Some(d("2010-04-08")));
    assert_eq!(infer_dct("no dates here", Lang::En), None);
    assert_eq!(
        infer_dct("Hà_Nội ngày 22/03/2005 .", Lang::Vi),
        Some(d("2005-03-22"))
    );
}

#[test]
fn vietnamese_relative_both_spellings() {
    vi("hôm_nay , chính_phủ", "hôm_nay", "2005-03-24");
    vi("hôm nay , chính phủ", "hôm nay", "2005-03-24");
    vi("rời đi tối nay .", "tối nay", "2005-03-24");
    vi("rời đi tối_nay .", "tối_nay", "2005-03-24");
    vi("Sáng nay ông", "Sáng nay", "2005-03-24");
    vi("sáng_nay ông", "sáng_nay", "2005-03-24");
    vi("chiều nay ông", "chiều nay", "2005-03-24");
    vi("hôm_qua ông", "hôm_qua", "2005-03-23");
    vi("hôm qua ông", "hôm qua", "2005-03-23");
    vi("ngày_mai ông", "ngày_mai", "2005-03-25");
    vi("ngày mai ông", "ngày mai", "2005-03-25");
    vi("tuần trước ông", "tuần trước", "2005-W11");
    vi("tuần_trước ông", "tuần_trước", "2005-W11");
    vi("tháng trước ông", "tháng trước", "2005-02");
    vi("năm ngoái ông", "năm ngoái", "2004");
    vi("năm_ngoái ông", "năm_ngoái", "2004");
    vi("năm nay ông", "năm nay", "2005");
    vi("xảy ra cách đây 3 ngày .", "cách đây 3 ngày", "2005-03-21");
    vi("xảy ra cách_đây 3 ngày .", "cách_đây 3 ngày", "2005-03-21");
    vi("xảy ra 3 ngày trước .", "3 ngày trước", "2005-03-21");
}

#[test]
fn vietnamese_absolute() {
    vi("vào tháng 4 năm 2010 .", "tháng 4 năm 2010", "2010-04");
    vi("vào tháng 4/2010 .", "tháng 4/2010", "2010-04");
    vi("vào ngày 7/4 .", "7/4", "2005-04-07");
    vi("vào 7/4/2010 .", "7/4/2010", "2010-04-07");
    vi("( 22/03/2005 )", "22/03/2005", "2005-03-22");
    vi("từ năm 2000 .", "năm 2000", "2000");
    vi("từ năm_2000 .", "năm_2000", "2000");
    vi("ngày 12-3-2020 .", "12-3-2020", "2020-03-12");
    vi("hôm 12-3-2020 .", "12-3-2020", "2020-03-12");
    vi("ngày 12/3/2020 .", "12/3/2020", "2020-03-12");
    vi("vào ngày 15/3 ,", "15/3", "2005-03-15");
    vi("vào 15/3 ,", "15/3", "2005-03-15");
    vi("ngày 25-3 ,", "25-3", "2005-03-25");
    vi("trong tháng 3 ,", "tháng 3", "2005-03");
    vi(
        "ngày 7 tháng 4 năm 2010 .",
        "7 tháng 4 năm 2010",
        "2010-04-07",
    );
    vi("cuối tháng 3 ,", "cuối tháng 3", "2005-03");
}

#[test]
fn vietnamese_present() {
    vi("Bây_giờ ông", "Bây_giờ", "PRESENT_REF");
    vi("bây giờ ông", "bây giờ", "PRESENT_REF");
    vi("ông hiện đang", "hiện", "PRESENT_REF");
    vi(". Hiện tình_hình", "Hiện", "PRESENT_REF");
    vi("hiện_nay ông", "hiện_nay", "PRESENT_REF");
    vi("hiện nay ông", "hiện nay", "PRESENT_REF");
    none_vi("thực_hiện kế_hoạch hiện_đại");
    none_vi("thực hiện kế hoạch hiện đại");
    none_vi("năm người và ngày_càng");
    // a score is not a date
    none_vi("Hoàng_Anh Gia_Lai thắng với tỷ_số 2-1 .");
}

fn none_vi(text: &str) {
    let r = run(text, Lang::Vi, Some("2005-03-24"));
    assert!(r.is_empty(), "{text:?} -> {r:?}");
}

#[test]
fn offsets_are_code_points() {
    let text = "Tổng_thống đã đi hôm_nay và ngày 22/03/2005";
    let m = find_dates(text, Lang::Vi, Some(d("2005-03-24")));
    let chars: Vec<char> = text.chars().collect();
    assert_eq!(m.len(), 2);
    assert_eq!(
        chars[m[0].start..m[0].end].iter().collect::<String>(),
        "hôm_nay"
    );
    assert_eq!(
        chars[m[1].start..m[1].end].iter().collect::<String>(),
        "22/03/2005"
    );
}

#[test]
fn vietnamese_day_heads_lists_and_ordinals() {
    // the head noun of a day stays outside the span, as a preposition does
    vi("Chiều 22 - 4 , bệnh_nhân", "22 - 4", "2005-04-22");
    vi_all(
        "ra về sáng nay 28 - 3 ,",
        "sáng nay|28 - 3",
        "2005-03-24|2005-03-28",
    );
    vi("hôm 31/7 .", "31/7", "2005-07-31");
    vi("tính từ 25 - 1 đến nay", "25 - 1", "2005-01-25");
    // days listed before the date that gives their month
    vi_all(
        "vào các ngày 19 , 21 và 23 - 2 .",
        "19|21|23 - 2",
        "2005-02-19|2005-02-21|2005-02-23",
    );
    vi_all("từ 16 đến 25 - 3 ,", "16|25 - 3", "2005-03-16|2005-03-25");
    // an ordinal is no weekday; a patient's number is no year; a score is no date
    none_vi("ca bệnh thứ 2 có kết_quả");
    none_vi("Lần thứ 4 hiến máu");
    none_vi("là con của bệnh_nhân 1017 .");
    none_vi("tỷ_số 2 - 1");
    vi("vào thứ 2 tuần sau", "thứ 2 tuần sau", "2005-03-28");
    // `N ngày trước khi` is "N days before", not "N days ago"
    none_vi("khám trong 14 ngày trước khi cách_ly");
    // a month of this or last year; a length of time is no date
    vi("vào tháng 11 năm nay ,", "tháng 11 năm nay", "2005-11");
    vi("từ tháng 3 năm ngoái ,", "tháng 3 năm ngoái", "2004-03");
    none_vi("cắm trại suốt hai tháng qua");
}

#[test]
fn segmentation_boundaries() {
    // a date word inside a longer segmented word is not a date
    none_vi("Kyrgyzstan_hôm_nay_x");
    none_vi("x_hôm_nay");
}

proptest! {
    #[test]
    fn never_panics_and_spans_are_valid(
        s in "(\\PC|[\\u{300}-\\u{36f}]|\u{1F600}|\r\n|_| |[0-9/.-]|today|April|hôm_nay|ngày |năm |tháng )*",
        vi_lang in any::<bool>(),
        with_dct in any::<bool>(),
    ) {
        let lang = if vi_lang { Lang::Vi } else { Lang::En };
        let dct = with_dct.then(|| d("2010-04-15"));
        let n = s.chars().count();
        let m = find_dates(&s, lang, dct);
        let mut prev_end = 0;
        for x in &m {
            prop_assert!(x.start < x.end && x.end <= n);
            prop_assert!(x.start >= prev_end);
            prev_end = x.end;
        }
        let _ = infer_dct(&s, lang);
    }
}

#[test]
fn quarterly_reports() {
    let text = "Profit rose in the third quarter, compared with year-earlier profit and 5 cents a year earlier. For the quarter , the year-ago period .";
    let r = run(text, Lang::En, Some("1989-10-26"));
    let want: Vec<(String, String)> = [
        ("the third quarter", "1989-Q3"),
        ("year-earlier", "1988-Q3"),
        ("a year earlier", "1988-Q3"),
        ("the quarter", "1989-Q3"),
        ("the year-ago period", "1988-Q3"),
    ]
    .iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .collect();
    assert_eq!(r, want);
}

#[test]
fn vietnamese_quantities_and_ranges() {
    none_vi("có 2000 người");
    vi("( 2005 )", "2005", "2005");
    vi("từ ngày 15-18/3 ,", "15-18/3", "2005-03-15");
    vi("Ngày 15 / 3 , ông", "15 / 3", "2005-03-15");
    none_vi("tỷ_số 15 / 3 và 2 - 1");
    let r = run("15/3/2020-18/3/2020", Lang::Vi, None);
    assert_eq!(r.len(), 2);
    vi("Thứ Sáu tuần trước", "Thứ Sáu tuần trước", "2005-03-18");
    vi("vào thứ Hai ,", "thứ Hai", "2005-03-21");
    vi("chủ_nhật tuần sau", "chủ_nhật tuần sau", "2005-04-03");
    vi("đầu năm nay", "đầu năm nay", "2005");
}

#[test]
fn crlf_bom_offsets() {
    let text = "\u{feff}Line one\r\nOn April 7 , 2010\r\n";
    let m = find_dates(text, Lang::En, None);
    assert_eq!(m.len(), 1);
    assert_eq!((m[0].start, m[0].end), (14, 28));
    assert_eq!(m[0].value, "2010-04-07");
}

#[test]
fn english_extra_forms() {
    en("by year-end .", "year-end", "2010-12-31");
    en("on Thanksgiving Day .", "Thanksgiving Day", "2009-11-26");
    en(
        "in nineteen seventy-nine when",
        "nineteen seventy-nine",
        "1979",
    );
    en("Earlier yesterday , he", "Earlier yesterday", "2010-04-14");
    en("in the spring of 2009 .", "the spring of 2009", "2009-SP");
    en("later this year", "later this year", "2010");
}

#[test]
fn vietnamese_quarters() {
    vi("Doanh_thu quý III/2024 tăng .", "quý III/2024", "2024-Q3");
    vi("trong quý 1 năm 2003 .", "quý 1 năm 2003", "2003-Q1");
    vi("Quý IV năm nay sẽ khác .", "Quý IV năm nay", "2005-Q4");
    vi("lợi_nhuận quý II giảm .", "quý II", "2005-Q2");
    vi("lợi_nhuận quý trước giảm .", "quý trước", "2004-Q4");
    none("Công_ty có 4 quý liền lỗ , ba quý qua giá tăng .", Lang::Vi);
    none("quý khách vui_lòng chờ .", Lang::Vi);
}

#[test]
fn vietnamese_weekdays_follow_their_modifier_and_the_tense() {
    // 2005-03-24 is a Thursday
    vi("họp vào Chủ_nhật tới .", "Chủ_nhật tới", "2005-03-27");
    vi("họp vào thứ Hai tới .", "thứ Hai tới", "2005-03-28");
    vi("họp vào thứ Ba này .", "thứ Ba này", "2005-03-22");
    vi("đã họp thứ Sáu vừa_qua .", "thứ Sáu vừa_qua", "2005-03-18");
    vi("đã họp thứ Sáu vừa qua .", "thứ Sáu vừa qua", "2005-03-18");
    // a bare weekday: the last one, or the coming one when the sentence speaks of the future
    vi("Ông đã đến Hà_Nội vào thứ Hai .", "thứ Hai", "2005-03-21");
    vi("Ông sẽ đến Hà_Nội vào thứ Hai .", "thứ Hai", "2005-03-28");
    vi(
        "Hội_nghị dự_kiến khai_mạc vào Chủ_nhật .",
        "Chủ_nhật",
        "2005-03-27",
    );
    vi("Họ sắp_xếp lịch vào thứ Hai .", "thứ Hai", "2005-03-21");
    vi("Ông sẽ về . Ông đến vào thứ Hai .", "thứ Hai", "2005-03-21");
}

#[test]
fn vietnamese_decades_and_this_point() {
    vi("trong thập_niên 1990 ,", "thập_niên 1990", "199");
    vi("từ thập kỷ 1980 ,", "thập kỷ 1980", "198");
    vi(
        "chưa có thỏa_thuận vào thời_điểm này .",
        "thời_điểm này",
        "PRESENT_REF",
    );
    none_vi("trong thập_niên qua và thời_gian này");
}
