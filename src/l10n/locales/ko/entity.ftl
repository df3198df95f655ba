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
fact-figures = 수치
fact-same-as = 같은 대상
fact-published-by = 발표
fact-ranked = 평가 대상
fact-valid = 이름을 쓴 기간
fact-in-office = 재임 기간
fact-period = 기간
fact-preceded-by = 전신
fact-succeeded-by = 후신
status-planned = 예정
status-held = 개최됨
status-was-planned = 예정이었음(날짜 지남)

## 구역 제목
section-organizes = 주최한 행사
section-organizes-series = 주관하는 연속 행사
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
section-rankings-on = 이 지표의 순위
section-edition-results = 평가 결과
section-mentioned-in = 언급한 보도자료

## 생성된 요약
# $type: 행사의 종류(회의, 세미나 등). 종류를 알면 "…에서 열린 회의입니다."로 끝난다.
# $precision이 range이면 $date는 기간 전체
# (`2016년 11월 10일부터 11일까지`)라 "에"를 붙이지 않는다.
# 서명(체결)은 종류 이름 없이 "…에서 체결되었습니다."로 끝난다: "체결된 서명"은 겹말이다.
event-summary = { $verb ->
        [signing] { event-summary-plain }
       *[other] { $has-type ->
            [yes] { event-summary-typed }
           *[no] { event-summary-plain }
        }
    }
event-summary-typed = { JOSA($event, "은/는") }{ $has-hosts ->
        [yes] {" "}{ JOSA($hosts, "이/가") } 주최하여
       *[no] {""}
    }{ $has-date ->
        [yes] { $precision ->
            [range] {" "}{ $date }
           *[other] {" "}{ $date }에
        }
       *[no] {""}
    }{ $has-place ->
        [yes] {" "}{ $place }에서
       *[no] {""}
    } { event-verb-attr } { $type }입니다.
event-summary-plain = { JOSA($event, "은/는") }{ $has-hosts ->
        [yes] {" "}{ JOSA($hosts, "이/가") } 주최하며,
       *[no] {""}
    }{ $has-date ->
        [yes] { $precision ->
            [range] {" "}{ $date }
           *[other] {" "}{ $date }에
        }
       *[no] {""}
    }{ $has-place ->
        [yes] {" "}{ $place }에서
       *[no] {""}
    } { event-verb-end }
# 행사 종류별 동사($verb: held 회의·포럼·세미나, signing, visit, training, survey, other)와
# 상태($status)에 따른 꾸밈꼴(event-verb-attr)과 끝맺음(event-verb-end).
event-verb-attr = { $verb ->
        [signing] { $status ->
            [planned] 체결될 예정인
            [was-planned] 체결될 예정이었던
           *[held] 체결된
        }
        [visit] { $status ->
            [planned] 이루어질 예정인
            [was-planned] 이루어질 예정이었던
           *[held] 이루어진
        }
        [training] { $status ->
            [planned] 실시될 예정인
            [was-planned] 실시될 예정이었던
           *[held] 실시된
        }
        [survey] { $status ->
            [planned] 발표될 예정인
            [was-planned] 발표될 예정이었던
           *[held] 발표된
        }
        [other] { $status ->
            [planned] 있을 예정인
            [was-planned] 있을 예정이었던
           *[held] 있었던
        }
       *[held] { $status ->
            [planned] 열릴 예정인
            [was-planned] 열릴 예정이었던
           *[held] 열린
        }
    }
event-verb-end = { $verb ->
        [signing] { $status ->
            [planned] 체결될 예정입니다.
            [was-planned] 체결될 예정이었습니다.
           *[held] 체결되었습니다.
        }
        [visit] { $status ->
            [planned] 이루어질 예정입니다.
            [was-planned] 이루어질 예정이었습니다.
           *[held] 이루어졌습니다.
        }
        [training] { $status ->
            [planned] 실시될 예정입니다.
            [was-planned] 실시될 예정이었습니다.
           *[held] 실시되었습니다.
        }
        [survey] { $status ->
            [planned] 발표될 예정입니다.
            [was-planned] 발표될 예정이었습니다.
           *[held] 발표되었습니다.
        }
        [other] { $status ->
            [planned] 있을 예정입니다.
            [was-planned] 있을 예정이었습니다.
           *[held] 있었습니다.
        }
       *[held] { $status ->
            [planned] 열릴 예정입니다.
            [was-planned] 열릴 예정이었습니다.
           *[held] 열렸습니다.
        }
    }
# 평가 회차: 회의처럼 "열리는" 것이 아니라 결과가 "발표"된다(주최 기관이 있으면 그
# 기관이 발표했다고 쓴다).
survey-summary = { JOSA($event, "은/는") }{ $has-hosts ->
        [yes] {" "}{ JOSA($hosts, "이/가") }
       *[no] {""}
    }{ $has-date ->
        [yes] { $precision ->
            [range] {" "}{ $date }
           *[other] {" "}{ $date }에
        }
       *[no] {""}
    }{ $has-hosts ->
        [yes] { $status ->
            [planned] {" "}발표할 예정입니다.
           *[held] {" "}발표했습니다.
        }
       *[no] { $status ->
            [planned] {" "}발표될 예정입니다.
           *[held] {" "}발표되었습니다.
        }
    }
org-summary = { JOSA($name, "은/는") }{ $has-parent ->
        [yes] {" "}{ $parent } 산하의
       *[no] {""}
    } { $government ->
        [yes] 정부 기관
       *[no] 기관
    }입니다.
