from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReleasesConfig(AppConfig):
    name = "releases"
    verbose_name = _("发布会档案")

    def ready(self):
        # Importing releases.lookups registers field__any_of.
        from releases import lookups, signals  # noqa: F401

        signals.connect()
