# 첫 페이지.
home-title = 보도자료와 행사
home-intro = 정부 보도자료에서 찾은 행사, 기관, 인물, 장소를 한국어와 영어로 이어 보여 줍니다.
home-notices = 보도자료
home-events = 행사
home-empty = 아직 등록된 내용이 없습니다.
