//! Edit distance for typing errors.

/// Edit distance counting a swap of two neighbouring letters as one edit (optimal string
/// alignment), the usual measure of typing errors.
pub fn typo_distance(a: &[char], b: &[char]) -> usize {
    // three rows of the table are enough; short words keep them on the stack
    const SHORT: usize = 32;
    let m = b.len();
    if m < SHORT {
        let mut rows = [[0usize; SHORT]; 3];
        let [r0, r1, r2] = &mut rows;
        osa_rows(a, b, &mut r0[..=m], &mut r1[..=m], &mut r2[..=m])
    } else {
        osa_rows(
            a,
            b,
            &mut vec![0; m + 1],
            &mut vec![0; m + 1],
            &mut vec![0; m + 1],
        )
    }
}

/// The table of [`typo_distance`], in full.
fn osa_rows(
    a: &[char],
    b: &[char],
    before: &mut [usize],
    prev: &mut [usize],
    cur: &mut [usize],
) -> usize {
    // no row is ever past an unbounded limit
    osa_rows_bounded(a, b, usize::MAX, before, prev, cur).unwrap_or(usize::MAX)
}

/// [`typo_distance`] when it is at most `limit`, else `None`. Words whose lengths differ by
/// more than `limit` are told apart without computing anything, a limit of 1 is checked
/// without the table, and the table stops at the first row past the limit.
pub fn typo_distance_at_most(a: &[char], b: &[char], limit: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    if limit <= 1 {
        return at_most_one(a, b).filter(|&d| d <= limit);
    }
    // what both words begin or end with costs nothing: only the middles are compared
    let head = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[head..], &b[head..]);
    let tail = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - tail], &b[..b.len() - tail]);
    const SHORT: usize = 32;
    let m = b.len();
    let d = if m < SHORT {
        let mut rows = [[0usize; SHORT]; 3];
        let [r0, r1, r2] = &mut rows;
        osa_rows_bounded(a, b, limit, &mut r0[..=m], &mut r1[..=m], &mut r2[..=m])
    } else {
        osa_rows_bounded(
            a,
            b,
            limit,
            &mut vec![0; m + 1],
            &mut vec![0; m + 1],
            &mut vec![0; m + 1],
        )
    };
    d.filter(|&d| d <= limit)
}

/// The distance of two words when it is 0 or 1: equal, or one letter replaced, added,
/// dropped, or swapped with its neighbour.
fn at_most_one(a: &[char], b: &[char]) -> Option<usize> {
    let p = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let one = match a.len().cmp(&b.len()) {
        std::cmp::Ordering::Equal => {
            if p == a.len() {
                return Some(0);
            }
            a[p + 1..] == b[p + 1..]
                || (p + 1 < a.len()
                    && a[p] == b[p + 1]
                    && a[p + 1] == b[p]
                    && a[p + 2..] == b[p + 2..])
        }
        std::cmp::Ordering::Less => b.len() == a.len() + 1 && a[p..] == b[p + 1..],
        std::cmp::Ordering::Greater => a.len() == b.len() + 1 && a[p + 1..] == b[p..],
    };
    one.then_some(1)
}

/// The table of [`typo_distance`] row by row (`before` and `prev` hold the two rows above
/// `cur`, and the three turn round after each row), giving up (None) once a whole row is past
/// `limit`: no later row can come
/// back under it (every cell is at least its upper or upper-left neighbour, or a swap that its
/// left neighbour bounds).
fn osa_rows_bounded<'r>(
    a: &[char],
    b: &[char],
    limit: usize,
    mut before: &'r mut [usize],
    mut prev: &'r mut [usize],
    mut cur: &'r mut [usize],
) -> Option<usize> {
    for (j, v) in prev.iter_mut().enumerate() {
        *v = j;
    }
    for i in 1..=a.len() {
        cur[0] = i;
        let mut low = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(before[j - 2] + 1);
            }
            cur[j] = v;
            low = low.min(v);
        }
        if low > limit {
            return None;
        }
        std::mem::swap(&mut before, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    Some(prev[b.len()])
}

#[cfg(test)]
mod tests {
    use super::{typo_distance, typo_distance_at_most};

    #[test]
    fn at_most_agrees_with_the_distance() {
        let words = [
            "",
            "a",
            "ab",
            "ba",
            "abc",
            "nom",
            "not",
            "tete",
            "the",
            "coupdetat",
            "coupdetta",
            "cuopdetat",
            "acb",
            "abcd",
            "abdc",
            "bacd",
            "ttee",
            "teet",
            "thee",
            "tète",
        ];
        for a in words {
            for b in words {
                let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
                let d = typo_distance(&a, &b);
                for limit in 0..4 {
                    let want = (d <= limit).then_some(d);
                    assert_eq!(typo_distance_at_most(&a, &b, limit), want);
                }
            }
        }
    }

    #[test]
    fn at_most_agrees_with_the_distance_on_every_short_word() {
        // every word of up to five letters from three: shared beginnings and ends abound
        let mut words: Vec<Vec<char>> = vec![Vec::new()];
        let mut last = words.clone();
        for _ in 0..5 {
            last = last
                .iter()
                .flat_map(|w| {
                    ['a', 'b', 'c'].map(|c| w.iter().copied().chain([c]).collect::<Vec<_>>())
                })
                .collect();
            words.extend(last.iter().cloned());
        }
        for a in &words {
            for b in &words {
                let d = typo_distance(a, b);
                for limit in 2..4 {
                    let want = (d <= limit).then_some(d);
                    assert_eq!(typo_distance_at_most(a, b, limit), want, "{a:?} {b:?}");
                }
            }
        }
    }

    fn d(a: &str, b: &str) -> usize {
        let a: Vec<char> = a.chars().collect();
        let b: Vec<char> = b.chars().collect();
        typo_distance(&a, &b)
    }

    #[test]
    fn swaps_count_once() {
        assert_eq!(d("china", "chian"), 1);
        assert_eq!(d("moscow", "mosccow"), 1);
        assert_eq!(d("kitten", "sitting"), 3);
        assert_eq!(d("", "abc"), 3);
        assert_eq!(d("đà", "đá"), 1);
    }
}
