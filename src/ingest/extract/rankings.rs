//! stub
use super::{Ctx, Out};
pub(crate) fn extract(_ctx: &Ctx, _out: &mut Out) {}
