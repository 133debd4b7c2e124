"""The Requests page: follow up what the counter has taken in (issue 4, seed 000)."""
