"""The application's public views (being written)."""

from django.http import Http404


def start(request, round_key):
    raise Http404


def application(request):
    raise Http404


def report(request):
    raise Http404
