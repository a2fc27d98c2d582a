"""Use cases: take a Session, orchestrate domain code and models, never commit (the edge does)."""
