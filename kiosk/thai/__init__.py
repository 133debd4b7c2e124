"""Thai conventions: the Buddhist Era calendar, fiscal years, Thai digits and phone numbers."""
