# Shared terms: names used across pages.
-site-name = noticegraph
-lang-ko = Korean
-lang-en = English
