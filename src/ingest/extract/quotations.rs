//! stub
use super::{Ctx, Out};
pub(crate) fn extract(_ctx: &Ctx, _out: &mut Out) {}
pub(crate) fn extract_topics(_ctx: &mut Ctx, _out: &mut Out) {}
