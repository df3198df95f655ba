//! Page view-models and templates (auto-escaping).
