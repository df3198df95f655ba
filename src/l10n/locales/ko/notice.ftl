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
    }
notice-reports = { $events }에 관한 소식을 전합니다.
notice-contributed = 이 보도자료에서 얻은 사실 { $facts }건을 본문 옆에 정리했으며, 각 사실은 본문의 해당 위치로 이어집니다.
notice-panel = 이 보도자료에서 얻은 사실
notice-in-text = 본문에서 보기
notice-status = 상태
notice-ranking = 순위
notice-figures = 수치
notice-itself = 이 보도자료
