"""Adapters to the outside world: the PC/SC card reader, printers, the sync server, the browser, the keyring."""
