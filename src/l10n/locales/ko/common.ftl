# 레이아웃: 머리말, 꼬리말, 언어 전환, 공통 이름표.
site-title = { -site-name }
site-tagline = 지식 그래프로 보는 정부 보도자료
nav-home = 보도자료와 행사
nav-sparql = SPARQL 엔드포인트
switch-language = English
other-lang-note = ({ $lang })
data-link = 이 페이지의 데이터(Turtle)
footer-generated = 이 페이지의 요약은 지식 그래프에서 만든 것이며 보도자료 문장을 옮긴 것이 아닙니다.
language-ko = { -lang-ko }
language-en = { -lang-en }
# A label with the kind of its thing, to tell two things of the same label apart.
label-with-kind = { $label }({ $kind })
# A Wikidata item linked as the same thing, by its id.
wikidata-item = 위키데이터 { $id }
no-label = (이름 없음)
not-found-title = 찾을 수 없음
not-found-text = 이 주소에 대해 알려진 것이 없습니다. 위 칸에서 이름으로 찾아 보세요.
kind-org = 기관
kind-country = 국가
kind-city = 도시
kind-venue = 장소
kind-region = 지역
kind-person = 인물
kind-post = 직위
kind-event = 행사
kind-series = 연속 행사
kind-topic = 주제
kind-notice = 보도자료
