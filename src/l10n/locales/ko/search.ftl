# 찾기 페이지(/ko/search?q=)와 모든 페이지 머리말의 찾기 상자.
search-title = 찾기
search-label = 이름 찾기
search-placeholder = 기관, 나라, 사람, 행사 이름이나 보도자료 제목
search-button = 찾기
search-hint = 한국어나 영어로 이름을 입력하세요. 입력한 낱말마다 찾는 대상의 이름이나 별칭에 들어 있어야 합니다.
# $count: 찾은 대상의 수(0보다 큼), $q: 입력한 검색어.
search-count = “{ $q }”에 대한 결과 { NUMBER($count) }건
# $q: 입력한 검색어.
search-nothing = “{ $q }”에 대한 결과가 없습니다. 낱말을 줄이거나 다른 언어의 이름으로 찾아 보세요.
# $count: 보여 주는 결과의 수.
search-capped = 가장 잘 맞는 결과 { NUMBER($count) }건만 보여 줍니다. 낱말을 더하면 좁혀집니다.
