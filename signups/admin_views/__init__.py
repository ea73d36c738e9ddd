"""Organisers' views in the Wagtail admin, one module per job: ``queries`` (which sessions a user may
see, with counts), ``base`` (the shared view, 403 page and audit log), ``sessions`` (the lists, a
session's participants and their export), ``participants`` (adding, attendance, cancelling on someone's
behalf) and ``data_subject`` (a person's registrations: find, export, erase).
"""
