//! Page furniture left in an article by the site it was copied from: navigation links,
//! player timecodes, comment counters. Mentions on these lines are not annotated.

use regex::Regex;
use std::sync::LazyLock;

/// Whole lines (trimmed, case-insensitive) that are web page furniture.
static FURNITURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^(?:
            accessibility\ links | skip\ to\ (?:main\ )?content | skip\ navigation | breaking\ news
          | please\ wait | loading(?:\.\.\.|…)? | no\ media\ source\ currently\ available
          | direct\ link | embed | share(?:\ this(?:\ article)?)? | print(?:\ this\ article)? | e-?mail\ this(?:\ article)?
          | see\ comments\ \(\d+\) | \d+\ comments? | comments\ \(\d+\) | show\ comments | add\ (?:a\ )?comment
          | this\ forum\ has\ been\ closed\.? | advertisement | related\ (?:articles|stories|content|links)
          | read\ more | click\ here(?:\ to\ .*)? | subscribe(?:\ now)? | sign\ in | log\ in | follow\ us(?:\ on\ .*)?
          | (?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s+(?:\d{1,2}:)?\d{1,2}:\d{2})+      # player timecodes 0:00 0:01:25 0:00
          | watch\ video | listen | download | back\ to\ top | top\ stories | most\ popular
          | xem\ thêm | bình\ luận(?:\ \(\d+\))? | chia\ sẻ | tin\ liên\ quan | quảng\ cáo
        )$",
    )
    .expect("valid furniture pattern")
});

/// Code-point ranges (start, end) of the furniture lines of `text`, line terminator excluded.
pub fn furniture_lines(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut cp = 0usize;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let n = line.chars().count();
        let trimmed = body.trim();
        if !trimmed.is_empty() && trimmed.len() < 120 && FURNITURE.is_match(trimmed) {
            let lead = body.chars().take_while(|c| c.is_whitespace()).count();
            out.push((cp + lead, cp + lead + trimmed.chars().count()));
        }
        cp += n;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_furniture_only() {
        let text = "Accessibility links\n\nKyrgyz President Bakiev 'Resigns'\n0:00 0:01:25 0:00\nSee comments (14)\nThe moment please wait for it.\n";
        let lines = furniture_lines(text);
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[0], (0, 19));
    }
}
