from django.apps import AppConfig


class ParticipationModelConfig(AppConfig):
    """Pori's participation and interaction model: its principles and seven steps."""

    name = "participation_model"
