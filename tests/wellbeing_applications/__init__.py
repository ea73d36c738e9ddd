"""Applying for wellbeing money: the form, the private links emailed to the applicant, and what follows."""
