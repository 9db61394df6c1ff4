"""Follow-up from the spreadsheet back into git: filled-in checklists read safely, checked
against the version they were made from, and written as a place's results file."""
