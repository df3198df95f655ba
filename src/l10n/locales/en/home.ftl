# Home page.
home-title = Notices and events
home-intro = Events, organizations, people and places found in government notices, linked across Korean and English.
home-notices = Notices
home-events = Events
home-empty = Nothing has been added yet.
