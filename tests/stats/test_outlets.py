"""Outlets found from the printed asker: the resolver, merging, aliases, the importer."""

import pytest
from django.core.exceptions import ValidationError

from releases.importing.writer import import_text
from releases.models import Outlet, OutletAlias, Segment
from releases.stats import outlets

pytestmark = pytest.mark.django_db


def test_resolve_creates_one_outlet_for_many_spellings():
    first = outlets.resolve("大众日报记者")
    assert first.name == "大众日报"
    assert outlets.resolve("大众日報記者") == first
    assert outlets.resolve("大众日报") == first
    assert Outlet.objects.count() == 1


def test_resolve_gives_none_for_no_outlet():
    assert outlets.resolve("") is None
    assert outlets.resolve("记者") is None
    assert not Outlet.objects.exists()


def test_resolve_finds_an_outlet_by_its_alias():
    reuters = Outlet.objects.create(name="Reuters")
    OutletAlias.objects.create(outlet=reuters, name="路透社")
    assert outlets.resolve("路透社记者") == reuters


def test_merge_moves_questions_and_keeps_the_other_name_as_an_alias(archive):
    dazhong = Outlet.objects.get(name="大众日报")
    reuters = Outlet.objects.get(name="Reuters")
    moved = outlets.merge(dazhong, [reuters])
    assert moved == 2
    assert not Outlet.objects.filter(pk=reuters.pk).exists()
    assert list(dazhong.aliases.values_list("name", flat=True)) == ["Reuters"]
    assert Segment.objects.filter(asker_outlet=dazhong).count() == 6
    # The printed text stays as it was.
    assert Segment.objects.filter(asker="REUTERS reporter", asker_outlet=dazhong).exists()
    assert outlets.resolve("Reuters reporter") == dazhong


def test_outlet_spelled_like_another_is_refused():
    Outlet.objects.create(name="Reuters")
    with pytest.raises(ValidationError):
        Outlet(name="REUTERS reporter").full_clean()


def test_alias_naming_another_outlet_is_refused():
    reuters = Outlet.objects.create(name="Reuters")
    Outlet.objects.create(name="新华社")
    with pytest.raises(ValidationError):
        OutletAlias(outlet=reuters, name="新华社记者").full_clean()


def test_import_resolves_the_outlet_of_each_question():
    text = (
        "威海召开新闻发布会\n\n"
        "市住房和城乡建设局局长李瑞玲介绍了有关情况。\n\n"
        "大众日报记者:请问老旧小区改造有哪些举措?\n\n"
        "李瑞玲:我们坚持以人民为中心。\n\n"
        "大众日報記者:下一步有哪些考虑?\n\n"
        "李瑞玲:继续推进。\n"
    )
    result = import_text(text)
    askers = list(result.release.segments.exclude(asker="").values_list("asker", "asker_outlet"))
    assert askers, "the parser found no asker"
    assert {outlet for _, outlet in askers} == {Outlet.objects.get(name="大众日报").pk}


def test_generated_releases_count_their_questions_under_one_outlet_per_spelling():
    from django.core.management import call_command

    call_command("generate_releases", count=30, verbosity=0)
    asked = Segment.objects.exclude(asker="")
    assert asked.exists() and not asked.filter(asker_outlet__isnull=True).exists()
    printed = set(asked.filter(asker_outlet__name="大众日报").values_list("asker", flat=True))
    assert printed <= {"大众日报记者", "大众日報記者", "大众日报"}
    assert Outlet.objects.filter(name__in=["Reuters", "REUTERS"]).count() <= 1
