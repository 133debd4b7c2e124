"""Packaged OPDC e-Service catalogue data (read through importlib.resources by kiosk.catalog)."""
