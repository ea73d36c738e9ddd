"""The wellbeing money working group, on every install (wellbeing.working_group.ensure)."""

from django.db import migrations

from core.migration_permissions import make_permissions
from wellbeing import working_group


def create_working_group(apps, schema_editor):
    make_permissions(apps)
    working_group.ensure(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("wellbeing", "0002_vote_email_domain"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0006_formstate"),
    ]

    operations = [migrations.RunPython(create_working_group, migrations.RunPython.noop)]
