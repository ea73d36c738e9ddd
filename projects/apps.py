from django.apps import AppConfig


class ProjectsConfig(AppConfig):
    """Participation opportunities and their outcomes (content model: issue 4)."""

    name = "projects"
