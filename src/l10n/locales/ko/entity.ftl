# 대상 페이지: 행사, 기관, 인물, 장소, 직위, 연속 행사, 주제.

## 사실 항목 이름
fact-what = 종류
fact-hosts = 주최
fact-where = 장소
fact-when = 일시
fact-until = 종료
fact-series = 시리즈
fact-participants = 참가
fact-topics = 주제
fact-status = 상태
fact-part-of = 소속
fact-post-in = 기관
fact-also-known-as = 다른 이름
fact-same-as = 같은 대상
status-planned = 예정
status-held = 개최됨

## 구역 제목
section-organizes = 주최한 행사
section-attends = 참가한 행사
section-posts = 직위
section-holds = 맡은 직위
section-holders = 맡은 사람
section-location-of = 이곳에서 열린 행사
section-contains = 이곳에 속한 장소
section-sub-orgs = 산하 기관
section-editions = 회차
section-other-editions = 같은 시리즈의 다른 회차
section-topic-of = 이 주제를 다룬 행사
section-mentioned-in = 언급한 보도자료

## 생성된 요약
event-summary = { JOSA($event, "은/는") }{ $has-hosts ->
        [yes] {" "}{ JOSA($hosts, "이/가") } 주최하며,
       *[no] {""}
    }{ $has-date ->
        [yes] {" "}{ $date }에
       *[no] {""}
    }{ $has-place ->
        [yes] {" "}{ $place }에서
       *[no] {""}
    }{ $status ->
        [planned] {" "}열릴 예정입니다.
       *[held] {" "}열렸습니다.
    }{ $has-series ->
        [yes] {" "}{ $series }의 한 회차입니다.
       *[no] {""}
    }
org-summary = { JOSA($name, "은/는") }{ $has-parent ->
        [yes] {" "}{ $parent } 산하의
       *[no] {""}
    } 기관입니다. 이 그래프에서 행사 { $organized }건을 주최하고 { $attended }건에 참가합니다.
person-summary = { JOSA($name, "은/는") }{ $has-posts ->
        [yes] {" "}{ $posts } 직을 맡고 있으며
       *[no] {""}
    } 이 그래프의 행사 { $events }건에 참가합니다.
place-summary = { JOSA($name, "은/는") }{ $has-parent ->
        [yes] {" "}{ $parent }의
       *[no] {""}
    } { $kind }입니다. 이 그래프에서 이곳에서 열리는 행사는 { $events }건입니다.
post-summary = { JOSA($name, "은/는") }{ $has-org ->
        [yes] {" "}{ $org }의
       *[no] {""}
    } 직위입니다.{ $has-holders ->
        [yes] {" "}{ JOSA($holders, "이/가") } 이 직위를 맡고 있습니다.
       *[no] {""}
    }
series-summary = { JOSA($name, "은/는") }{ $has-organizer ->
        [yes] {" "}{ JOSA($organizer, "이/가") } 주관하는
       *[no] {""}
    } 연속 행사이며, 이 그래프에는 { $editions }회차가 있습니다.
topic-summary = { JOSA($name, "을/를") } 다룬 행사는 이 그래프에 { $events }건 있습니다.
