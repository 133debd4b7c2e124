"""The main window's pages: Counter, Requests, Survey, Reports, Settings."""
