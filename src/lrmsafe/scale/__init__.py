"""Throughput and scale-out: never repeat a paid call, shard runs over Ray.

Inspect does the concurrency, retries, logs, resume and its model cache; this
package adds what lrmsafe needs on top: re-judging stored responses, and
sharding a run over a Ray cluster whose shards merge back into one report.
Judge calls served once per distinct (judge model, prompt, text) live with
the judges (``lrmsafe.judges.judge_cache``).
"""
