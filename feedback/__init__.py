"""Feedback assistant: a self-hosted review and seller-feedback workbench."""
