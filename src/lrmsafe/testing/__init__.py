"""Test and benchmark helpers.

``lrmsafe.testing.stub`` is a scripted OpenAI-compatible HTTP server, so the
engines, judges and metrics can be exercised over real HTTP with known answers,
known rates and injected faults, without a GPU or a network.
"""
