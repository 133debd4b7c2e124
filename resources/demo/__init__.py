"""Packaged demo data for demo mode and officer training (read through importlib.resources)."""
