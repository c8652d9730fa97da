-- A supervisor's notices are the site's signals, newest first, and the unread ones those above their "all read" mark
-- (NoticeReads): both read this index alone (an index-only scan) instead of the whole signal table.
create index supervision_signal_site on supervision_signal (site_id, id);
