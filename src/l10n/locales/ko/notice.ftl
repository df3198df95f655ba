# 보도자료 페이지.
notice-published = 발표일
notice-publisher = 발표 기관
notice-language = 언어
notice-source = 원문
notice-events = 이 보도자료의 행사
notice-entities = 함께 언급된 대상
notice-text = 본문(언급 강조)
notice-summary = { $has-date ->
        [yes] { $date }에{" "}
       *[no] {""}
    }{ $has-publisher ->
        [yes] { JOSA($publisher, "이/가") } 발표한 보도자료입니다.
       *[no] 발표된 보도자료입니다.
    } 행사 { $events }건과 그 밖의 대상 { $things }개를 언급합니다.
