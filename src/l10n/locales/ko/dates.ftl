# 정밀도에 맞춘 날짜. $month는 1-12.
date-full = { $year }년 { $month }월 { $day }일
date-year-month = { $year }년 { $month }월
date-year = { $year }년
