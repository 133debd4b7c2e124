"""The citizen satisfaction survey and the officer questionnaire of seed 001: model, rules, storage, CSV import.

``model`` holds the questions with stable keys; ``answers`` the rules every source meets; ``record`` stores a
response with its outbox event; ``csv_import`` takes the province's spreadsheets; ``questionnaire`` is the yearly
officer form. Responses are anonymous: nothing here ever takes a citizen ID.
"""
