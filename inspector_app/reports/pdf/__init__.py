"""The reportlab side of the reports: imported only when a report is drawn (importing
reportlab costs about 170 ms of start-up)."""
