"""The communications and translators groups and the council publishing workflow, on every install.

Made once here (councils.workspaces.create_fixed_groups); each council's own
workspace is the explicit step `manage.py setup_council_workspaces`.
"""

from django.db import migrations

from core.migration_permissions import make_permissions
from councils import workspaces


def create_fixed_groups(apps, schema_editor):
    make_permissions(apps)
    workspaces.create_fixed_groups(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("councils", "0003_easy_read_summary"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("core", "0004_easy_read_summary"),
        ("projects", "0006_easy_read_summary"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    operations = [migrations.RunPython(create_fixed_groups, migrations.RunPython.noop)]
