"""Local model engines (llama.cpp server) for offline runs."""
