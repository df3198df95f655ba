# 지역 형식. 날짜, 자릿수 구분, 복수 범주, 나열은 ICU4X가 만든다 (l10n/formats.rs 참고);
# 여기에는 수 둘레의 말만 둔다.

# 순위: $n은 수(자릿수 구분 포함), $category는 ICU4X가 고른 서수 복수 범주
# (한국어는 other 하나뿐). "위"는 순위를 세는 단위.
number-ordinal = { $category ->
       *[other] { $n }위
    }

# 기간($start부터 $end까지). $shared가 yes이면 두 끝이 같은 해 $year에 있어 해를 한 번만
# 쓰고, $start와 $end는 월일(`11월 10일`), 일(`11일`) 또는 월(`3월`)이다.
date-range = { $shared ->
        [yes] { $year } { $start }부터 { $end }까지
       *[no] { $start }부터 { $end }까지
    }

# 수치: $n은 값(자릿수 구분 포함), $unit은 그래프의 단위 이름(persons, countries, USD 등;
# 그 밖의 단위는 그대로 쓴다), $precision은 exact, approximate, at-least, at-most.
quantity = { $precision ->
        [approximate] 약{" "}
        [at-most] 최대{" "}
       *[other] {""}
    }{ $unit ->
        [persons] { $n }명
        [countries] { $n }개국
        [companies] { $n }개사
        [institutions] { $n }개 기관
        [places] { $n }곳
        [cities] { $n }개 도시
        [items] { $n }개
        [cases] { $n }건
        [percent] { $n }%
        [days] { $n }일
        [weeks] { $n }주
        [months] { $n }개월
        [years] { $n }년
        [USD] { $n }달러
        [KRW] { $n }원
        [EUR] { $n }유로
        [GBP] { $n }파운드
        [JPY] { $n }엔
        [none] { $n }
       *[other] { $n } { $unit }
    }{ $precision ->
        [at-least] {" "}이상
       *[other] {""}
    }
