"""Analysis: records from logs, rates, statistics, findings."""
