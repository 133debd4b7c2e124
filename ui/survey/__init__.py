"""The citizen survey: the kiosk screen, paper entry, CSV import and the officer questionnaire."""
