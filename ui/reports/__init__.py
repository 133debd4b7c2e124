"""The Reports page: usage and satisfaction for a month or a fiscal year, with charts and exports."""
