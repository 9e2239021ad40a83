// Imported events are found again by their iCalendar UID.
CREATE RANGE INDEX event_uid IF NOT EXISTS FOR (n:Event) ON (n.uid);
