//! stub
use super::{Ctx, Out};
pub(crate) fn extract(_ctx: &mut Ctx, _out: &mut Out) {}
