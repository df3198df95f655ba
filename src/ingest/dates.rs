//! Date expressions in notice text, absolute and relative to the notice date.
//! (First version: API only; the recogniser follows.)

use crate::model::{DateMention, DateValue, Lang};

/// Finds the dates `text` mentions, resolved against `reference` (the notice date).
pub fn find_dates(text: &str, lang: Lang, reference: Option<DateValue>) -> Vec<DateMention> {
    let _ = (text, lang, reference);
    Vec::new()
}
