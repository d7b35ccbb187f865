from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReleasesConfig(AppConfig):
    name = "releases"
    verbose_name = _("发布会档案")

    def ready(self):
        from releases import caching
        from releases.search import signals as search_signals

        caching.connect()
        search_signals.connect()
