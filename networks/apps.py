from django.apps import AppConfig


class NetworksConfig(AppConfig):
    """The participation networks: the youth, elderly and disability councils, decision-makers, staff."""

    name = "networks"
