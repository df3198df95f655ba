# 지역 형식. 날짜, 자릿수 구분, 복수 범주, 나열은 ICU4X가 만든다 (l10n/formats.rs 참고);
# 여기에는 수 둘레의 말만 둔다.

# 순위: $n은 수(자릿수 구분 포함), $category는 ICU4X가 고른 서수 복수 범주
# (한국어는 other 하나뿐). "위"는 순위를 세는 단위.
number-ordinal = { $category ->
       *[other] { $n }위
    }
