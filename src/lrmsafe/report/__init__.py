"""Reports: terminal tables, JSON, HTML. They read metrics; they never judge."""
