"""Statistics of the counter for a month, a fiscal year or any range of days (issue 6 §4, seed 001 step 4).

``period`` chooses the days (B.E. months and fiscal years, local-time bounds); ``usage`` and ``survey`` aggregate
in SQL; ``satisfaction`` is the OPDC formula; ``report`` assembles the district's report dict; ``submission``
tracks the monthly report's due date and its mark as sent; ``export`` writes the report as CSV or XLSX.
"""
