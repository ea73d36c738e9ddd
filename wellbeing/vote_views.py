"""The theme vote's public views (being written)."""

from django.http import Http404


def vote(request, round_key):
    raise Http404


def sent(request, round_key):
    raise Http404


def confirm(request):
    raise Http404
