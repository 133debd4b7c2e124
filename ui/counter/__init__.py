"""The Counter page: serve a citizen from ID card to saved outcome and receipt (issue 4)."""
