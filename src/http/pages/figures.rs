//! Quantities on pages (`queries/quantities.rq`): the figures a notice states
//! (`ng:statesQuantity`, `schema:QuantitativeValue`), shown in the notice's facts panel
//! as a fact of the notice or of the thing a figure is about (`schema:about`), and on
//! that thing's page.
//!
//! A figure is worded as the notice's own short description when that is in the page's
//! language (`공무원 350명`, `350 officials`); otherwise from its value, with the locale's
//! digit grouping, and its unit (message `quantity`: `350 people`, `약 30명`).

use super::Builder;
use crate::http::queries;
use crate::model::Lang;
use crate::store::{Store, StoreError};
use crate::web::Shown;
use fluent_bundle::{FluentArgs, FluentValue};
use oxigraph::model::{NamedNode, Term};

/// One quantity: its value (a plain decimal, `4820`), unit (`persons`, `USD`, …),
/// description with its language tag, how the value relates to the figure, and the thing
/// it is about when the graph says so.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Figure {
    node: Term,
    value: String,
    unit: String,
    description: Vec<(String, String)>,
    /// `exact`, `approximate`, `at-least` or `at-most` (the `quantity` message's
    /// `$precision`).
    precision: &'static str,
    /// The thing it is about (`schema:about`), if stated.
    pub(super) about: Option<NamedNode>,
}

impl Figure {
    /// The quantities a notice `iri` states, or that are about the thing `iri`, one per
    /// quantity node, in node order (`#quantity-1`, `#quantity-2`, …). Errors: the store's.
    pub(super) fn load(store: &dyn Store, iri: &NamedNode) -> Result<Vec<Figure>, StoreError> {
        let mut out: Vec<Figure> = Vec::new();
        for row in store.select(&queries::about(queries::QUANTITIES, iri))? {
            let literal = |var: &str| match row.get(var) {
                Some(Term::Literal(l)) => Some(l.clone()),
                _ => None,
            };
            let (Some(node), Some(value)) = (row.get("q"), literal("value")) else {
                continue;
            };
            let description = literal("description").map(|l| {
                (
                    l.value().to_string(),
                    l.language().unwrap_or("").to_string(),
                )
            });
            let precision = if literal("min").is_some() {
                "at-least"
            } else if literal("max").is_some() {
                "at-most"
            } else if literal("approximate").is_some_and(|a| a.value() == "true") {
                "approximate"
            } else {
                "exact"
            };
            let about = match row.get("about") {
                Some(Term::NamedNode(n)) => Some(n.clone()),
                _ => None,
            };
            match out.iter_mut().find(|f| f.node == *node) {
                Some(f) => {
                    f.description.extend(description);
                    f.about = f.about.take().or(about);
                }
                None => out.push(Figure {
                    node: node.clone(),
                    value: value.value().to_string(),
                    unit: literal("unit")
                        .map(|u| u.value().to_string())
                        .unwrap_or_default(),
                    description: description.into_iter().collect(),
                    precision,
                    about,
                }),
            }
        }
        for f in &mut out {
            f.description.sort();
            f.description.dedup();
        }
        out.sort_by_key(|f| node_order(&f.node));
        Ok(out)
    }

    /// The figure as a page in `b`'s language shows it: its description when that is in
    /// the page's language, else its value and unit (`quantity`), never marked.
    pub(super) fn shown(&self, b: &Builder<'_>) -> Shown {
        let own = self
            .description
            .iter()
            .find(|(_, tag)| Lang::from_tag(tag) == Some(b.lang));
        let text = match own {
            Some((text, _)) => text.clone(),
            None => {
                let mut a = FluentArgs::new();
                let n = self.value.parse::<f64>().ok();
                a.set(
                    "n",
                    n.map_or_else(|| FluentValue::from(self.value.clone()), FluentValue::from),
                );
                let unit = if self.unit.is_empty() {
                    "none"
                } else {
                    self.unit.as_str()
                };
                a.set("unit", unit.to_string());
                a.set("precision", self.precision);
                b.sentence("quantity", &a)
            }
        };
        Shown {
            text,
            lang: b.lang.tag().to_string(),
            other: false,
            href: None,
        }
    }
}

/// A sort key for quantity nodes: the number after `#quantity-` (so `-10` follows `-9`),
/// then the node's text.
fn node_order(node: &Term) -> (u64, String) {
    let text = match node {
        Term::NamedNode(n) => n.as_str().to_string(),
        other => other.to_string(),
    };
    let n = text
        .rsplit_once("#quantity-")
        .and_then(|(_, n)| n.parse().ok())
        .unwrap_or(u64::MAX);
    (n, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantity_nodes_sort_by_number() {
        let node = |s: &str| Term::NamedNode(NamedNode::new(s).unwrap());
        let mut nodes = [
            node("http://x.org/id/notice/a#quantity-10"),
            node("http://x.org/id/notice/a#quantity-9"),
        ];
        nodes.sort_by_key(node_order);
        assert!(nodes[0].to_string().ends_with("quantity-9>"));
    }
}
