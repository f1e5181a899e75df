"""Reports: terminal, Markdown, CSV, JSON and HTML. They format metrics; they never judge."""
