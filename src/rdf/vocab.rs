//! Vocabulary terms as typed constants: the only place vocabulary IRIs are spelled.
