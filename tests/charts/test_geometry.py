from releases.charts import geometry as monthchart


def test_months_ending_crosses_the_year_boundary():
    assert monthchart.months_ending(2024, 2, 4) == [(2023, 11), (2023, 12), (2024, 1), (2024, 2)]


def test_month_after_december_is_january_of_next_year():
    assert monthchart.month_after(2023, 12) == (2024, 1)
    assert monthchart.month_after(2023, 5) == (2023, 6)


def test_bars_scale_to_the_busiest_month():
    chart = monthchart.build([((2023, 1), 10), ((2023, 2), 5), ((2023, 3), 0)])
    busiest, half, empty = chart.bars
    assert busiest.height == monthchart.PLOT_HEIGHT
    assert half.height == monthchart.PLOT_HEIGHT / 2
    assert empty.height == 0
    assert busiest.y + busiest.height == chart.baseline == half.y + half.height
    assert chart.total == 15


def test_a_single_release_among_hundreds_still_shows_a_bar():
    chart = monthchart.build([((2023, 1), 900), ((2023, 2), 1)])
    assert chart.bars[1].height >= 2


def test_bars_sit_side_by_side_in_a_chart_as_wide_as_the_months():
    chart = monthchart.build([((2023, m), 1) for m in range(1, 13)])
    assert chart.width == 12 * monthchart.BAR_SLOT
    xs = [bar.x for bar in chart.bars]
    assert xs == sorted(xs) and len(set(xs)) == 12
    assert all(bar.x + monthchart.BAR_WIDTH <= chart.width for bar in chart.bars)


def test_year_is_labelled_under_the_first_bar_and_under_january():
    chart = monthchart.build([((2022, 11), 1), ((2022, 12), 1), ((2023, 1), 1), ((2023, 2), 1)])
    assert [bar.year_label for bar in chart.bars] == ["2022", "", "2023", ""]


def test_empty_chart_has_no_bars():
    chart = monthchart.build([])
    assert chart.bars == [] and chart.total == 0
