"""The working group's pieces of the Wagtail admin, one module per job: ``queries`` (the applications
as the admin lists them), ``base`` (permissions and the shared page view), ``listings`` (the
applications' and reports' lists and the export), ``pages`` (an application's and a report's own
page), ``votes`` (the theme vote's clusters, found by ``vote_clusters``), and their ``forms``,
``filters`` and ``exports``.

Everything checks the model permissions that the working group has (see
working_group.py): other staff get 403. Changes and exports are written to
Wagtail's audit log without personal data.
"""
