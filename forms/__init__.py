"""Printable documents rendered with reportlab: receipts, the request form, the paper survey, the officer
questionnaire, the service poster and the monthly report.

Every document is a pure function from a frozen dataclass (``forms.data``) to PDF bytes with Sarabun embedded
and Thai shaped and broken at word boundaries (``forms.text``). No Qt here: the UI previews and prints the bytes.
``forms.kinds`` lists every kind with its paper and sample; call ``forms.kinds.warm_up()`` from a worker at app
start so the first receipt does not pay for imports, fonts and the Thai dictionary (~0.4 s).
"""