# $clauses: 인물에 대해 아는 것(person-post, person-attended를 clause-join으로 이은 것).
person-summary = { $has-clauses ->
        [yes] { JOSA($name, "은/는") } { $clauses }
       *[no] { JOSA($name, "은/는") } 인물입니다.
    }
place-summary = { JOSA($name, "은/는") }{ $has-parent ->
        [yes] {" "}{ $parent }의
       *[no] {""}
    } { $kind }입니다.
post-summary = { JOSA($name, "은/는") }{ $has-org ->
        [yes] {" "}{ $org }의
       *[no] {""}
    } 직위입니다.{ $has-holders ->
        [yes] {" "}{ JOSA($holders, "이/가") } 이 직위를 맡았습니다.
       *[no] {""}
    }
series-summary = { JOSA($name, "은/는") }{ $has-organizer ->
        [yes] {" "}{ JOSA($organizer, "이/가") } 주관하는
       *[no] {""}
    } 연속 행사입니다. { $editions ->
        [0] 아직 기록된 회차가 없습니다.
       *[other] 기록된 회차는 { $editions }개입니다.
    }
topic-summary = { $events ->
        [0] { JOSA($name, "은/는") } 주제입니다.
       *[other] { JOSA($name, "을/를") } 다룬 행사는 { $events }건입니다.
    }

## 생성된 요약의 추가 문장(사실이 있을 때만 붙는다)
event-edition = { $has-number ->
        [yes] { $has-series ->
            [yes] { $series }의 제{ $number }회 행사입니다.
           *[no] 제{ $number }회 행사입니다.
        }
       *[no] { $series }의 한 회차입니다.
    }
event-participants = { JOSA($participants, "이/가") } { $status ->
        [planned] 참가할 예정입니다.
        [was-planned] 참가할 예정이었습니다.
       *[held] 참가했습니다.
    }
event-topics = { JOSA($topics, "을/를") } { $status ->
        [planned] 다룰 예정입니다.
        [was-planned] 다룰 예정이었습니다.
       *[held] 다뤘습니다.
    }
summary-hosted = { JOSA($events, "을/를") } { $status ->
        [planned] 주최할 예정입니다.
        [was-planned] 주최할 예정이었습니다.
       *[held] 주최했습니다.
    }
summary-attended = { $events }에 { $status ->
        [planned] 참가할 예정입니다.
        [was-planned] 참가할 예정이었습니다.
       *[held] 참가했습니다.
    }
person-post = { $posts } 직을 맡았습니다.
person-attended = { $has-date ->
        [yes] { $date }{" "}
       *[no] {""}
    }{ $events }에 { $status ->
        [planned] 참석할 예정입니다.
        [was-planned] 참석할 예정이었습니다.
       *[held] 참석했습니다.
    }
# 한 주어의 절: 각 절이 한 문장이며, 주어는 첫 절 앞에 한 번만 쓴다.
clause-join = { $head } { $last }
clause-separator = {" "}
summary-hosts-series = 연속 행사 { JOSA($series, "을/를") } 주관합니다.
# 다른 장소 안에 있는 장소: 나라 안의 도시.
place-within = { $container } { $place }
place-events = 이곳에서 { JOSA($events, "이/가") } { $status ->
        [planned] 열릴 예정입니다.
        [was-planned] 열릴 예정이었습니다.
       *[held] 열렸습니다.
    }
org-officials = { JOSA($officials, "이/가") } 이 기관의 직위를 맡았습니다.
official = { $person }({ $post })
# $counter: place(국가·기관·장소) 곳, person 명, topic 개, 그 밖의 것(행사·보도자료) 건.
list-more = 그 밖의 { $count }{ $counter ->
        [place] 곳
        [person] 명
        [topic] 개
       *[thing] 건
    }
ranking-clause = { $has-years ->
        [yes] { $years }에{" "}
       *[no] {""}
    }{ $joint ->
        [yes] 공동{" "}
       *[no] {""}
    }{ $rank }위
ranking-join = { $head }, { $last }
ranking-where = { $has-index ->
        [yes] { $survey }의 { $index }
       *[no] { $survey }
    }
# $named: 요약의 첫 문장이 이미 주어를 말했으면 yes(주어를 되풀이하지 않는다).
ranking-sentence = { $named ->
        [yes] {""}
       *[no] { JOSA($name, "은/는") }{" "}
    }{ $where }에서 { JOSA($clauses, "을/를") } 차지했습니다.
section-rankings = 순위
ranking-item = { $joint ->
        [yes] 공동{" "}
       *[no] {""}
    }{ $rank }위{ $has-score ->
        [yes] , { $score }점
       *[no] {""}
    }
fact-edition = 회차
edition-number = 제{ $number }회
# 기관 이름이 쓰인 기간 (ng:validFrom, ng:validUntil): 목록의 설명, 사실 항목.
period = { $has-from ->
        [yes] { $has-until ->
            [yes] { $from }~{ $until }
           *[no] { $from }부터
        }
       *[no] { $until }까지
    }
org-valid = { $has-from ->
        [yes] { $has-until ->
            [yes] 이 이름은 { $from }부터 { $until }까지 쓰였습니다.
           *[no] 이 이름은 { $from }부터 쓰이고 있습니다.
        }
       *[no] 이 이름은 { $until }까지 쓰였습니다.
    }
org-preceded-by = 전신은 { $others }입니다.
org-succeeded-by = 후신은 { $others }입니다.
