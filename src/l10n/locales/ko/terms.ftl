# 여러 페이지가 함께 쓰는 용어.
-site-name = noticegraph
-lang-ko = 한국어
-lang-en = 영어
