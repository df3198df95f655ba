//! Quantities stated in notice text (counts of people, money, percentages).
//! (First version: API only; the recogniser follows.)

use crate::model::{Lang, Quantity};

/// Finds the quantities `text` states.
pub fn find_quantities(text: &str, lang: Lang) -> Vec<Quantity> {
    let _ = (text, lang);
    Vec::new()
}
